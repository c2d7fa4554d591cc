import type { Role } from '../access/index.ts';
import type { CaseKind } from '../cases/kinds.ts';
import type { Label } from '../core/labels.ts';
import type { SeededDepartment } from '../users/departments.ts';

/**
 * Data another department may ask to read (seed 002 §七(四)2 "如需与公司其他部门共享客户信息，应按照公司规定的流程进行
 * 申请和审批"). Each kind names the department that owns it (whose manager approves) and the case kinds it covers.
 */
export const DATA_SHARE_KINDS = {
  cases: {
    label: { zh: '服务案件', en: 'Service cases' },
    owner: 'service',
    caseKinds: ['consultation', 'surrender', 'endorsement', 'suggestion'],
  },
  complaints: {
    label: { zh: '投诉', en: 'Complaints' },
    owner: 'service',
    caseKinds: ['complaint'],
  },
  claimApplications: {
    label: { zh: '索赔申请', en: 'Claim applications' },
    owner: 'claims',
    caseKinds: ['claimApplication'],
  },
  // Issue #18 part 2: the claims desk's reports (报案) are the claims department's data as much as its applications.
  claimReports: {
    label: { zh: '报案', en: 'Claim reports' },
    owner: 'claims',
    caseKinds: ['claimReport'],
  },
} as const satisfies Record<
  string,
  { label: Label; owner: SeededDepartment; caseKinds: readonly CaseKind[] }
>;
export type DataShareKind = keyof typeof DATA_SHARE_KINDS;
export const DATA_SHARE_KIND_CODES = Object.keys(DATA_SHARE_KINDS) as [DataShareKind, ...DataShareKind[]];

/** The owning department's managers (seed 002 §二(三) 客服主管 "协调与公司其他部门的关系"): they approve. */
export const DATA_SHARE_APPROVER_ROLES: readonly Role[] = ['supervisor', 'serviceManager'];

/**
 * The longest grant: a grant is for a task, not a standing right (seed 002 §七(三)2 "严格限制对客户信息的访问权限";
 * PIPL art. 19 "保存期限应当为实现处理目的所必要的最短时间"). A setting of the centre.
 */
export const DEFAULT_MAX_GRANT_DAYS = 90;
