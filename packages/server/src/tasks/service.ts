import { randomUUID } from 'node:crypto';
import { addWorkingDays, NATIONAL_CALENDAR_ID } from '@claimline/domain/calendar';
import { TASK_MACHINE, TASK_REMINDER_WORKING_DAYS } from '@claimline/domain/tasks';
import { appendAudit } from '../audit/audit.ts';
import { calendarForBranch } from '../calendars/repository.ts';
import { effectiveCalendar } from '../calendars/store.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { notifyPeople } from '../handover/notify.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import { runMove } from '../workflow/run-move.ts';
import { findTask, listTasks, namesOf, type TaskRow } from './repository.ts';
import type { AssignBody, TaskMoveBody } from './schema.ts';
import { TASK_WORKFLOW, taskFacts } from './workflow.ts';

const view = (t: TaskRow, names: Map<string, string>, ctx: RequestCtx) => ({
  id: t.id,
  title: t.title,
  detail: t.detail,
  state: t.state,
  stateLabel: TASK_MACHINE.states[t.state as keyof typeof TASK_MACHINE.states] ?? { zh: '其他', en: 'Other' },
  version: t.version,
  assignee: { id: t.assignee_id, name: names.get(t.assignee_id) ?? '' },
  givenBy: { id: t.given_by, name: names.get(t.given_by) ?? '' },
  checker: { id: t.checker_id, name: names.get(t.checker_id) ?? '' },
  workingDays: t.working_days,
  dueAt: t.due_at,
  overdue: t.state === 'assigned' && t.due_at.getTime() <= ctx.clock.now().getTime(),
  doneAt: t.done_at,
  confirmedAt: t.confirmed_at,
  note: t.note,
  createdAt: t.created_at,
  moves: offeredMoves(TASK_MACHINE, t.state, taskFacts(t, ctx)),
});

const loadView = async (db: Db | Tx, ctx: RequestCtx, id: string) => {
  const t = await findTask(db, id, ctx.actor.id, ctx.actor.scope);
  if (!t) throw new AppError('TASK_NOT_FOUND');
  return view(t, await namesOf(db, [t.assignee_id, t.given_by, t.checker_id]), ctx);
};

/**
 * A lead gives a task: due after N working days on the assignee's branch calendar (24:00 of the last day), reminded
 * TASK_REMINDER_WORKING_DAYS before, escalated to the giver and the checker at the due time (tasks/sweep.ts).
 */
export const assignTask = async (deps: Deps, ctx: RequestCtx, b: AssignBody) => {
  const now = ctx.clock.now();
  const id = randomUUID();
  const checkerId = b.checkerId ?? ctx.actor.id;
  await deps.db.transaction().execute(async (tx) => {
    const people = await tx
      .selectFrom('users')
      .select(['id', 'branch_id'])
      .where('id', 'in', [b.assigneeId, checkerId])
      .where('active', '=', true)
      .where('branch_id', 'in', ctx.actor.scope)
      .execute();
    const assignee = people.find((p) => p.id === b.assigneeId);
    if (!assignee || !people.some((p) => p.id === checkerId) || b.assigneeId === ctx.actor.id)
      throw new AppError('TASK_PERSON_NOT_FOUND');
    const cal = (
      await effectiveCalendar(tx, await calendarForBranch(tx, NATIONAL_CALENDAR_ID, assignee.branch_id))
    ).compiled;
    const due = addWorkingDays(cal, now, b.workingDays).value;
    const remind =
      b.workingDays > TASK_REMINDER_WORKING_DAYS
        ? addWorkingDays(cal, now, b.workingDays - TASK_REMINDER_WORKING_DAYS).value
        : now;
    await tx
      .insertInto('team_tasks')
      .values({
        id,
        branch_id: assignee.branch_id,
        title: b.title,
        detail: b.detail,
        assignee_id: assignee.id,
        given_by: ctx.actor.id,
        checker_id: checkerId,
        state: 'assigned',
        working_days: b.workingDays,
        due_at: due,
        remind_at: remind,
        next_action_at: remind,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await notifyPeople(tx, [assignee.id], {
      kind: 'warn',
      zh: `${ctx.actor.displayName} 给您布置了任务「${b.title}」，${b.workingDays} 个工作日内完成`,
      en: `${ctx.actor.displayName} gave you a task "${b.title}", due in ${b.workingDays} working days`,
      now,
    });
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'teamTask.assign',
      objectType: 'teamTask',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: {
        title: b.title,
        assignee: assignee.id,
        checker: checkerId,
        workingDays: b.workingDays,
        dueAt: due.toISOString(),
      },
    });
  });
  return loadView(deps.db, ctx, id);
};

export const moveTask = (deps: Deps, ctx: RequestCtx, id: string, body: TaskMoveBody) =>
  runMove(deps, ctx, TASK_WORKFLOW, id, body, (tx) => loadView(tx, ctx, id));

export const myTasks = async (deps: Deps, ctx: RequestCtx, box: 'mine' | 'given') => {
  const rows = await listTasks(deps.db, ctx.actor.id, box);
  const names = await namesOf(
    deps.db,
    rows.flatMap((t) => [t.assignee_id, t.given_by, t.checker_id]),
  );
  return { items: rows.map((t) => view(t, names, ctx)) };
};
