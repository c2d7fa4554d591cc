import { createHash, randomUUID } from 'node:crypto';
import {
  DEFAULT_RING_SETTINGS,
  findRings,
  type Ring,
  type RingSettings,
} from '@claimline/domain/fraud-graph';
import { appendAudit } from '../audit/audit.ts';
import type { FieldCrypto } from '../crypto/field-crypto.ts';
import type { Tx } from '../db/database.ts';
import type { Actor } from '../http/context.ts';
import { copyIndexedLinks, linkTypedAtIntake } from './links.ts';
import * as repo from './repository.ts';

/** A walk from an intake stops here: a component this large is flagged by size long before, and intake must stay fast. */
export const WALK_MAX_CLAIMS = 2_000;

/** The ring settings in force (domain defaults: tuning values measured in bench/fraud-graph.bench.ts). */
export const ringSettings = (): RingSettings => DEFAULT_RING_SETTINGS;

const membersHash = (claims: readonly string[]) =>
  createHash('sha256').update(claims.join(',')).digest('hex');

type Who = { actor: Pick<Actor, 'id' | 'displayName'> | null; requestId: string; ip: string };
export type RebuildSummary = { flagged: number; changed: number; retired: number };

/**
 * Writes the rings found over some claims against the rings standing among them: a new ring or a changed one
 * gets its next version, one no longer found gets a retiring version; an unchanged one is left alone. Each
 * written version has its audit row.
 */
const reconcile = async (
  tx: Tx,
  found: Ring[],
  standing: repo.CurrentRing[],
  builtFor: 'intake' | 'full',
  who: Who,
  at: Date,
): Promise<RebuildSummary> => {
  const byKey = new Map(standing.map((r) => [r.ring_key, r]));
  const facts = new Map(
    (
      await repo.claimFacts(
        tx,
        found.flatMap((r) => r.claims),
      )
    ).map((f) => [f.id, f]),
  );
  const summary: RebuildSummary = { flagged: found.length, changed: 0, retired: 0 };
  const audit = (
    id: string,
    action: 'fraudRing.flag' | 'fraudRing.retire',
    details: Record<string, unknown>,
  ) =>
    appendAudit(tx, {
      at,
      actor: who.actor,
      action,
      objectType: 'fraudRing',
      objectId: id,
      result: 'success',
      requestId: who.requestId,
      ip: who.ip,
      details: { builtFor, ...details },
    });
  // A ring's key is its smallest claim id, which a newly joined claim can undercut: a found ring that shares claims
  // with a standing ring of another key keeps that ring's key, so it grows as a new version rather than a new ring.
  const membersOf = await repo.ringMembers(
    tx,
    standing.map((r) => r.id),
  );
  const keyed = found.map((ring) => {
    if (byKey.has(ring.key)) return ring;
    const prior = standing.find(
      (r) => byKey.has(r.ring_key) && ring.claims.some((c) => membersOf.get(r.id)?.has(c)),
    );
    return prior ? { ...ring, key: prior.ring_key } : ring;
  });
  for (const ring of keyed) {
    const hash = membersHash(ring.claims);
    const before = byKey.get(ring.key);
    byKey.delete(ring.key);
    if (before?.members_hash === hash) continue;
    const members = ring.claims.map((claimId) => ({
      claimId,
      branchId: facts.get(claimId)?.branch_id as string,
    }));
    const id = randomUUID();
    const version = (before?.version ?? 0) + 1;
    await repo.insertRingVersion(tx, {
      id,
      ring,
      ringKey: ring.key,
      version,
      membersHash: hash,
      totalAmountFen: ring.claims.reduce((s, c) => s + BigInt(facts.get(c)?.amount_fen ?? '0'), 0n),
      branchIds: [...new Set(members.map((m) => m.branchId))],
      members,
      builtFor,
      builtBy: who.actor?.id ?? null,
      at,
    });
    summary.changed++;
    await audit(id, 'fraudRing.flag', { version, claims: ring.claims.length, reasons: ring.reasons });
  }
  // Rings standing before and no longer found (dissolved, or merged into a ring under another key).
  for (const gone of byKey.values()) {
    const id = randomUUID();
    await repo.insertRingVersion(tx, {
      id,
      ring: null,
      ringKey: gone.ring_key,
      version: gone.version + 1,
      membersHash: membersHash([]),
      totalAmountFen: 0n,
      branchIds: gone.branch_ids,
      members: [],
      builtFor,
      builtBy: who.actor?.id ?? null,
      at,
    });
    summary.retired++;
    await audit(id, 'fraudRing.retire', { version: gone.version + 1 });
  }
  return summary;
};

/**
 * At intake: the component of the touched claims only. Walks the graph from them through non-hub things (up to
 * WALK_MAX_CLAIMS claims), finds the rings among what it reached and reconciles them with the rings standing there.
 */
export const rebuildAround = async (tx: Tx, claimIds: string[], who: Who, at: Date) => {
  const s = ringSettings();
  await repo.lockRings(tx);
  const reached = new Set(claimIds);
  let frontier = claimIds;
  while (frontier.length > 0 && reached.size < WALK_MAX_CLAIMS) {
    const next = (await repo.neighbours(tx, frontier, s.hubMaxClaims)).filter((id) => !reached.has(id));
    for (const id of next) reached.add(id);
    frontier = next;
  }
  const ids = [...reached];
  const found = findRings(await repo.linksOf(tx, ids, s.hubMaxClaims), s);
  return reconcile(tx, found, await repo.currentRings(tx, ids), 'intake', who, at);
};

/** On demand (head office) or on a schedule: every claim's links are copied again and every ring judged afresh. */
export const rebuildAll = async (tx: Tx, who: Who, at: Date) => {
  const s = ringSettings();
  await repo.lockRings(tx);
  await copyIndexedLinks(tx, null);
  const found = findRings(await repo.linksOf(tx, null, s.hubMaxClaims), s);
  return reconcile(tx, found, await repo.currentRings(tx, null), 'full', who, at);
};

/**
 * Called by claim intake (a claim report, a claim application) inside its own transaction: the new case's links,
 * then its component's rings. `claimId` is the node: the report's case (an application's report, or itself).
 */
export const linkAtIntake = async (
  tx: Tx,
  crypto: FieldCrypto,
  claim: {
    caseId: string;
    claimId: string;
    branchId: string;
    address?: string | null;
  },
  who: Who,
  at: Date,
) => {
  await copyIndexedLinks(tx, [claim.caseId]);
  await linkTypedAtIntake(tx, crypto, { ...claim, caseId: claim.claimId });
  return rebuildAround(tx, [claim.claimId], who, at);
};
