import { appendAudit } from '../audit/audit.ts';
import type { Deps } from '../http/context.ts';
import { notifyPeople } from '../notifications/people.ts';

/** Tasks looked at per sweep. */
export const TASK_SWEEP_BATCH = 200;

/**
 * The clock of an open task, on the deadline sweeper's beat: at `remind_at` the assignee is reminded, at `due_at`
 * the giver and the checker are told it is overdue (one escalation step). `next_action_at` moves on each step, rows
 * are claimed with SKIP LOCKED, so every node may sweep and nobody is told twice.
 */
export const sweepTasks = async (deps: Pick<Deps, 'db' | 'clock'>) => {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom('team_tasks')
      .selectAll()
      .where('state', '=', 'assigned')
      .where('next_action_at', '<=', now)
      .limit(TASK_SWEEP_BATCH)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const t of due) {
      const escalate = t.due_at.getTime() <= now.getTime();
      if (escalate)
        await notifyPeople(tx, [t.given_by, t.checker_id], {
          kind: 'escalate',
          zh: `任务「${t.title}」已逾期未完成`,
          en: `Task "${t.title}" is overdue`,
          now,
        });
      else
        await notifyPeople(tx, [t.assignee_id], {
          kind: 'warn',
          zh: `任务「${t.title}」即将到期，请按时完成`,
          en: `Task "${t.title}" is due soon`,
          now,
        });
      await tx
        .updateTable('team_tasks')
        .set(
          escalate
            ? { escalated_at: now, next_action_at: null }
            : { reminded_at: now, next_action_at: t.due_at },
        )
        .where('id', '=', t.id)
        .execute();
      await appendAudit(tx, {
        at: now,
        actor: null,
        action: escalate ? 'teamTask.escalate' : 'teamTask.remind',
        objectType: 'teamTask',
        objectId: t.id,
        result: 'success',
        requestId: null,
        ip: null,
        details: { dueAt: t.due_at.toISOString() },
      });
    }
    return due.length;
  });
};
