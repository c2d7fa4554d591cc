import { TASK_MACHINE, type TaskFacts } from '@claimline/domain/tasks';
import type { RequestCtx } from '../http/context.ts';
import { notifyPeople } from '../notifications/people.ts';
import { defineWorkflow, type MoveEnv } from '../workflow/run-move.ts';
import { findTask, type TaskPatch, type TaskRow, updateTaskVersioned } from './repository.ts';
import type { TaskMoveBody } from './schema.ts';

type Env = MoveEnv<TaskRow, TaskMoveBody, TaskPatch, string, TaskFacts>;

export const taskFacts = (row: TaskRow, ctx: RequestCtx, note?: string): TaskFacts => ({
  isAssignee: row.assignee_id === ctx.actor.id,
  isChecker: row.checker_id === ctx.actor.id,
  isGiver: row.given_by === ctx.actor.id,
  note,
});

const tell = async (env: Env, to: string, zh: string, en: string) => {
  await notifyPeople(env.tx, [to], { kind: 'warn', zh, en, now: env.now });
};

export const TASK_WORKFLOW = defineWorkflow(TASK_MACHINE)<TaskRow, TaskMoveBody, TaskPatch>({
  lock: (tx, ctx, id) => findTask(tx, id, ctx.actor.id, ctx.actor.scope, true),
  notFound: 'TASK_NOT_FOUND',
  stateOf: (t) => t.state,
  versionOf: (t) => t.version,
  facts: ({ row, ctx, input }) => taskFacts(row, ctx, input.note),
  effects: {
    meetDeadline: ({ patch, now, input }: Env) => {
      patch.next_action_at = null;
      if (input.event === 'complete') patch.done_at = now;
    },
    // The due time stays: sending work back does not give more time, it restarts the reminders.
    reopenDeadline: ({ patch, row, now }: Env) => {
      patch.done_at = null;
      patch.next_action_at =
        row.remind_at > now && !row.reminded_at ? row.remind_at : row.escalated_at ? null : row.due_at;
    },
    notifyChecker: (env: Env) =>
      tell(
        env,
        env.row.checker_id,
        `任务「${env.row.title}」已完成，请确认`,
        `Task "${env.row.title}" is done: please confirm`,
      ),
    notifyAssignee: (env: Env) => {
      if (env.input.event === 'confirm') env.patch.confirmed_at = env.now;
      if (env.input.note) env.patch.note = env.input.note;
      const label = TASK_MACHINE.events[env.input.event];
      return tell(
        env,
        env.row.assignee_id,
        `任务「${env.row.title}」：${label.zh}`,
        `Task "${env.row.title}": ${label.en}`,
      );
    },
  },
  patch: ({ to, now }) => ({ state: to, updated_at: now }),
  save: ({ tx, row, patch }: Env) => updateTaskVersioned(tx, row.id, row.version, patch),
  record: {
    caseId: () => null,
    objectType: 'teamTask',
    objectId: (t) => t.id,
    note: ({ input }) => input.note ?? null,
    details: (t) => ({ title: t.title, assignee: t.assignee_id }),
  },
});
