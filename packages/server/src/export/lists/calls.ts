import { sql } from 'kysely';
import { callListBase, withCallColumns } from '../../call-records/repository.ts';
import { type ListCallsQuery, listCallsQuery } from '../../calls/schema.ts';
import type { Deps, RequestCtx } from '../../http/context.ts';
import { beijingTime, defineExport, labelIn, yesNo } from '../declare.ts';
import { CALL_DIRECTION_LABELS, CALL_QUEUE_LABELS, CALL_STATE_LABELS, HUNG_UP_LABELS } from '../labels.ts';

type CallFilter = Omit<ListCallsQuery, 'page' | 'pageSize'>;

// The same reading of the filters as calls/service.ts listCalls: "mine" is the caller, "days" counts back from now.
const baseOf = (deps: Deps, ctx: RequestCtx, q: CallFilter) =>
  callListBase(deps.db, ctx.actor.scope, {
    agentId: q.mine === 'true' ? ctx.actor.id : q.agentId,
    from: new Date(ctx.clock.now().getTime() - q.days * 86_400_000),
  });

const rowsOf = (
  deps: Deps,
  ctx: RequestCtx,
  q: CallFilter,
  after: { cursor_at: string; id: string } | null,
  limit: number,
) => {
  let base = baseOf(deps, ctx, q);
  // Keyset on (ring_started_at, id), newest first, with the timestamp's text as the cursor (no lost microseconds).
  if (after)
    base = base.where(({ eb, refTuple, tuple }) =>
      eb(
        refTuple('c.ring_started_at', 'c.id'),
        '<',
        tuple(sql<Date>`${after.cursor_at}::timestamptz`, after.id),
      ),
    );
  return withCallColumns(base)
    .select(sql<string>`c.ring_started_at::text`.as('cursor_at'))
    .orderBy('c.ring_started_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit)
    .execute();
};
type CallRow = Awaited<ReturnType<typeof rowsOf>>[number];

export const callsExport = defineExport<CallFilter, CallRow>({
  name: 'calls',
  title: { zh: '通话', en: 'Calls' },
  access: 'call.read',
  query: listCallsQuery,
  columns: [
    { zh: '通话编号', en: 'Call id', width: 22, value: (r) => r.call_id },
    { zh: '方向', en: 'Direction', value: (r, l) => labelIn(CALL_DIRECTION_LABELS, r.direction, l) },
    // The caller's number stays masked (C11); the sealed number is never read here.
    { zh: '来电号码', en: 'Caller', value: (r) => r.caller_masked },
    {
      zh: '队列',
      en: 'Queue',
      value: (r, l) =>
        r.queue ? (CALL_QUEUE_LABELS[r.queue]?.[l] ?? (l === 'zh' ? '其他队列' : 'Other queue')) : null,
    },
    { zh: '坐席', en: 'Agent', value: (r) => r.agent_name },
    { zh: '工号', en: 'Agent no.', value: (r) => r.agent_no },
    { zh: '状态', en: 'State', value: (r, l) => labelIn(CALL_STATE_LABELS, r.state, l) },
    { zh: '振铃时间', en: 'Ringing (Beijing)', width: 20, value: (r) => beijingTime(r.ring_started_at) },
    { zh: '接听时间', en: 'Answered (Beijing)', width: 20, value: (r) => beijingTime(r.answered_at) },
    { zh: '结束时间', en: 'Ended (Beijing)', width: 20, value: (r) => beijingTime(r.ended_at) },
    { zh: '接听振铃声数', en: 'Rings to answer', value: (r) => r.rings },
    { zh: '先挂机方', en: 'Hung up first', value: (r, l) => labelIn(HUNG_UP_LABELS, r.hung_up_by, l) },
    { zh: '质检得分', en: 'QA score', value: (r) => (r.score == null ? null : Number(r.score)) },
    { zh: '禁语命中', en: 'Forbidden phrases', value: (r) => r.hit_count },
    { zh: '已复核', en: 'Reviewed', value: (r, l) => yesNo(r.reviewed_at !== null, l) },
    { zh: '关联案件数', en: 'Linked cases', value: (r) => r.case_count },
    { zh: '模拟来电', en: 'Simulated', value: (r, l) => yesNo(r.simulated, l) },
  ],
  count: async (deps, ctx, q) =>
    (await baseOf(deps, ctx, q).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n,
  page: rowsOf,
});
