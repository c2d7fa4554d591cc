import { randomUUID } from 'node:crypto';
import { offHookWithoutCall } from '@claimline/domain/duty';
import { sql } from 'kysely';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { DUTY_PRESENCE_SETTINGS } from './settings.ts';

/**
 * The CTI's handset events (seed 000 第四条 严禁将电话摘机，有意造成电话忙音): an agent's phone off or on the hook,
 * with the PBX's time. Stored as events; the presence wall reads the latest of each agent.
 */
export const recordHook = (
  deps: Deps,
  ctx: RequestCtx,
  agent: { id: string; branchId: string },
  input: { event: 'offHook' | 'onHook'; at?: string | undefined },
) =>
  deps.db.transaction().execute(async (tx) => {
    const now = ctx.clock.now();
    const at = input.at ? new Date(input.at) : now;
    await tx
      .insertInto('agent_hook_events')
      .values({
        id: randomUUID(),
        user_id: agent.id,
        branch_id: agent.branchId,
        event: input.event,
        at,
        received_at: now,
      })
      .execute();
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'presence.hook',
      objectType: 'user',
      objectId: agent.id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { event: input.event, at: at.toISOString() },
    });
    return { userId: agent.id, event: input.event, at };
  });

/**
 * The people off-hook past the setting with no call since (第四条): the latest hook event of each is `offHook` and
 * none of their calls rang or was answered after it.
 */
export const offHookPeople = async (db: Db | Tx, userIds: readonly string[], now: Date) => {
  if (userIds.length === 0) return new Set<string>();
  const rows = await sql<{ user_id: string; off_since: Date; last_call: Date | null }>`
    SELECT h.user_id, h.at AS off_since,
           (SELECT max(greatest(c.ring_started_at, coalesce(c.answered_at, c.ring_started_at)))
              FROM calls c WHERE c.agent_id = h.user_id AND c.ring_started_at <= ${now}) AS last_call
      FROM (SELECT DISTINCT ON (user_id) user_id, event, at FROM agent_hook_events
             WHERE user_id IN (${sql.join([...userIds])}) AND at <= ${now}
             ORDER BY user_id, at DESC) h
     WHERE h.event = 'offHook'`.execute(db);
  return new Set(
    rows.rows
      .filter((r) => offHookWithoutCall(r.off_since, r.last_call, now, DUTY_PRESENCE_SETTINGS.offHookMinutes))
      .map((r) => r.user_id),
  );
};
