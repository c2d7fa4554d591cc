import type { DeadlinePatch } from '@claimline/domain/deadlines';
import { sql } from 'kysely';
import type { Tx } from '../db/database.ts';

// The sweeper's reads and writes of deadline rows: like every other write of a deadline, they live in deadlines/.

export type DueRow = {
  id: string;
  case_id: string;
  kind: string;
  rule: unknown;
  due_at: Date;
  warn_at: Date | null;
  state: string;
  escalation_level: number;
  warned_at: Date | null;
  last_escalated_at: Date | null;
  version: number;
  case_number: string;
  owner_id: string;
  branch_path: string;
};

/**
 * Claims up to `limit` deadlines with something due, for this transaction only. SKIP LOCKED lets every node
 * sweep at once without waiting on, or repeating, another's rows. The case row is key-share locked with the same
 * skip, in the order a case change takes its locks (case, then deadlines), so a sweep and a user's change to the
 * same case never deadlock: the sweep leaves that case to the next round.
 */
export const claimDue = async (tx: Tx, now: Date, limit: number) =>
  (
    await sql<DueRow>`
      SELECT d.id, d.case_id, d.kind, d.rule, d.due_at, d.warn_at, d.state, d.escalation_level, d.warned_at,
             d.last_escalated_at, d.version, c.number AS case_number, c.owner_id, b.path AS branch_path
        FROM deadlines d
        JOIN cases c ON c.id = d.case_id
        JOIN branches b ON b.id = c.branch_id
       WHERE d.next_action_at <= ${now}
       ORDER BY d.next_action_at
       LIMIT ${limit}
         FOR UPDATE OF d SKIP LOCKED
         FOR KEY SHARE OF c SKIP LOCKED`.execute(tx)
  ).rows;

/** Saves a sweep step; the version check makes a step that lost a race change nothing. */
export const saveStep = async (tx: Tx, row: DueRow, patch: DeadlinePatch, now: Date) => {
  const updated = await tx
    .updateTable('deadlines')
    .set({
      state: patch.state,
      escalation_level: patch.escalationLevel,
      warned_at: patch.warnedAt,
      ...(patch.breachedAt ? { breached_at: patch.breachedAt } : {}),
      last_escalated_at: patch.lastEscalatedAt,
      next_action_at: patch.nextActionAt,
      last_swept_at: now,
      version: sql`version + 1`,
    })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .returning('id')
    .execute();
  return updated.length === 1;
};
