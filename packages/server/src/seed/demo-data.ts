import type { Role } from '@claimline/domain/access';
import type { SeededDepartment } from '@claimline/domain/users';

/** Head office → branches → sub-branches; codes are used in case numbers. */
export const DEMO_BRANCHES = [
  { code: 'HO', name: '总公司', nameEn: 'Head office', parent: null },
  { code: 'BJ', name: '北京分公司', nameEn: 'Beijing branch', parent: 'HO' },
  { code: 'BJ01', name: '北京朝阳支公司', nameEn: 'Beijing Chaoyang sub-branch', parent: 'BJ' },
  { code: 'SH', name: '上海分公司', nameEn: 'Shanghai branch', parent: 'HO' },
  { code: 'SH01', name: '上海浦东支公司', nameEn: 'Shanghai Pudong sub-branch', parent: 'SH' },
] as const;

export const DEMO_PASSWORD = 'Claim@2026';

const BRANCH_ROLES: Role[] = [
  'agent',
  'teamLead',
  'supervisor',
  'serviceManager',
  'claimsHandler',
  'branchAdmin',
];
const HO_ROLES: Role[] = ['headOffice', 'auditor', 'sysAdmin', 'supervisor', 'serviceManager'];
const SUB_ROLES: Role[] = ['agent', 'teamLead', 'claimsHandler'];

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
];

export const demoUsers = () => {
  const users: { username: string; displayName: string; role: Role; branch: string; agentNo: string }[] = [];
  let n = 0;
  for (const b of DEMO_BRANCHES) {
    const roles = b.code === 'HO' ? HO_ROLES : b.code.length === 2 ? BRANCH_ROLES : SUB_ROLES;
    for (const role of roles) {
      const name = `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]}`;
      users.push({
        username: `${role.toLowerCase()}.${b.code.toLowerCase()}`,
        displayName: name,
        role,
        branch: b.code,
        agentNo: String(1001 + n),
      });
      n += 1;
    }
  }
  return users;
};

/**
 * Demo accounts placed outside their role's usual department. The head office's supervisor leads 理赔部 in the demo,
 * so a request for the claims department's data (claim reports, applications) has a manager to approve it (issue 18
 * part 2: approval by the owning department's manager).
 */
export const DEMO_DEPARTMENTS: Readonly<Record<string, SeededDepartment>> = { 'supervisor.ho': 'claims' };

export const CONSULTATION_TOPICS = [
  ['车险报案后多久有人联系', '客户询问报案后查勘员多久联系,已告知一般在30分钟内回电。'],
  ['理赔需要准备哪些材料', '客户询问意外医疗理赔材料,已告知病历、发票、身份证明及理赔申请书。'],
  ['保单续保时间', '客户询问车险到期续保办理时间与方式。'],
  ['退保手续咨询', '客户询问退保需带的证件与退保金计算方式。'],
  ['批改被保险人电话', '客户要求变更保单联系电话,已说明批改流程。'],
  ['医疗险等待期', '客户询问百万医疗险等待期是否已过。'],
  ['理赔进度查询', '客户查询上周提交的理赔申请处理进度。'],
  ['发票遗失怎么办', '客户门诊发票遗失,询问是否可用复印件加盖医院公章。'],
  ['异地出险如何报案', '客户在外地出险,询问报案与查勘方式。'],
  ['台风期间车辆受损', '客户车辆在台风中被水淹,询问是否属于保险责任。'],
] as const;

export const CUSTOMER_NAMES = [
  '张伟',
  '王芳',
  '李娜',
  '刘洋',
  '陈静',
  '杨磊',
  '赵敏',
  '黄丽',
  '周杰',
  '吴秀英',
  '欧阳娜娜',
  '司马明',
];
