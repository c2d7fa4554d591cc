import { CLAIM_APPLICATION_STATE_LABELS } from '@claimline/domain/claim-applications';
import { COMPLAINT_STATE_LABELS } from '@claimline/domain/complaints';
import type { Label } from '@claimline/domain/core';
import type { z } from 'zod';
import type { DrillRow } from '../../analytics/repository.ts';
import { drillQuery } from '../../analytics/schema.ts';
import { filterOf, serviceRows } from '../../analytics/service.ts';
import { beijingTime, defineExport, labelIn } from '../declare.ts';

/** The rows behind a bar of the service analytics (issue 22 part 6), as the drawer shows them, up to this many. */
const EXPORT_MAX_ROWS = 50_000;
type Q = z.infer<typeof drillQuery>;

const KIND: Record<string, Label> = {
  claimApplication: { zh: '索赔申请', en: 'Claim application' },
  complaint: { zh: '投诉', en: 'Complaint' },
};
const STATES: Record<string, Label> = { ...COMPLAINT_STATE_LABELS, ...CLAIM_APPLICATION_STATE_LABELS };

// One page: the drill is ordered by its measure, not by a key, and a bar holds far fewer rows than a list.
export const serviceAnalyticsExport = defineExport<Q, DrillRow>({
  name: 'service-analytics',
  title: { zh: '服务分析明细', en: 'Service analytics rows' },
  access: 'analytics.read',
  query: drillQuery,
  columns: [
    { zh: '案件编号', en: 'Case number', value: (r) => r.number },
    { zh: '类型', en: 'Kind', value: (r, lang) => labelIn(KIND, r.kind, lang) },
    { zh: '险种', en: 'Product', value: (r) => r.product },
    { zh: '状态 / 环节', en: 'State / stage', value: (r, lang) => labelIn(STATES, r.state, lang) },
    {
      zh: '时长（环节：小时；等待：天）',
      en: 'Duration (stage: hours; waiting: days)',
      value: (r) => (r.measure === null ? null : Math.round(r.measure * 10) / 10),
    },
    { zh: '时间（北京时间）', en: 'Time (Beijing)', value: (r) => beijingTime(r.at) },
  ],
  check: async (_deps, ctx, q) => {
    filterOf(ctx, q);
  },
  count: async (deps, ctx, q) => (await serviceRows(deps, ctx, q, 1)).total,
  page: async (deps, ctx, q, after) => (after ? [] : (await serviceRows(deps, ctx, q, EXPORT_MAX_ROWS)).rows),
});
