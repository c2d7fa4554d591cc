import { COMPLAINT_STATE_LABELS } from '@claimline/domain/complaints';
import { sql } from 'kysely';
import { boardBase } from '../../complaints/repository.ts';
import { boardQuery } from '../../complaints/schema.ts';
import { auditGrantReads, type GrantReach, sharedCaseReach } from '../../data-sharing/case-reads.ts';
import type { Deps, RequestCtx } from '../../http/context.ts';
import { beijingTime, defineExport, labelIn } from '../declare.ts';
import {
  CHANNEL_LABELS,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_SOURCE_LABELS,
  COMPLEXITY_LABELS,
  HANDLER_ROLE_LABELS,
  URGENCY_LABELS,
} from '../labels.ts';

type BoardFilter = { mine?: string | undefined; closedDays: number };

// The board's own reading of its filters (complaints/views.ts complaintBoard), without its 500-row cap.
// Issue #18 part 2: a live data-sharing grant widens the export exactly as it widens the board.
const baseOf = (deps: Deps, ctx: RequestCtx, q: BoardFilter, reach: GrantReach) =>
  boardBase(
    deps.db,
    ctx.actor.scope,
    new Date(ctx.clock.now().getTime() - q.closedDays * 86_400_000),
    q.mine === 'true' ? ctx.actor.id : null,
    reach,
  );

const rowsOf = async (
  deps: Deps,
  ctx: RequestCtx,
  q: BoardFilter,
  after: { cursor_at: string; id: string } | null,
  limit: number,
) => {
  const { grants, reach } = await sharedCaseReach(deps.db, ctx);
  let base = baseOf(deps, ctx, q, reach);
  if (after)
    base = base.where(({ eb, refTuple, tuple }) =>
      eb(refTuple('c.created_at', 'c.id'), '<', tuple(sql<Date>`${after.cursor_at}::timestamptz`, after.id)),
    );
  const rows = await base
    .select(sql<string>`c.created_at::text`.as('cursor_at'))
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit)
    .execute();
  // Rows read through a data-sharing grant are audited as the board audits them (issue #18).
  if (grants.length > 0)
    await auditGrantReads(
      deps.db,
      ctx,
      grants,
      rows.map((r) => ({ id: r.id, kind: 'complaint', branchPath: r.branch_path })),
      'export',
    );
  return rows;
};
type ComplaintRow = Awaited<ReturnType<typeof rowsOf>>[number];

export const complaintsExport = defineExport<BoardFilter, ComplaintRow>({
  name: 'complaints',
  title: { zh: '投诉', en: 'Complaints' },
  access: 'case.read',
  query: boardQuery,
  columns: [
    { zh: '案件编号', en: 'Case number', width: 22, value: (r) => r.number },
    { zh: '状态', en: 'State', value: (r, l) => labelIn(COMPLAINT_STATE_LABELS, r.state, l) },
    { zh: '投诉来源', en: 'Source', value: (r, l) => labelIn(COMPLAINT_SOURCE_LABELS, r.source, l) },
    { zh: '渠道', en: 'Channel', value: (r, l) => labelIn(CHANNEL_LABELS, r.channel, l) },
    { zh: '投诉事由', en: 'Subject', width: 40, value: (r) => r.subject },
    { zh: '投诉类别', en: 'Category', value: (r, l) => labelIn(COMPLAINT_CATEGORY_LABELS, r.category, l) },
    { zh: '紧急程度', en: 'Urgency', value: (r, l) => labelIn(URGENCY_LABELS, r.urgency, l) },
    { zh: '复杂程度', en: 'Complexity', value: (r, l) => labelIn(COMPLEXITY_LABELS, r.complexity, l) },
    { zh: '处理级别', en: 'Handler level', value: (r, l) => labelIn(HANDLER_ROLE_LABELS, r.handler_role, l) },
    { zh: '投诉人', en: 'Complainant', value: (r) => r.customer_name_masked },
    { zh: '负责人', en: 'Owner', value: (r) => r.owner_name },
    { zh: '机构', en: 'Branch', width: 20, value: (r) => r.branch_name },
    { zh: '受理时间', en: 'Received (Beijing)', width: 20, value: (r) => beijingTime(r.created_at) },
  ],
  count: async (deps, ctx, q) =>
    Number(
      (
        await baseOf(deps, ctx, q, (await sharedCaseReach(deps.db, ctx)).reach)
          .clearSelect()
          .select(sql<string>`count(*)`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  page: rowsOf,
});
