import { randomUUID } from 'node:crypto';
import { type DeadlineState, deadlineMessage, nextSweepStep } from '@claimline/domain/deadlines';
import { type AuditEntry, appendAudit } from '../audit/audit.ts';
import type { Tx } from '../db/database.ts';
import type { NotificationTable } from '../db/schema.ts';
import { ruleOf } from '../deadlines/service.ts';
import { claimDue, type DueRow, saveStep } from '../deadlines/sweep-repository.ts';
import { watchBusyLines } from '../handover/line-watch.ts';
import { escalateOverdueReliefs } from '../handover/relief-sweep.ts';
import type { Deps } from '../http/context.ts';
import { flagArticlesDueForReview } from '../knowledge/review-sweep.ts';
import { insertNotifications } from '../notifications/repository.ts';
import { sweepTasks } from '../tasks/sweep.ts';
import { insertSystemEvent } from '../timeline/repository.ts';
import * as repo from './repository.ts';

/** Rows one transaction claims; a sweep takes further batches until the backlog is done or MAX_BATCHES. */
export const SWEEP_BATCH = 500;
const MAX_BATCHES = 20;

export type SweepResult = { claimed: number; warned: number; escalated: number; notified: number };

const empty = (): SweepResult => ({ claimed: 0, warned: 0, escalated: 0, notified: 0 });

const notice = (
  userId: string,
  row: DueRow,
  kind: 'warn' | 'escalate',
  level: number,
  text: { zh: string; en: string },
  now: Date,
): NotificationTable => ({
  id: randomUUID(),
  user_id: userId,
  case_id: row.case_id,
  deadline_id: row.id,
  kind,
  escalation_level: level,
  message_zh: text.zh,
  message_en: text.en,
  created_at: now,
  read_at: null,
});

/** One claimed batch: warn, escalate, record; the audit rows go last so the chain lock is held only to commit. */
const sweepBatch = async (tx: Tx, now: Date, limit: number): Promise<SweepResult> => {
  const result = empty();
  const rows = await claimDue(tx, now, limit);
  result.claimed = rows.length;
  const audits: AuditEntry[] = [];
  for (const row of rows) {
    const rule = ruleOf(row);
    const step = nextSweepStep(
      {
        state: row.state as DeadlineState,
        escalationLevel: row.escalation_level,
        dueAt: row.due_at,
        warnAt: row.warn_at,
        warnedAt: row.warned_at,
        lastEscalatedAt: row.last_escalated_at,
      },
      rule,
      now,
    );
    if (!(await saveStep(tx, row, step.patch, now))) continue;
    if (step.action === 'warn') {
      const text = deadlineMessage({
        type: 'warn',
        kind: row.kind,
        caseNumber: row.case_number,
        dueAt: row.due_at,
      });
      result.notified += await insertNotifications(tx, [notice(row.owner_id, row, 'warn', 0, text, now)]);
      result.warned += 1;
    } else if (step.action === 'escalate') {
      const to = await repo.recipientsFor(tx, step.notify, row);
      const text = deadlineMessage({
        type: 'escalate',
        kind: row.kind,
        caseNumber: row.case_number,
        dueAt: row.due_at,
        step: step.notify,
        level: step.level,
      });
      result.notified += await insertNotifications(
        tx,
        to.map((u) => notice(u.id, row, 'escalate', step.level, text, now)),
      );
      const data = {
        deadlineId: row.id,
        deadlineKind: row.kind,
        dueAt: row.due_at.toISOString(),
        level: step.level,
        step: step.notify,
        notified: to.map((u) => u.name),
      };
      await insertSystemEvent(tx, {
        case_id: row.case_id,
        at: now,
        type: step.level === 1 ? 'deadlineBreached' : 'deadlineEscalated',
        data,
      });
      audits.push({
        at: now,
        actor: null,
        action: step.level === 1 ? 'deadline.breach' : 'deadline.escalate',
        objectType: 'case',
        objectId: row.case_id,
        result: 'success',
        requestId: null,
        ip: null,
        details: { ...data, caseNumber: row.case_number, notifiedIds: to.map((u) => u.id) },
      });
      result.escalated += 1;
    }
  }
  for (const entry of audits) await appendAudit(tx, entry);
  return result;
};

/**
 * One sweep at `deps.clock.now()`: every deadline whose warning, breach or next escalation is due moves one step.
 * Safe to run on every node at once and to repeat: rows are claimed with SKIP LOCKED and each step moves the
 * row's state, level or next-action time, so nobody is notified twice.
 */
export const sweepOnce = async (
  deps: Pick<Deps, 'db' | 'clock'>,
  options: { batchSize?: number } = {},
): Promise<SweepResult> => {
  const now = deps.clock.now();
  const limit = options.batchSize ?? SWEEP_BATCH;
  const total = empty();
  for (let i = 0; i < MAX_BATCHES; i++) {
    const r = await deps.db.transaction().execute((tx) => sweepBatch(tx, now, limit));
    total.claimed += r.claimed;
    total.warned += r.warned;
    total.escalated += r.escalated;
    total.notified += r.notified;
    if (r.claimed < limit) break;
  }
  return total;
};

export type DutySweepResult = { reliefsEscalated: number; busyLinesRaised: number; busyLinesCleared: number };

/**
 * The duty desk's timed rules, on the same tick (issue #16): a relief that has not confirmed the hand-over in time
 * goes to the manager (seed 000 第十一条), and each branch's line is looked at for a busy episode (第二条, 第七条).
 */
export const sweepDutyOnce = async (deps: Pick<Deps, 'db' | 'clock'>): Promise<DutySweepResult> => {
  const now = deps.clock.now();
  const reliefsEscalated = await deps.db.transaction().execute((tx) => escalateOverdueReliefs(tx, now));
  const lines = await watchBusyLines(deps.db, now);
  return { reliefsEscalated, busyLinesRaised: lines.raised, busyLinesCleared: lines.cleared };
};

export type Sweeper = { stop(): Promise<void> };

/** Runs `sweepOnce` every `intervalMs` (never two at once on a node) until stopped; errors are reported, not fatal. */
export const startDeadlineSweeper = (
  deps: Pick<Deps, 'db' | 'clock'>,
  options: { intervalMs: number; onError: (err: unknown) => void },
): Sweeper => {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    // The knowledge base's review dates and the ad-hoc tasks' clocks run on the same beat (issue #20).
    running = Promise.all([sweepOnce(deps), flagArticlesDueForReview(deps), sweepTasks(deps)])
      .catch(options.onError)
      .then(() => sweepDutyOnce(deps))
      .catch(options.onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs).unref();
      });
  };
  timer = setTimeout(tick, options.intervalMs).unref();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
};
