import { TASK_MACHINE, TASK_MAX_WORKING_DAYS } from '@claimline/domain/tasks';
import { z } from 'zod';
import { answers, instantDate, named, offeredMoveAnswer, stored, zhEn } from '../http/answers.ts';

export const taskIdParams = z.object({ id: z.uuid() });

/** What, by when (working days on the branch's business calendar) and who checks (default: the giver). */
export const assignBody = z.object({
  title: z.string().trim().min(2).max(120),
  detail: z.string().trim().max(2000).default(''),
  assigneeId: z.uuid(),
  checkerId: z.uuid().optional(),
  workingDays: z.number().int().min(1).max(TASK_MAX_WORKING_DAYS),
});
export type AssignBody = z.infer<typeof assignBody>;

/** The same task for every agent of a team (the active agents of one branch the giver leads). */
export const assignTeamBody = assignBody.omit({ assigneeId: true }).extend({ teamBranchId: z.uuid() });
export type AssignTeamBody = z.infer<typeof assignTeamBody>;

const events = Object.keys(TASK_MACHINE.events) as [
  keyof typeof TASK_MACHINE.events,
  ...(keyof typeof TASK_MACHINE.events)[],
];
export const taskMoveBody = z.object({
  event: z.enum(events),
  version: z.number().int().min(1).optional(),
  note: z.string().trim().max(500).optional(),
});
export type TaskMoveBody = z.infer<typeof taskMoveBody>;

export const taskListQuery = z.object({ box: z.enum(['mine', 'given']).default('mine') });

const person = z.object({ id: z.string(), name: z.string() });
export const taskAnswer = named(
  'TeamTask',
  z.object({
    id: z.string(),
    title: z.string(),
    detail: z.string(),
    state: stored(['assigned', 'done', 'confirmed', 'cancelled']),
    stateLabel: zhEn,
    version: z.number().int(),
    assignee: person,
    /** Given to a team: the team and how many of its tasks are done or confirmed. */
    team: z
      .object({
        groupId: z.string(),
        name: z.string(),
        members: z.number().int(),
        finished: z.number().int(),
      })
      .nullable(),
    givenBy: person,
    checker: person,
    workingDays: z.number().int(),
    dueAt: instantDate,
    overdue: z.boolean(),
    doneAt: instantDate.nullable(),
    confirmedAt: instantDate.nullable(),
    note: z.string().nullable(),
    createdAt: instantDate,
    moves: z.array(offeredMoveAnswer),
  }),
);
export const taskResponse = answers({ 200: taskAnswer });
export const taskCreatedResponse = answers({ 201: taskAnswer });
export const teamTaskCreatedResponse = answers({
  201: named('TeamTaskGroup', z.object({ items: z.array(taskAnswer) })),
});
export const taskListResponse = answers({
  200: named('TeamTaskList', z.object({ items: z.array(taskAnswer) })),
});
