/**
 * The columns of a policy file (PRODUCT.md C2 "policy data the center needs"), and the header names accepted for
 * each. Insurers export with Chinese headers, integrators with English ones; both are accepted, in any order.
 */
export const POLICY_FIELDS = [
  'policyNo',
  'branchCode',
  'product',
  'line',
  'coveredPerils',
  'periodStart',
  'periodEnd',
  'sumInsured',
  'deductible',
  'deductibleRate',
  'payoutRatio',
  'policyholderName',
  'insuredName',
  'insuredIdNumber',
  'insuredPhone',
  'beneficiaries',
  'plate',
  'sumInsuredRaisedAt',
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

/** The header written in the sample file and in error reports, one per field. */
export const POLICY_FIELD_LABELS: Readonly<Record<PolicyField, { zh: string; en: string }>> = {
  policyNo: { zh: '保单号', en: 'policyNo' },
  branchCode: { zh: '机构代码', en: 'branchCode' },
  product: { zh: '产品', en: 'product' },
  line: { zh: '险类', en: 'line' },
  coveredPerils: { zh: '保险责任', en: 'coveredPerils' },
  periodStart: { zh: '保险起期', en: 'periodStart' },
  periodEnd: { zh: '保险止期', en: 'periodEnd' },
  sumInsured: { zh: '保险金额', en: 'sumInsured' },
  deductible: { zh: '免赔额', en: 'deductible' },
  deductibleRate: { zh: '免赔率', en: 'deductibleRate' },
  payoutRatio: { zh: '赔付比例', en: 'payoutRatio' },
  policyholderName: { zh: '投保人', en: 'policyholderName' },
  insuredName: { zh: '被保险人', en: 'insuredName' },
  insuredIdNumber: { zh: '被保险人证件号', en: 'insuredIdNumber' },
  insuredPhone: { zh: '被保险人电话', en: 'insuredPhone' },
  beneficiaries: { zh: '受益人', en: 'beneficiaries' },
  plate: { zh: '车牌号', en: 'plate' },
  sumInsuredRaisedAt: { zh: '最近加保日期', en: 'sumInsuredRaisedAt' },
};

/** Further spellings seen in insurers' exports, already in the normalised form of `normalizeHeader`. */
const ALIASES: Readonly<Record<PolicyField, readonly string[]>> = {
  policyNo: ['保单号码', 'policyno', 'policynumber'],
  branchCode: ['机构', '分支机构', '机构编码', 'branch', 'branchcode'],
  product: ['产品名称', '险种', '险种名称', 'product', 'productname'],
  line: ['业务类型', '险类代码', 'line', 'insuranceline'],
  coveredPerils: ['承保责任', '责任', 'perils', 'coveredperils'],
  periodStart: ['起保日期', '保险期间起', '生效日期', 'periodstart', 'startdate'],
  periodEnd: ['终保日期', '保险期间止', '满期日期', 'periodend', 'enddate'],
  sumInsured: ['保额', 'suminsured'],
  deductible: ['免赔', 'deductible'],
  deductibleRate: ['免赔比例', 'deductiblerate', 'deductiblepercent'],
  payoutRatio: ['给付比例', '赔偿比例', 'payoutratio', 'payoutproportion', 'payoutpercent'],
  policyholderName: ['投保人姓名', '投保人名称', 'policyholder', 'policyholdername'],
  insuredName: ['被保险人姓名', 'insured', 'insuredname'],
  insuredIdNumber: [
    '被保险人身份证号',
    '被保险人证件号码',
    '身份证号',
    '证件号码',
    'insuredidnumber',
    'idnumber',
  ],
  insuredPhone: ['被保险人手机', '联系电话', '电话', '手机', 'insuredphone', 'phone'],
  beneficiaries: ['受益人信息', 'beneficiaries'],
  plate: ['车牌', '号牌号码', 'plate', 'platenumber'],
  sumInsuredRaisedAt: ['加保日期', '保额提高日期', 'suminsuredraisedat', 'lastraise'],
};

/** Case, width, spaces, `_`/`-` and a unit in brackets ("保险金额（元）") do not matter in a header. */
export const normalizeHeader = (header: string): string =>
  header
    .normalize('NFKC')
    .replace(/^\ufeff/, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s_-]/g, '')
    .toLowerCase();

const HEADER_INDEX: ReadonlyMap<string, PolicyField> = new Map(
  POLICY_FIELDS.flatMap((f) => [
    [normalizeHeader(POLICY_FIELD_LABELS[f].zh), f] as const,
    [normalizeHeader(POLICY_FIELD_LABELS[f].en), f] as const,
    ...ALIASES[f].map((a) => [a, f] as const),
  ]),
);

export const fieldOfHeader = (header: string): PolicyField | undefined =>
  HEADER_INDEX.get(normalizeHeader(header));

/** Columns a file must have; the others may be missing or empty. Branch may come from a default instead. */
export const REQUIRED_COLUMNS: readonly PolicyField[] = [
  'policyNo',
  'product',
  'coveredPerils',
  'periodStart',
  'periodEnd',
  'sumInsured',
  'policyholderName',
  'insuredName',
  'insuredIdNumber',
];

/** Who a beneficiary is to the insured; the stored value is the code. */
export const BENEFICIARY_RELATIONS = {
  spouse: { zh: '配偶', en: 'spouse' },
  child: { zh: '子女', en: 'child' },
  parent: { zh: '父母', en: 'parent' },
  sibling: { zh: '兄弟姐妹', en: 'sibling' },
  grandparent: { zh: '祖父母', en: 'grandparent' },
  grandchild: { zh: '孙子女', en: 'grandchild' },
  other: { zh: '其他', en: 'other' },
} as const;
export type BeneficiaryRelation = keyof typeof BENEFICIARY_RELATIONS;
