import type { AuditAction, AuditObjectType, AuditResult } from '@claimline/domain/audit';
import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import { chainHash, GENESIS_HASH } from './audit-chain.ts';

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

/**
 * Appends one row to the hash chain inside the caller's transaction, so the audit row and the change it
 * records commit or roll back together. Call it last in the transaction: it holds the chain lock to commit.
 */
export const appendAudit = async (tx: Tx, e: AuditEntry) => {
  await sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(tx);
  const last = await tx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const fields = {
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
  };
  const prev = last?.hash ?? GENESIS_HASH;
  await tx
    .insertInto('audit_log')
    .values({
      ...fields,
      details: JSON.stringify(fields.details),
      prev_hash: prev,
      hash: chainHash(prev, fields),
    })
    .execute();
};

/** For events with no other change to commit with (a failed login, a denied request). */
export const appendAuditAlone = (db: Db, e: AuditEntry) =>
  db.transaction().execute((tx) => appendAudit(tx, e));

export type VerifyResult = { ok: boolean; checked: number; firstBrokenId: string | null };

/** Walks the chain in id order, in pages, recomputing each hash from the row's own fields. */
export const verifyAuditChain = async (db: Db, pageSize = 5000): Promise<VerifyResult> => {
  let prev = GENESIS_HASH;
  let afterId = '0';
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return { ok: true, checked, firstBrokenId: null };
    for (const r of rows) {
      const expected = chainHash(prev, { ...r, details: r.details });
      if (r.prev_hash !== prev || r.hash !== expected)
        return { ok: false, checked, firstBrokenId: String(r.id) };
      prev = r.hash;
      checked += 1;
    }
    afterId = String(rows.at(-1)?.id);
  }
};
