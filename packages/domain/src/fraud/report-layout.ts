import type { Label } from '../core/index.ts';

/**
 * The fields of the confirmed-fraud case report (issue #22 part 3), as a named, versioned setting: the export writes
 * exactly these columns, in this order, with these headings.
 *
 * Source: 反保险欺诈工作办法 (国家金融监督管理总局, 2024-07-22) 第四条 asks insurers for 事后回溯管理 of fraud; no
 * published text we could find gives the data elements or template of a case report to the regulator (see
 * docs/ARCHITECTURE.md "Anti-fraud"). The list below is therefore the centre's own, not a regulator's layout:
 * when the receiving authority's template is known, it becomes a new version here, the old one kept for reprints.
 */
export type FraudReportField =
  | 'caseNo'
  | 'branch'
  | 'kind'
  | 'policyNo'
  | 'product'
  | 'lossTime'
  | 'detectedBy'
  | 'score'
  | 'investigator'
  | 'concludedAt'
  | 'approver'
  | 'approvedAt';

export type FraudReportLayout = {
  version: string;
  basis: string;
  /** True only once the fields are taken from an authority's published template. */
  authoritative: boolean;
  fields: readonly { field: FraudReportField; heading: Label }[];
};

export const FRAUD_REPORT_LAYOUT_V1: FraudReportLayout = {
  version: '2026-1',
  basis:
    '反保险欺诈工作办法 (2024) 第四条 事后回溯管理; field list of the centre (no published regulator template found)',
  authoritative: false,
  fields: [
    { field: 'caseNo', heading: { zh: '案件号', en: 'Case no.' } },
    { field: 'branch', heading: { zh: '机构', en: 'Branch' } },
    { field: 'kind', heading: { zh: '案件类型', en: 'Kind' } },
    { field: 'policyNo', heading: { zh: '保单号', en: 'Policy no.' } },
    { field: 'product', heading: { zh: '险种', en: 'Product' } },
    { field: 'lossTime', heading: { zh: '出险时间', en: 'Loss time' } },
    { field: 'detectedBy', heading: { zh: '发现方式', en: 'How detected' } },
    { field: 'score', heading: { zh: '风险分', en: 'Score' } },
    { field: 'investigator', heading: { zh: '调查员', en: 'Investigator' } },
    { field: 'concludedAt', heading: { zh: '结论时间', en: 'Concluded at' } },
    { field: 'approver', heading: { zh: '审批人', en: 'Approved by' } },
    { field: 'approvedAt', heading: { zh: '审批时间', en: 'Approved at' } },
  ],
};

/** The layout the export uses now. */
export const FRAUD_REPORT_LAYOUT = FRAUD_REPORT_LAYOUT_V1;
