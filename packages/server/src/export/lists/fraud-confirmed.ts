import { z } from 'zod';
import { confirmedCases } from '../../fraud/repository.ts';
import { signalLabel } from '../../fraud/views.ts';
import { beijingTime, defineExport } from '../declare.ts';

type Row = Awaited<ReturnType<typeof confirmedCases>>[number];

const KINDS = {
  claimReport: { zh: '报案', en: 'Claim report' },
  claimApplication: { zh: '索赔申请', en: 'Claim application' },
} as const;

/**
 * Confirmed fraud cases in a regulator reporting layout (issue #22 part 3): one row per approved confirmed case with
 * the institution, policy, product, loss date, how it was detected, and who concluded and approved. The columns
 * follow the case list a fraud report to the regulator asks for (反保险欺诈工作办法, 2024); the exact template
 * of the receiving authority is to confirm. Labels only, no internal codes.
 */
export const fraudConfirmedExport = defineExport<Record<string, never>, Row>({
  name: 'fraud-confirmed',
  title: { zh: '确认欺诈案件报表', en: 'Confirmed fraud cases' },
  access: 'fraud.investigate',
  query: z.object({}),
  columns: [
    { zh: '案件号', en: 'Case no.', value: (r) => r.number },
    { zh: '机构', en: 'Branch', value: (r) => r.branch_name },
    {
      zh: '案件类型',
      en: 'Kind',
      value: (r, l) => (KINDS as Record<string, { zh: string; en: string }>)[r.kind]?.[l] ?? null,
    },
    { zh: '保单号', en: 'Policy no.', value: (r) => r.policy_no },
    { zh: '险种', en: 'Product', value: (r) => r.product },
    { zh: '出险时间', en: 'Loss time', value: (r) => beijingTime(r.occurred_at) },
    {
      zh: '发现方式',
      en: 'How detected',
      value: (r, l) => r.signal_codes.map((c) => signalLabel(c)[l]).join(l === 'zh' ? '；' : '; '),
    },
    { zh: '风险分', en: 'Score', value: (r) => r.score },
    { zh: '调查员', en: 'Investigator', value: (r) => r.investigator },
    { zh: '结论时间', en: 'Concluded at', value: (r) => beijingTime(r.concluded_at) },
    { zh: '审批人', en: 'Approved by', value: (r) => r.approver },
    { zh: '审批时间', en: 'Approved at', value: (r) => beijingTime(r.approved_at) },
  ],
  count: async (deps, ctx) => (await confirmedCases(deps.db, ctx.actor.scope)).length,
  page: async (deps, ctx, _q, after) => (after ? [] : confirmedCases(deps.db, ctx.actor.scope)),
});
