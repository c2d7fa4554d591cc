import type { Deps, RequestCtx } from '../../http/context.ts';
import { daysQuery } from '../../qa/schema.ts';
import { agentList } from '../../qa/service.ts';
import { defineExport } from '../declare.ts';

type QaFilter = { days: number };
type QaRow = Awaited<ReturnType<typeof agentList>>['items'][number];

// One row per agent of the scope: the QA page's own service, whose result is as small as the staff list, so
// it comes as a single page (no keyset needed).
const rowsOf = async (deps: Deps, ctx: RequestCtx, q: QaFilter, after: QaRow | null) =>
  after ? [] : (await agentList(deps, ctx, q.days)).items;

const pct = (v: number | string | null) => (v == null ? null : Number(v));

export const qaExport = defineExport<QaFilter, QaRow>({
  name: 'qa',
  title: { zh: '质检', en: 'QA' },
  access: 'qa.review',
  query: daysQuery,
  columns: [
    { zh: '坐席', en: 'Agent', value: (r) => r.name },
    { zh: '工号', en: 'Agent no.', value: (r) => r.agentNo },
    { zh: '通话数', en: 'Calls', value: (r) => r.calls },
    { zh: '平均质检得分', en: 'Average QA score', value: (r) => pct(r.avgScore) },
    { zh: '禁语命中', en: 'Forbidden phrases', value: (r) => r.forbiddenHits },
    { zh: '已复核', en: 'Reviewed', value: (r) => r.reviewed },
    { zh: '三声内接听率（%）', en: 'Answered within 3 rings (%)', value: (r) => pct(r.withinRingsPct) },
    { zh: '坚持发送禁语次数', en: 'Forbidden phrases sent anyway', value: (r) => r.overrides },
  ],
  count: async (deps, ctx, q) => (await agentList(deps, ctx, q.days)).items.length,
  page: (deps, ctx, q, after) => rowsOf(deps, ctx, q, after),
});
