import { randomUUID } from 'node:crypto';
import { beijingDayOf } from '@claimline/domain/core';
import { beijingDayWindow } from '../handover/service.ts';
import type { Deps } from '../http/context.ts';

const HOUR = 3_600_000;

/**
 * One pending hand-over today in 北京分公司, so `npm start` shows the 交接班 screen: agent.bj hands 热线1号席 over at
 * 16:00 Beijing time to teamlead.bj (the day shift 08:00–16:00 is counted, the evening shift runs to 24:00).
 */
export const seedDemoHandover = async (deps: Deps) => {
  const users = await deps.db
    .selectFrom('users')
    .select(['id', 'username', 'branch_id'])
    .where('username', 'in', ['agent.bj', 'teamlead.bj'])
    .execute();
  const outgoing = users.find((u) => u.username === 'agent.bj');
  const incoming = users.find((u) => u.username === 'teamlead.bj');
  if (!outgoing || !incoming) return;
  const now = deps.clock.now();
  const { from } = beijingDayWindow(beijingDayOf(now));
  await deps.db
    .insertInto('duty_handovers')
    .values({
      id: randomUUID(),
      branch_id: outgoing.branch_id,
      post: '热线1号席',
      outgoing_start: new Date(from.getTime() + 8 * HOUR),
      shift_start: new Date(from.getTime() + 16 * HOUR),
      shift_end: new Date(from.getTime() + 24 * HOUR),
      outgoing_user_id: outgoing.id,
      incoming_user_id: incoming.id,
      checked_in_at: null,
      late_minutes: null,
      checklist: null,
      statistics: null,
      open_items: null,
      statistics_at: null,
      confirmed_at: null,
      confirmed_by: null,
      signed_at: null,
      signed_by: null,
      closed_at: null,
      escalated_at: null,
      escalated_by: null,
      note: null,
      created_by: incoming.id,
      created_at: now,
      updated_at: now,
    })
    .execute();
};
