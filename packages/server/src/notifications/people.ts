import { randomUUID } from 'node:crypto';
import type { Role } from '@claimline/domain/access';
import { sql } from 'kysely';
import type { Tx } from '../db/database.ts';
import { insertNotifications } from './repository.ts';

/**
 * The leads of a branch: active people of the given roles at the branch or a branch above it, below head office
 * (a sub-branch's post is watched by its own team lead and by the branch's service manager, seed 002 §二).
 */
export const branchLeads = (tx: Tx, branchId: string, roles: readonly Role[]) =>
  tx
    .selectFrom('users as u')
    .innerJoin('branches as ub', 'ub.id', 'u.branch_id')
    .select(['u.id'])
    .where('u.active', '=', true)
    .where('u.role', 'in', [...roles])
    .where('ub.parent_id', 'is not', null)
    .where(sql<boolean>`(SELECT b.path FROM branches b WHERE b.id = ${branchId}) LIKE ub.path || '%'`)
    .execute();

/** One notice per person; not tied to a case or a deadline (a hand-over or a post is neither). */
export const notifyPeople = (
  tx: Tx,
  userIds: readonly string[],
  n: { kind: 'warn' | 'escalate'; zh: string; en: string; now: Date },
) =>
  insertNotifications(
    tx,
    [...new Set(userIds)].map((id) => ({
      id: randomUUID(),
      user_id: id,
      case_id: null,
      deadline_id: null,
      kind: n.kind,
      escalation_level: n.kind === 'escalate' ? 1 : 0,
      message_zh: n.zh,
      message_en: n.en,
      created_at: n.now,
      read_at: null,
    })),
  );
