import { describe, expect, it } from 'vitest';
import { type ShiftCall, type ShiftCase, shiftStatistics } from './shift-statistics.ts';

const at = (hhmmss: string) => new Date(`2025-09-29T${hhmmss}+08:00`);
const WINDOW = { start: at('08:00:00'), end: at('16:00:00') };
const call = (ring: string, answer: string | null, hits = 0): ShiftCall => ({
  ringStartedAt: at(ring),
  answeredAt: answer === null ? null : at(answer),
  forbiddenPhraseHits: hits,
});
const kase = (kind: ShiftCase['kind'], created: string, done: string | null, hits = 0): ShiftCase => ({
  kind,
  createdAt: at(created),
  doneAt: done === null ? null : at(done),
  forbiddenPhraseHits: hits,
});

describe('shift statistics (第十条 统计表)', () => {
  it('counts the calls rung in the shift, answered within 3 rings of 5 s, and the abandoned ones', () => {
    const calls = [
      call('07:59:59', '08:00:05'), // the previous shift's
      call('08:00:00', '08:00:15'), // 15 s: still the third ring
      call('09:00:00', '09:00:16', 1), // fourth ring: late, and a forbidden phrase
      call('10:00:00', null), // abandoned
      call('15:59:58', '16:00:03'), // rang in this shift: counted here though answered after it
      call('16:00:00', '16:00:01'), // the next shift's
    ];
    expect(shiftStatistics(calls, [], WINDOW)).toMatchObject({
      callsOffered: 4,
      callsAnswered: 3,
      answeredWithinRings: 2,
      callsAbandoned: 1,
      forbiddenPhraseHits: 1,
    });
  });

  it('counts complaints and claim reports opened in the shift and every item still open at its end', () => {
    const cases = [
      kase('complaint', '09:00:00', null, 2),
      kase('claimReport', '10:00:00', '11:00:00'),
      kase('claimReport', '11:00:00', '17:00:00'), // closed after the shift: open at hand-over
      kase('consultation', '06:00:00', null), // older, still open: handed over too
      kase('consultation', '06:00:00', '07:00:00'), // done before the shift
      kase('complaint', '16:30:00', null), // the next shift's
    ];
    expect(shiftStatistics([], cases, WINDOW)).toMatchObject({
      complaints: 1,
      claimReports: 2,
      openItems: 3,
      forbiddenPhraseHits: 2,
    });
  });

  it('uses the hotline ring settings', () => {
    const calls = [call('08:00:00', '08:00:15')];
    expect(
      shiftStatistics(calls, [], WINDOW, { ringSeconds: 4, answerWithinRings: 3 }).answeredWithinRings,
    ).toBe(0);
  });

  it('refuses an empty window', () => {
    expect(() => shiftStatistics([], [], { start: WINDOW.end, end: WINDOW.start })).toThrow(RangeError);
  });
});
