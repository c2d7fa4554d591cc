import { handoverPairs, type PlacedShift, shiftSpan } from '@claimline/domain/duty';
import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { beijingDayWindow, scheduleHandover } from './service.ts';

const DAY_MS = 86_400_000;

type Placed = PlacedShift & {
  postZh: string;
  postEn: string;
  shiftCode: string;
  day: string;
};

/** The assignments of published plans in scope (seed 000 第一条: the plan the agents were told), as placed shifts. */
const publishedShifts = async (
  db: Db | Tx,
  scope: readonly string[],
  q: { fromDay: string; toDay: string } | { ids: readonly string[] },
): Promise<Placed[]> => {
  const rows = await sql<{
    id: string;
    user_id: string;
    display_name: string;
    post_id: string;
    name_zh: string;
    name_en: string;
    code: string;
    start_time: string;
    end_time: string;
    day: string;
  }>`
    SELECT a.id, a.user_id, u.display_name, s.post_id, o.name_zh, o.name_en, s.code, s.start_time, s.end_time,
           to_char(a.day, 'YYYY-MM-DD') AS day
      FROM duty_assignments a
      JOIN duty_plans p ON p.id = a.plan_id AND p.state = 'published'
      JOIN duty_shift_templates s ON s.id = a.shift_id
      JOIN duty_posts o ON o.id = s.post_id
      JOIN users u ON u.id = a.user_id
     WHERE p.branch_id IN (${sql.join([...scope])})
       AND ${'ids' in q ? sql`a.id IN (${sql.join(q.ids.length > 0 ? [...q.ids] : ['00000000-0000-0000-0000-000000000000'])})` : sql`a.day BETWEEN ${q.fromDay}::date AND ${q.toDay}::date`}
     ORDER BY a.day, s.start_time, u.display_name`.execute(db);
  return rows.rows.map((r) => {
    const span = shiftSpan(
      { id: '', postId: r.post_id, start: r.start_time, end: r.end_time, skills: [] },
      r.day,
    );
    return {
      assignmentId: r.id,
      userId: r.user_id,
      userName: r.display_name,
      postId: r.post_id,
      from: span.from,
      to: span.to,
      postZh: r.name_zh,
      postEn: r.name_en,
      shiftCode: r.code,
      day: r.day,
    };
  });
};

const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);

/**
 * The hand-overs a Beijing day's published plan calls for: on each post, the agent whose shift ends hands over to
 * the one whose shift starts then (the incoming agent proposed from the plan), with the hand-over already
 * scheduled for the pair, if any.
 */
export const planHandovers = async (deps: Deps, ctx: RequestCtx, day: string) => {
  const shifts = await publishedShifts(deps.db, ctx.actor.scope, { fromDay: dayBefore(day), toDay: day });
  const w = beijingDayWindow(day);
  const pairs = handoverPairs(shifts, w.from.getTime(), w.to.getTime()) as {
    outgoing: Placed;
    incoming: Placed;
  }[];
  const ids = pairs.map((p) => p.incoming.assignmentId);
  const scheduled =
    ids.length === 0
      ? []
      : await deps.db
          .selectFrom('duty_handovers')
          .select(['id', 'incoming_assignment_id'])
          .where('incoming_assignment_id', 'in', ids)
          .execute();
  const done = new Map(scheduled.map((h) => [h.incoming_assignment_id, h.id]));
  return {
    day,
    items: pairs.map(({ outgoing, incoming }) => ({
      outgoingAssignmentId: outgoing.assignmentId,
      incomingAssignmentId: incoming.assignmentId,
      post: { zh: incoming.postZh, en: incoming.postEn },
      outgoing: { id: outgoing.userId, name: outgoing.userName, shiftCode: outgoing.shiftCode },
      incoming: { id: incoming.userId, name: incoming.userName, shiftCode: incoming.shiftCode },
      outgoingShiftStart: new Date(outgoing.from),
      shiftStart: new Date(incoming.from),
      shiftEnd: new Date(incoming.to),
      handoverId: done.get(incoming.assignmentId) ?? null,
    })),
  };
};

/** Schedules the hand-over between two assignments of a published plan; they must be a pair the plan calls for. */
export const scheduleFromPlan = async (
  deps: Deps,
  ctx: RequestCtx,
  body: { outgoingAssignmentId: string; incomingAssignmentId: string; note?: string | undefined },
) => {
  const placed = await publishedShifts(deps.db, ctx.actor.scope, {
    ids: [body.outgoingAssignmentId, body.incomingAssignmentId],
  });
  const out = placed.find((p) => p.assignmentId === body.outgoingAssignmentId);
  const inc = placed.find((p) => p.assignmentId === body.incomingAssignmentId);
  if (!out || !inc || out.postId !== inc.postId || out.to !== inc.from || out.userId === inc.userId)
    throw new AppError('HANDOVER_PLAN_PAIR_INVALID');
  const taken = await deps.db
    .selectFrom('duty_handovers')
    .select('id')
    .where('incoming_assignment_id', '=', inc.assignmentId)
    .executeTakeFirst();
  if (taken) throw new AppError('HANDOVER_ALREADY_SCHEDULED', { handoverId: taken.id });
  return scheduleHandover(deps, ctx, {
    post: inc.postZh,
    outgoingShiftStart: new Date(out.from).toISOString(),
    shiftStart: new Date(inc.from).toISOString(),
    shiftEnd: new Date(inc.to).toISOString(),
    outgoingUserId: out.userId,
    incomingUserId: inc.userId,
    note: body.note,
    outgoingAssignmentId: out.assignmentId,
    incomingAssignmentId: inc.assignmentId,
  });
};
