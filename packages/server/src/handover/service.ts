import { randomUUID } from 'node:crypto';
import { beijingDayOf, beijingMidnight } from '@claimline/domain/core';
import type { z } from 'zod';
import { appendAudit } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { runMove } from '../workflow/run-move.ts';
import { insertHandover, listHandovers } from './repository.ts';
import type { HandoverMoveBody, scheduleBody } from './schema.ts';
import { DUTY_PRESENCE_SETTINGS } from './settings.ts';
import { handoverViews, loadHandoverView } from './views.ts';
import { HANDOVER_WORKFLOW } from './workflow.ts';

const DAY_MS = 86_400_000;

/** The Beijing day [00:00, 24:00) as UTC instants. */
export const beijingDayWindow = (day: string) => {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const from = beijingMidnight({ y, m, d });
  return { from, to: new Date(from.getTime() + DAY_MS) };
};

/**
 * Schedules a hand-over between two active people of the actor's scope, in the branch of the outgoing agent. Both
 * must see the branch: the incoming agent's own branch is the hand-over's branch or above it.
 */
export const scheduleHandover = async (
  deps: Deps,
  ctx: RequestCtx,
  body: z.infer<typeof scheduleBody> & { outgoingAssignmentId?: string; incomingAssignmentId?: string },
) => {
  const id = randomUUID();
  await deps.db.transaction().execute(async (tx) => {
    const people = await tx
      .selectFrom('users')
      .select(['id', 'branch_id'])
      .where('id', 'in', [body.outgoingUserId, body.incomingUserId])
      .where('active', '=', true)
      .where('branch_id', 'in', ctx.actor.scope)
      .execute();
    const outgoing = people.find((p) => p.id === body.outgoingUserId);
    const incoming = people.find((p) => p.id === body.incomingUserId);
    if (!outgoing || !incoming || outgoing.id === incoming.id || outgoing.branch_id !== incoming.branch_id)
      throw new AppError('HANDOVER_PEOPLE_INVALID');
    const now = ctx.clock.now();
    await insertHandover(tx, {
      id,
      branch_id: outgoing.branch_id,
      post: body.post,
      outgoing_start: new Date(body.outgoingShiftStart),
      shift_start: new Date(body.shiftStart),
      shift_end: new Date(body.shiftEnd),
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
      outgoing_assignment_id: body.outgoingAssignmentId ?? null,
      incoming_assignment_id: body.incomingAssignmentId ?? null,
      note: body.note ?? null,
      created_by: ctx.actor.id,
      created_at: now,
      updated_at: now,
    });
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'dutyHandover.schedule',
      objectType: 'dutyHandover',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { post: body.post, shiftStart: body.shiftStart, shiftEnd: body.shiftEnd },
    });
  });
  const v = await loadHandoverView(deps.db, ctx, id);
  if (!v) throw new AppError('HANDOVER_NOT_FOUND');
  return v;
};

/** The hand-overs of a Beijing day (today by default) in scope; `mine` keeps those where the actor is one side. */
export const handoversOfDay = async (deps: Deps, ctx: RequestCtx, q: { day?: string; mine?: string }) => {
  const now = ctx.clock.now();
  const day = q.day ?? beijingDayOf(now);
  const window = beijingDayWindow(day);
  // Today's list reaches into the next hours: a change just after midnight is prepared before it.
  const ahead = new Date(now.getTime() + DUTY_PRESENCE_SETTINGS.upcomingHours * 3_600_000);
  const rows = await listHandovers(deps.db, ctx.actor.scope, {
    from: window.from,
    to: q.day === undefined && ahead > window.to ? ahead : window.to,
    userId: q.mine === 'true' ? ctx.actor.id : undefined,
    limit: 200,
  });
  return { day, items: await handoverViews(deps.db, rows, ctx) };
};

/** The hand-over register (交接班登记簿): signed hand-overs only, newest first, read-only. */
export const handoverRegister = async (deps: Deps, ctx: RequestCtx) => {
  const rows = await listHandovers(deps.db, ctx.actor.scope, {
    from: new Date(0),
    to: new Date(ctx.clock.now().getTime() + DAY_MS),
    signedOnly: true,
    limit: DUTY_PRESENCE_SETTINGS.registerLimit,
  });
  return { items: await handoverViews(deps.db, rows, ctx) };
};

export const applyHandoverMove = async (deps: Deps, ctx: RequestCtx, id: string, body: HandoverMoveBody) => {
  const v = await runMove(deps, ctx, HANDOVER_WORKFLOW, id, body, (tx) => loadHandoverView(tx, ctx, id));
  if (!v) throw new AppError('HANDOVER_NOT_FOUND');
  return v;
};
