import { grantCovers, grantReach } from '@claimline/domain/data-sharing';
import { sql } from 'kysely';
import { appendAuditAlone } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import type { RequestCtx } from '../http/context.ts';
import { caseKindAndBranch, liveGrants } from './repository.ts';

/**
 * Every branch-scoped read of the shared data kinds honours data-sharing grants through this one module (issue #18
 * part 2): the case list and detail, the customer view, the complaints desk, the claims desk (reports and
 * applications) and their exports. The reader's live grants widen the branch scope for the case kinds of each
 * grant, read-only. Every read under a grant is audited (`access.grantRead`) before the answer leaves; a read the
 * audit cannot record is not answered. Expiry and revocation are read at each read (no job).
 */
export const sharedCaseReach = async (db: Db | Tx, ctx: RequestCtx) => {
  const now = ctx.clock.now();
  const grants = await liveGrants(db, ctx.actor.id, now);
  return { grants, reach: grantReach(grants, now) };
};

export type GrantReach = Awaited<ReturnType<typeof sharedCaseReach>>['reach'];
type Grants = Awaited<ReturnType<typeof sharedCaseReach>>['grants'];

/**
 * The scope predicate of a desk query over `cases as c` joined to `branches as b`: the caller's own branches, or a
 * live grant's subtree for the grant's case kinds. With no grant it is the plain scope check.
 */
export const scopeOrGranted = (scope: string[], reach: GrantReach) => {
  const own = sql<boolean>`c.branch_id = ANY(${scope}::uuid[])`;
  if (reach.length === 0) return own;
  const shared = reach.map(
    (g) => sql<boolean>`(b.path LIKE ${`${g.branchPath}%`} AND c.kind = ANY(${[...g.caseKinds]}::text[]))`,
  );
  return sql<boolean>`(${own} OR ${sql.join(shared, sql` OR `)})`;
};

/** What a detail read under a grant offers: no move of any kind (a grant is read-only). */
export const readOnlyCase = () => ({
  moves: [] as never[],
  transferMoves: [] as never[],
  availableEvents: [] as never[],
  canTransfer: false,
  canAcceptTransfer: false,
  canCancelTransfer: false,
});

/** Where a read under a grant happened: the audit row names it. */
export type GrantReadRoute =
  | 'caseList'
  | 'caseDetail'
  | 'complaintList'
  | 'complaintDetail'
  | 'claimReportDetail'
  | 'claimApplicationList'
  | 'claimApplicationDetail'
  | 'export';

type Read = { id: string; kind: string; branchPath: string };

/** Records the records read outside the reader's own scope, each with the grant it was read under. */
export const auditGrantReads = async (
  db: Db,
  ctx: RequestCtx,
  grants: Grants,
  reads: readonly Read[],
  route: GrantReadRoute,
) => {
  const now = ctx.clock.now();
  const outside = reads.filter((r) => !r.branchPath.startsWith(ctx.actor.branchPath));
  if (outside.length === 0) return;
  const items = outside.map((r) => ({
    caseId: r.id,
    grantId:
      grants.find((g) => grantCovers(g, { caseKind: r.kind, branchPath: r.branchPath }, now))?.id ?? null,
  }));
  await appendAuditAlone(db, {
    at: now,
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action: 'access.grantRead',
    objectType: 'case',
    objectId: outside.length === 1 ? (outside[0]?.id ?? null) : null,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { route, reads: items },
  });
};

/**
 * A list read that honours grants: `fetch` runs with the reach of the live grants, and the rows it returns from
 * outside the reader's scope are audited before the list is answered.
 */
export const listUnderGrants = async <T>(
  db: Db,
  ctx: RequestCtx,
  fetch: (reach: GrantReach) => Promise<T[]>,
  readOf: (row: T) => Read,
  route: GrantReadRoute,
) => {
  const { grants, reach } = await sharedCaseReach(db, ctx);
  const rows = await fetch(reach);
  if (grants.length > 0) await auditGrantReads(db, ctx, grants, rows.map(readOf), route);
  return rows;
};

/**
 * A detail read of a record outside the reader's scope: answered only under a live grant for its kind and branch,
 * audited first. Returns the request context whose scope holds that one record's branch (so the desk's own detail
 * builder reads it), or null when no grant covers it (the desk answers its not-found code, as before). The
 * caller must answer read-only: the widened context is never given to a write.
 */
export const grantedDetailCtx = async (
  db: Db,
  ctx: RequestCtx,
  id: string,
  route: GrantReadRoute,
): Promise<RequestCtx | null> => {
  const found = await caseKindAndBranch(db, id);
  if (!found || found.branch_path.startsWith(ctx.actor.branchPath)) return null;
  const { grants } = await sharedCaseReach(db, ctx);
  const read = { caseKind: found.kind, branchPath: found.branch_path };
  if (!grants.some((g) => grantCovers(g, read, ctx.clock.now()))) return null;
  await auditGrantReads(db, ctx, grants, [{ id, kind: found.kind, branchPath: found.branch_path }], route);
  return { ...ctx, actor: { ...ctx.actor, scope: [...ctx.actor.scope, found.branch_id] } };
};
