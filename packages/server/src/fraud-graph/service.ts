import { sql } from 'kysely';
import { appendAudit } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { keyUnkeyedProviders } from './links.ts';
import { type RebuildSummary, rebuildAll, ringSettings } from './rebuild.ts';
import { findRing, listRings, ringAnswer, ringGraph } from './view.ts';

const who = (ctx: RequestCtx) => ({
  actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
  requestId: ctx.requestId,
  ip: ctx.ip,
});

export const ringList = async (deps: Deps, ctx: RequestCtx, limit: number) => ({
  items: await listRings(deps.db, ctx.actor.scope, limit),
});

/** One ring drawn as a graph. Every look is audited (who, which ring, how many claims) in the read's transaction. */
export const ringView = (deps: Deps, ctx: RequestCtx, id: string) =>
  deps.db.transaction().execute(async (tx) => {
    const ring = await findRing(tx, id, ctx.actor.scope);
    if (!ring) throw new AppError('FRAUD_RING_NOT_FOUND');
    const graph = await ringGraph(tx, id, ctx.actor.scope, ringSettings().hubMaxClaims);
    await appendAudit(tx, {
      at: ctx.clock.now(),
      ...who(ctx),
      action: 'fraudRing.view',
      objectType: 'fraudRing',
      objectId: id,
      result: 'success',
      details: {
        version: ring.version,
        claims: ring.claims,
        shown: graph.members.filter((m) => m.in_scope).length,
      },
    });
    return { ring: ringAnswer(ring), nodes: graph.nodes, edges: graph.edges };
  });

/** Where each source keeps the sealed value of what it indexed. */
const SEALED_SOURCE = {
  reporterPhone: sql`SELECT reporter_phone_enc AS enc FROM claim_reports WHERE case_id = `,
  reporterAddress: sql`SELECT reporter_address_enc AS enc FROM claim_reports WHERE case_id = `,
  applicantId: sql`SELECT applicant_id_enc AS enc FROM claim_applications WHERE case_id = `,
  applicantPhone: sql`SELECT applicant_phone_enc AS enc FROM claim_applications WHERE case_id = `,
  payeeAccount: sql`SELECT payee_account_enc AS enc FROM claim_applications WHERE case_id = `,
  insuredId: sql`SELECT p.insured_id_enc AS enc FROM policies p WHERE p.id = `,
  insuredPhone: sql`SELECT p.insured_phone_enc AS enc FROM policies p WHERE p.id = `,
  plate: sql`SELECT p.plate_enc AS enc FROM policies p WHERE p.id = `,
} as const;
const POLICY_SOURCES = new Set(['insuredId', 'insuredPhone', 'plate']);

/**
 * A node's value in full: found through a claim of the ring inside the caller's scope, audited as a reveal (with
 * the ring and the reason) before the value is returned. A hospital is shown in full already.
 */
export const revealNode = (deps: Deps, ctx: RequestCtx, ringId: string, node: string, reason: string) =>
  deps.db.transaction().execute(async (tx) => {
    const ring = await findRing(tx, ringId, ctx.actor.scope);
    if (!ring) throw new AppError('FRAUD_RING_NOT_FOUND');
    const graph = await ringGraph(tx, ringId, ctx.actor.scope, ringSettings().hubMaxClaims);
    const entity = /^e\d+$/.test(node) ? graph.entities[Number(node.slice(1))] : undefined;
    if (!entity) throw new AppError('FRAUD_NODE_NOT_FOUND');
    if (entity.kind === 'hospital' || entity.kind === 'repairShop')
      throw new AppError('FRAUD_NODE_NOT_PERSONAL');
    const link = (
      await sql<{
        source: keyof typeof SEALED_SOURCE;
        source_case_id: string;
      }>`SELECT l.source, l.source_case_id
        FROM claim_links l JOIN cases c ON c.id = l.source_case_id
       WHERE l.kind = ${entity.kind} AND l.key = ${entity.key} AND l.claim_id = ANY(${entity.claims}::uuid[])
         AND c.branch_id = ANY(${ctx.actor.scope}::uuid[]) AND l.source NOT IN ('hospital', 'repairShop')
       ORDER BY l.source LIMIT 1`.execute(tx)
    ).rows[0];
    if (!link) throw new AppError('FRAUD_NODE_NOT_FOUND');
    let rowId = link.source_case_id;
    if (POLICY_SOURCES.has(link.source)) {
      const p = await sql<{ policy_id: string }>`SELECT policy_id FROM claim_reports WHERE case_id = ${rowId}
        UNION ALL SELECT policy_id FROM claim_applications WHERE case_id = ${rowId} LIMIT 1`.execute(tx);
      rowId = p.rows[0]?.policy_id ?? rowId;
    }
    const sealed = (await sql<{ enc: string | null }>`${SEALED_SOURCE[link.source]}${rowId}`.execute(tx))
      .rows[0]?.enc;
    if (!sealed) throw new AppError('FRAUD_NODE_NOT_FOUND');
    await appendAudit(tx, {
      at: ctx.clock.now(),
      ...who(ctx),
      action: 'personal.reveal',
      objectType: 'fraudRing',
      objectId: ringId,
      result: 'success',
      details: { node, kind: entity.kind, source: link.source, case: link.source_case_id, reason },
    });
    return { node, value: deps.crypto.decrypt(sealed) };
  });

/**
 * The whole graph judged afresh (head office). The audit row is written first: intake holds the audit chain's lock
 * (its case.create row) before it takes the ring lock, so a rebuild takes them in the same order and the two cannot
 * deadlock. Each ring version written has its own audit row as well.
 */
export const rebuildGraph = (deps: Deps, ctx: RequestCtx): Promise<RebuildSummary> =>
  deps.db.transaction().execute(async (tx) => {
    const at = ctx.clock.now();
    await appendAudit(tx, {
      at,
      ...who(ctx),
      action: 'fraudRing.rebuild',
      objectType: 'fraudRing',
      objectId: null,
      result: 'success',
      details: { builtFor: 'full' },
    });
    await keyUnkeyedProviders(tx, deps.crypto);
    return rebuildAll(tx, who(ctx), at);
  });
