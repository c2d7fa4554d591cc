import { grantCovers, grantReach } from '@claimline/domain/data-sharing';
import { appendAuditAlone } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import type { RequestCtx } from '../http/context.ts';
import { liveGrants } from './repository.ts';

/**
 * The case reads that honour data-sharing grants (GET /api/cases and GET /api/cases/:id): the reader's live grants
 * widen the branch scope for the case kinds of each grant, read-only. Every read under a grant is audited
 * (`access.grantRead`) before the answer leaves; a read the audit cannot record is not answered.
 */
export const sharedCaseReach = async (db: Db | Tx, ctx: RequestCtx) => {
  const now = ctx.clock.now();
  const grants = await liveGrants(db, ctx.actor.id, now);
  return { grants, reach: grantReach(grants, now) };
};

type Read = { id: string; kind: string; branchPath: string };

/** Records the records read outside the reader's own scope, each with the grant it was read under. */
export const auditGrantReads = async (
  db: Db,
  ctx: RequestCtx,
  grants: Awaited<ReturnType<typeof sharedCaseReach>>['grants'],
  reads: readonly Read[],
  route: 'caseList' | 'caseDetail',
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
