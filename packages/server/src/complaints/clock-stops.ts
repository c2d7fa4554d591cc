import { randomUUID } from 'node:crypto';
import type { ClockStopReason } from '@claimline/domain/complaints';
import type { Db, Tx } from '../db/database.ts';
import { pauseDeadline, resumeDeadline, startDeadline } from '../deadlines/case-clock.ts';
import { DECISION_RULE_ID } from './rules.ts';

/**
 * The decision clock standing still (办法 2020 art. 18 ¶2: appraisal, testing or assessment by an outside body;
 * art. 23: mediation) and starting over when the complainant brings new facts and reasons (art. 18 ¶3). Each
 * stop is a row; the deadline itself is paused and later moved by the time stopped (deadlines/case-clock.ts).
 */

type Complaint = { caseId: string; branchId: string };

export const openClockStop = (tx: Db | Tx, caseId: string) =>
  tx
    .selectFrom('complaint_clock_stops')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();

export const clockStopsOf = (tx: Db | Tx, caseId: string) =>
  tx
    .selectFrom('complaint_clock_stops')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('started_at')
    .execute();

export const stopClock = async (
  tx: Tx,
  c: Complaint,
  input: { reason: ClockStopReason; note: string; noticeChannel: string | null; actorId: string; now: Date },
) => {
  const id = randomUUID();
  await tx
    .insertInto('complaint_clock_stops')
    .values({
      id,
      case_id: c.caseId,
      reason: input.reason,
      started_at: input.now,
      started_by: input.actorId,
      note: input.note,
      notice_channel: input.noticeChannel,
      ended_at: null,
      ended_by: null,
      end_note: null,
    })
    .execute();
  const dueWas = await pauseDeadline(tx, c.caseId, DECISION_RULE_ID, input.now);
  return {
    stopId: id,
    reason: input.reason,
    noticeChannel: input.noticeChannel,
    dueWas: dueWas?.toISOString(),
  };
};

export const endOpenStop = async (
  tx: Tx,
  caseId: string,
  actorId: string,
  now: Date,
  note: string | null,
) => {
  const open = await openClockStop(tx, caseId);
  if (!open) return null;
  await tx
    .updateTable('complaint_clock_stops')
    .set({ ended_at: now, ended_by: actorId, end_note: note })
    .where('id', '=', open.id)
    .execute();
  return open;
};

export const resumeClock = async (tx: Tx, c: Complaint, actorId: string, now: Date, note: string | null) => {
  const stop = await endOpenStop(tx, c.caseId, actorId, now, note);
  const due = await resumeDeadline(tx, c, DECISION_RULE_ID, now);
  return {
    stopId: stop?.id ?? null,
    reason: stop?.reason ?? null,
    stoppedMs: stop ? now.getTime() - stop.started_at.getTime() : 0,
    dueAt: due?.toISOString() ?? null,
  };
};

/** New facts and reasons: the limit counts again from today, from the base days, with no stop running. */
export const restartForNewFacts = async (tx: Tx, c: Complaint, actorId: string, now: Date, note: string) => {
  await endOpenStop(tx, c.caseId, actorId, now, note);
  const due = await startDeadline(tx, c, DECISION_RULE_ID, now);
  return { dueAt: due?.toISOString() ?? null };
};
