import type { AuditAction, AuditObjectType, AuditResult } from '@claimline/domain/audit';
import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import { chainHash, GENESIS_HASH } from './audit-chain.ts';
import { currentAuditKey } from './audit-key.ts';
import type { Checkpoint } from './checkpoints.ts';

export type AuditActor = { id: string; displayName: string } | null;

export type AuditEntry = {
  at: Date;
  actor: AuditActor;
  action: AuditAction;
  objectType: AuditObjectType;
  objectId: string | null;
  result: AuditResult;
  requestId: string | null;
  ip: string | null;
  details?: Record<string, unknown>;
};

// One lock id for the chain: appends are serialised so each row links to exactly one predecessor.
const CHAIN_LOCK = 7_250_001;

const chainedFields = (e: AuditEntry) => ({
  at: e.at,
  actor_id: e.actor?.id ?? null,
  actor_name: e.actor?.displayName ?? null,
  action: e.action,
  object_type: e.objectType,
  object_id: e.objectId,
  result: e.result,
  request_id: e.requestId,
  ip: e.ip,
  details: e.details ?? {},
});

/** Takes the chain lock, reads the head and inserts the entries as its next links, in order, in one statement. */
const linkAndInsert = async (tx: Tx, entries: AuditEntry[]) => {
  await sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(tx);
  const last = await tx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  let prev = last?.hash ?? GENESIS_HASH;
  const key = currentAuditKey();
  const rows = entries.map((e) => {
    const fields = chainedFields(e);
    const hash = chainHash(prev, fields, key);
    const row = {
      ...fields,
      details: JSON.stringify(fields.details),
      prev_hash: prev,
      hash,
      keyed: key !== null,
    };
    prev = hash;
    return row;
  });
  // A multi-row VALUES takes its bigserial ids in list order, so the ids follow the links.
  await tx.insertInto('audit_log').values(rows).execute();
};

/*
 * Group-committed intake (intake-batch/) writes many requests in one transaction. Their audit rows are held here
 * per transaction and linked together at the very end, so the chain lock is taken once per batch and held only
 * for the commit; an item rolled back to its savepoint drops its own entries (auditMark / auditRewind).
 */
const deferred = new WeakMap<Tx, AuditEntry[]>();

export const deferAuditChain = (tx: Tx) => {
  deferred.set(tx, []);
};
export const auditMark = (tx: Tx) => deferred.get(tx)?.length ?? 0;
export const auditRewind = (tx: Tx, mark: number) => {
  const held = deferred.get(tx);
  if (held) held.length = mark;
};
/**
 * Links and writes the held entries; call it last in the batch's transaction. `rewrite` gives each entry's details
 * their final form (the batch's case numbers are taken after its items ran: intake-batch/late-number.ts).
 */
export const flushDeferredAudit = async (
  tx: Tx,
  rewrite: (d: Record<string, unknown> | undefined) => Record<string, unknown> | undefined = (d) => d,
) => {
  const held = deferred.get(tx);
  deferred.delete(tx);
  if (held && held.length > 0)
    await linkAndInsert(
      tx,
      held.map((e) => ({ ...e, details: rewrite(e.details) })),
    );
};

/**
 * Appends one row to the hash chain inside the caller's transaction, so the audit row and the change it
 * records commit or roll back together. Call it last in the transaction: it holds the chain lock to commit.
 * In a group-committed batch the row is held and linked when the batch ends (flushDeferredAudit).
 */
export const appendAudit = async (tx: Tx, e: AuditEntry) => {
  const held = deferred.get(tx);
  if (held) {
    held.push(e);
    return;
  }
  await linkAndInsert(tx, [e]);
};

/** For events with no other change to commit with (a failed login, a denied request). */
export const appendAuditAlone = (db: Db, e: AuditEntry) =>
  db.transaction().execute((tx) => appendAudit(tx, e));

/** Why a chain does not verify; null when it does. */
export type BreakReason =
  | 'rowAltered'
  | 'linkBroken'
  | 'unkeyedAfterKeyed'
  | 'keyMissing'
  | 'checkpointMismatch'
  | 'rowsMissing'
  | 'checkpointForged';

export type VerifyResult = {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
  reason: BreakReason | null;
  /** The checkpoints held against the chain, and the newest of them. */
  checkpoints: { count: number; forged: number; latestId: string | null; latestAt: string | null };
};

/**
 * Walks the chain in id order, in pages, recomputing each hash from the row's own fields (keyed rows with the audit
 * key), then holds it against the checkpoints written outside the database: an edited row, a deleted middle row,
 * deleted newest rows and a recomputed chain each fail with their own reason.
 */
export const verifyAuditChain = async (
  db: Db,
  opts: {
    key?: Buffer | null;
    checkpoints?: { valid: Checkpoint[]; forged: number };
    pageSize?: number;
  } = {},
): Promise<VerifyResult> => {
  const key = opts.key === undefined ? currentAuditKey() : opts.key;
  const points = opts.checkpoints ?? { valid: [], forged: 0 };
  const expectedAt = new Map(points.valid.map((c) => [c.id, c.hash]));
  const newest = points.valid.reduce<Checkpoint | null>(
    (a, c) => (a === null || BigInt(c.id) > BigInt(a.id) ? c : a),
    null,
  );
  const summary = {
    count: points.valid.length,
    forged: points.forged,
    latestId: newest?.id ?? null,
    latestAt: newest?.at ?? null,
  };
  const broken = (checked: number, id: string | null, reason: BreakReason): VerifyResult => ({
    ok: false,
    checked,
    firstBrokenId: id,
    reason,
    checkpoints: summary,
  });
  let prev = GENESIS_HASH;
  let afterId = '0';
  let checked = 0;
  let seenKeyed = false;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(opts.pageSize ?? 5000)
      .execute();
    for (const r of rows) {
      const id = String(r.id);
      if (r.keyed && !key) return broken(checked, id, 'keyMissing');
      if (!r.keyed && seenKeyed) return broken(checked, id, 'unkeyedAfterKeyed');
      seenKeyed ||= r.keyed;
      if (r.prev_hash !== prev) return broken(checked, id, 'linkBroken');
      if (r.hash !== chainHash(prev, { ...r, details: r.details }, r.keyed ? key : null))
        return broken(checked, id, 'rowAltered');
      const pinned = expectedAt.get(id);
      if (pinned !== undefined && pinned !== r.hash) return broken(checked, id, 'checkpointMismatch');
      prev = r.hash;
      checked += 1;
    }
    if (rows.length === 0) break;
    afterId = String(rows.at(-1)?.id);
  }
  if (newest && BigInt(newest.id) > BigInt(afterId)) return broken(checked, newest.id, 'rowsMissing');
  if (points.forged > 0) return broken(checked, null, 'checkpointForged');
  return { ok: true, checked, firstBrokenId: null, reason: null, checkpoints: summary };
};
