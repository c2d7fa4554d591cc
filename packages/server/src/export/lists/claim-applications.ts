import {
  APPLICANT_RELATION_LABELS,
  CLAIM_APPLICATION_STATE_LABELS,
  CLAIM_TYPE_LABELS,
} from '@claimline/domain/claim-applications';
import { sql } from 'kysely';
import { boardBase } from '../../claim-applications/repository.ts';
import { boardQuery } from '../../claim-applications/schema.ts';
import { CLOSED_SHOWN_DAYS } from '../../claim-applications/views.ts';
import { auditGrantReads, type GrantReach, sharedCaseReach } from '../../data-sharing/case-reads.ts';
import type { Deps, RequestCtx } from '../../http/context.ts';
import { beijingTime, defineExport, labelIn } from '../declare.ts';

type DeskFilter = { state?: string | undefined };

// The desk board's own reading (claim-applications/views.ts applicationBoard), without its 500-row cap.
// Issue #18 part 2: a live data-sharing grant widens the export exactly as it widens the board.
const baseOf = (deps: Deps, ctx: RequestCtx, q: DeskFilter, reach: GrantReach) =>
  boardBase(
    deps.db,
    ctx.actor.scope,
    new Date(ctx.clock.now().getTime() - CLOSED_SHOWN_DAYS * 86_400_000),
    q.state,
    reach,
  );

const rowsOf = async (
  deps: Deps,
  ctx: RequestCtx,
  q: DeskFilter,
  after: { cursor_at: string; case_id: string } | null,
  limit: number,
) => {
  const { grants, reach } = await sharedCaseReach(deps.db, ctx);
  let base = baseOf(deps, ctx, q, reach);
  if (after)
    base = base.where(({ eb, refTuple, tuple }) =>
      eb(
        refTuple('a.created_at', 'a.case_id'),
        '<',
        tuple(sql<Date>`${after.cursor_at}::timestamptz`, after.case_id),
      ),
    );
  const rows = await base
    .select(sql<string>`a.created_at::text`.as('cursor_at'))
    .orderBy('a.created_at', 'desc')
    .orderBy('a.case_id', 'desc')
    .limit(limit)
    .execute();
  // Rows read through a data-sharing grant are audited as the board audits them (issue #18).
  if (grants.length > 0)
    await auditGrantReads(
      deps.db,
      ctx,
      grants,
      rows.map((r) => ({ id: r.case_id, kind: 'claimApplication', branchPath: r.branch_path })),
      'export',
    );
  return rows;
};
type ApplicationRow = Awaited<ReturnType<typeof rowsOf>>[number];

export const claimApplicationsExport = defineExport<DeskFilter, ApplicationRow>({
  name: 'claim-applications',
  title: { zh: '索赔申请', en: 'Claim applications' },
  access: 'case.read',
  query: boardQuery,
  columns: [
    { zh: '案件编号', en: 'Case number', width: 22, value: (r) => r.number },
    { zh: '状态', en: 'State', value: (r, l) => labelIn(CLAIM_APPLICATION_STATE_LABELS, r.state, l) },
    { zh: '索赔类型', en: 'Claim type', value: (r, l) => labelIn(CLAIM_TYPE_LABELS, r.claim_type, l) },
    {
      zh: '申请人关系',
      en: 'Applicant is',
      value: (r, l) => labelIn(APPLICANT_RELATION_LABELS, r.relation, l),
    },
    { zh: '申请人', en: 'Applicant', value: (r) => r.applicant_name_masked },
    { zh: '保单号', en: 'Policy no.', width: 22, value: (r) => r.policy_no },
    { zh: '受理时间', en: 'Registered (Beijing)', width: 20, value: (r) => beijingTime(r.created_at) },
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
