import { randomUUID } from 'node:crypto';
import { addWorkingDays, NATIONAL_CALENDAR_ID } from '@claimline/domain/calendar';
import { TASK_MACHINE, TASK_REMINDER_WORKING_DAYS } from '@claimline/domain/tasks';
import { appendAudit } from '../audit/audit.ts';
import { calendarForBranch } from '../calendars/repository.ts';
import { effectiveCalendar } from '../calendars/store.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { notifyPeople } from '../notifications/people.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import { runMove } from '../workflow/run-move.ts';
import { findTask, groupStats, listTasks, namesOf, type TaskRow } from './repository.ts';
import type { AssignBody, AssignTeamBody, TaskMoveBody } from './schema.ts';
import { TASK_WORKFLOW, taskFacts } from './workflow.ts';

type Groups = Awaited<ReturnType<typeof groupStats>>;

const view = (t: TaskRow, names: Map<string, string>, ctx: RequestCtx, groups: Groups) => ({
  id: t.id,
  title: t.title,
  detail: t.detail,
  state: t.state,
  stateLabel: TASK_MACHINE.states[t.state as keyof typeof TASK_MACHINE.states] ?? { zh: '其他', en: 'Other' },
  version: t.version,
  assignee: { id: t.assignee_id, name: names.get(t.assignee_id) ?? '' },
  team: t.group_id && groups.has(t.group_id) ? { groupId: t.group_id, ...groups.get(t.group_id)! } : null,
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
  const groups = await groupStats(db, t.group_id ? [t.group_id] : []);
  return view(t, await namesOf(db, [t.assignee_id, t.given_by, t.checker_id]), ctx, groups);
};

/**
 * A lead gives a task: due after N working days on the assignee's branch calendar (24:00 of the last day), reminded
 * TASK_REMINDER_WORKING_DAYS before, escalated to the giver and the checker at the due time (tasks/sweep.ts).
 */
type Person = { id: string; branch_id: string };

/** One task row with its clock on the assignee's calendar, the assignee's notice and the audit row. */
const insertTask = async (
  tx: Tx,
  ctx: RequestCtx,
  b: Omit<AssignBody, 'assigneeId' | 'checkerId'>,
  assignee: Person,
  checkerId: string,
  team: { groupId: string; branchId: string } | null,
) => {
  const now = ctx.clock.now();
  const id = randomUUID();
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
      group_id: team?.groupId ?? null,
      team_branch_id: team?.branchId ?? null,
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
      ...(team ? { groupId: team.groupId, team: team.branchId } : {}),
    },
  });
  return id;
};

/** The checker (default the giver) must be an active person of the giver's scope. */
const checkerOf = async (tx: Tx, ctx: RequestCtx, checkerId: string | undefined) => {
  const id = checkerId ?? ctx.actor.id;
  const found = await tx
    .selectFrom('users')
    .select('id')
    .where('id', '=', id)
    .where('active', '=', true)
    .where('branch_id', 'in', ctx.actor.scope)
    .executeTakeFirst();
  if (!found) throw new AppError('TASK_PERSON_NOT_FOUND');
  return id;
};

/**
 * A lead gives a task: due after N working days on the assignee's branch calendar (24:00 of the last day), reminded
 * TASK_REMINDER_WORKING_DAYS before, escalated to the giver and the checker at the due time (tasks/sweep.ts).
 */
export const assignTask = async (deps: Deps, ctx: RequestCtx, b: AssignBody) => {
  const id = await deps.db.transaction().execute(async (tx) => {
    const checkerId = await checkerOf(tx, ctx, b.checkerId);
    const assignee = await tx
      .selectFrom('users')
      .select(['id', 'branch_id'])
      .where('id', '=', b.assigneeId)
      .where('active', '=', true)
      .where('branch_id', 'in', ctx.actor.scope)
      .executeTakeFirst();
    if (!assignee || b.assigneeId === ctx.actor.id) throw new AppError('TASK_PERSON_NOT_FOUND');
    return insertTask(tx, ctx, b, assignee, checkerId, null);
  });
  return loadView(deps.db, ctx, id);
};

/**
 * The same task for each active agent of a team (in this model a team is the agents of one branch under its lead),
 * each on their own clock and confirmed one by one; the giver sees the team's progress on every row.
 */
export const assignTeamTask = async (deps: Deps, ctx: RequestCtx, b: AssignTeamBody) => {
  const groupId = randomUUID();
  const ids = await deps.db.transaction().execute(async (tx) => {
    const checkerId = await checkerOf(tx, ctx, b.checkerId);
    if (!ctx.actor.scope.includes(b.teamBranchId)) throw new AppError('TASK_TEAM_EMPTY');
    const members = await tx
      .selectFrom('users')
      .select(['id', 'branch_id'])
      .where('branch_id', '=', b.teamBranchId)
      .where('role', '=', 'agent')
      .where('active', '=', true)
      .where('id', '!=', ctx.actor.id)
      .orderBy('username')
      .execute();
    if (members.length === 0) throw new AppError('TASK_TEAM_EMPTY');
    const out: string[] = [];
    for (const m of members)
      out.push(await insertTask(tx, ctx, b, m, checkerId, { groupId, branchId: b.teamBranchId }));
    return out;
  });
  const views = [];
  for (const id of ids) views.push(await loadView(deps.db, ctx, id));
  return { items: views };
};

export const moveTask = (deps: Deps, ctx: RequestCtx, id: string, body: TaskMoveBody) =>
  runMove(deps, ctx, TASK_WORKFLOW, id, body, (tx) => loadView(tx, ctx, id));

export const myTasks = async (deps: Deps, ctx: RequestCtx, box: 'mine' | 'given') => {
  const rows = await listTasks(deps.db, ctx.actor.id, box);
  const names = await namesOf(
    deps.db,
    rows.flatMap((t) => [t.assignee_id, t.given_by, t.checker_id]),
  );
  const groups = await groupStats(
    deps.db,
    rows.flatMap((t) => (t.group_id ? [t.group_id] : [])),
  );
  return { items: rows.map((t) => view(t, names, ctx, groups)) };
};
