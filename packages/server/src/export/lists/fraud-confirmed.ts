import { FRAUD_REPORT_LAYOUT, type FraudReportField } from '@claimline/domain/fraud';
import { z } from 'zod';
import { confirmedCases } from '../../fraud/repository.ts';
import { signalLabel } from '../../fraud/views.ts';
import { beijingTime, type Cell, defineExport, type ExportLang } from '../declare.ts';

type Row = Awaited<ReturnType<typeof confirmedCases>>[number];

const KINDS = {
  claimReport: { zh: '报案', en: 'Claim report' },
  claimApplication: { zh: '索赔申请', en: 'Claim application' },
} as const;

/** How each field of the report layout is read from a confirmed case: labels only, no internal codes. */
const VALUES: Record<FraudReportField, (r: Row, l: ExportLang) => Cell> = {
  caseNo: (r) => r.number,
  branch: (r) => r.branch_name,
  kind: (r, l) => (KINDS as Record<string, { zh: string; en: string }>)[r.kind]?.[l] ?? null,
  policyNo: (r) => r.policy_no,
  product: (r) => r.product,
  lossTime: (r) => beijingTime(r.occurred_at),
  detectedBy: (r, l) => r.signal_codes.map((c) => signalLabel(c)[l]).join(l === 'zh' ? '；' : '; '),
  score: (r) => r.score,
  investigator: (r) => r.investigator,
  concludedAt: (r) => beijingTime(r.concluded_at),
  approver: (r) => r.approver,
  approvedAt: (r) => beijingTime(r.approved_at),
};

/**
 * Confirmed fraud cases, one row per approved confirmed case, in the fields of the versioned report layout
 * (domain/fraud/report-layout.ts: the centre's own list, no regulator template having been found).
 */
export const fraudConfirmedExport = defineExport<Record<string, never>, Row>({
  name: 'fraud-confirmed',
  title: { zh: '确认欺诈案件报表', en: 'Confirmed fraud cases' },
  access: 'fraud.investigate',
  query: z.object({}),
  columns: FRAUD_REPORT_LAYOUT.fields.map((f) => ({ ...f.heading, value: VALUES[f.field] })),
  count: async (deps, ctx) => (await confirmedCases(deps.db, ctx.actor.scope)).length,
  page: async (deps, ctx, _q, after) => (after ? [] : confirmedCases(deps.db, ctx.actor.scope)),
});
