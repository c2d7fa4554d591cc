/**
 * The statistics of the outgoing shift (seed 000 第十条 "交班人员对值班期间的工作要进行统计，生成统计表"), from plain
 * records the service reads: calls from the CTI log, cases from the case store. Pure; the window is given.
 */

import { answeredWithinRings, DEFAULT_RING_SETTINGS, type RingSettings } from '../calls/rings.ts';
import type { CaseKind } from '../cases/kinds.ts';

export type ShiftCall = {
  ringStartedAt: Date;
  answeredAt: Date | null;
  /** Forbidden phrases (服务禁语) found in the call's transcript by the guard. */
  forbiddenPhraseHits: number;
};

export type ShiftCase = {
  kind: CaseKind;
  createdAt: Date;
  /** When it was closed or resolved; null while still open. */
  doneAt: Date | null;
  /** Forbidden phrases sent anyway in its replies and notes (the guard's override count). */
  forbiddenPhraseHits: number;
};

/** The shift, start inclusive, end exclusive. */
export type ShiftWindow = { start: Date; end: Date };

export type ShiftStatistics = {
  callsOffered: number;
  callsAnswered: number;
  /** Seed 001 第二篇 七(一): answered within three rings (ring length from the hotline settings). */
  answeredWithinRings: number;
  /** Offered in the window and not answered by its end. */
  callsAbandoned: number;
  complaints: number;
  claimReports: number;
  /** Cases open at the end of the shift: the 未尽事宜 the incoming agent takes over (第十条). */
  openItems: number;
  forbiddenPhraseHits: number;
};

const inWindow = (at: Date, w: ShiftWindow) =>
  at.getTime() >= w.start.getTime() && at.getTime() < w.end.getTime();

export const shiftStatistics = (
  calls: readonly ShiftCall[],
  cases: readonly ShiftCase[],
  window: ShiftWindow,
  rings: RingSettings = DEFAULT_RING_SETTINGS,
): ShiftStatistics => {
  if (!(window.end.getTime() > window.start.getTime()))
    throw new RangeError('the shift must end after it starts');
  const end = window.end.getTime();
  const s: ShiftStatistics = {
    callsOffered: 0,
    callsAnswered: 0,
    answeredWithinRings: 0,
    callsAbandoned: 0,
    complaints: 0,
    claimReports: 0,
    openItems: 0,
    forbiddenPhraseHits: 0,
  };
  for (const c of calls) {
    if (!inWindow(c.ringStartedAt, window)) continue;
    s.callsOffered++;
    s.forbiddenPhraseHits += c.forbiddenPhraseHits;
    // A call ringing at the end of the shift and answered after it belongs to the shift that rang it.
    if (c.answeredAt === null) {
      s.callsAbandoned++;
      continue;
    }
    s.callsAnswered++;
    if (answeredWithinRings(c.ringStartedAt, c.answeredAt, rings)) s.answeredWithinRings++;
  }
  for (const k of cases) {
    if (k.createdAt.getTime() >= end) continue;
    if (inWindow(k.createdAt, window)) {
      if (k.kind === 'complaint') s.complaints++;
      if (k.kind === 'claimReport') s.claimReports++;
      s.forbiddenPhraseHits += k.forbiddenPhraseHits;
    }
    if (k.doneAt === null || k.doneAt.getTime() >= end) s.openItems++;
  }
  return s;
};
