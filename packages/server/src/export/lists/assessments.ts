import { listQuery } from '../../assessment/schema.ts';
import { listAssessments } from '../../assessment/service.ts';
import type { Deps, RequestCtx } from '../../http/context.ts';
import { defineExport } from '../declare.ts';

type AssessmentFilter = { queue: 'mine' | 'review' | 'signOff' | 'all' };
type AssessmentRow = Awaited<ReturnType<typeof listAssessments>>['items'][number];

// The assessment desk's own list (at most 500 a queue, one per agent and period): a single page.
const rowsOf = async (deps: Deps, ctx: RequestCtx, q: AssessmentFilter) =>
  (await listAssessments(deps, ctx, q.queue)).items;

export const assessmentsExport = defineExport<AssessmentFilter, AssessmentRow>({
  name: 'assessments',
  title: { zh: '绩效考核', en: 'Assessments' },
  access: 'assessment.read',
  query: listQuery,
  columns: [
    { zh: '坐席', en: 'Agent', value: (r) => r.agentName },
    {
      zh: '考核周期',
      en: 'Period',
      value: (r, l) =>
        `${r.periodKey}${r.periodKind === 'quarter' ? (l === 'zh' ? '（季度）' : ' (quarter)') : l === 'zh' ? '（月度）' : ' (month)'}`,
    },
    { zh: '状态', en: 'State', value: (r, l) => r.stateLabel[l] },
    { zh: '总分', en: 'Total', value: (r) => (r.total == null ? null : Number(r.total)) },
  ],
  count: async (deps, ctx, q) => (await rowsOf(deps, ctx, q)).length,
  page: async (deps, ctx, q, after) => (after ? [] : rowsOf(deps, ctx, q)),
});
