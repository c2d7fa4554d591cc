import { describe, expect, it } from 'vitest';
import { claimsDesk, wall } from '../calendar/test-fixtures.ts';
import { fixedClock } from '../core/index.ts';
import { LEGAL_CLOCKS, legalClockDue, legalClocksStartedBy } from './legal-clocks.ts';

/** The due instant, as Shanghai wall-clock time, of each clock a fact starts at the clock's "now". */
const dues = (
  at: string,
  fact: Parameters<typeof legalClocksStartedBy>[0],
  options?: Parameters<typeof legalClocksStartedBy>[1],
) => {
  const clock = fixedClock(at);
  return legalClocksStartedBy(fact, options).map((s) => [
    s.clock.id,
    s.days,
    wall(legalClockDue(s, clock.now(), claimsDesk).dueAt),
  ]);
};

describe('legal clocks of a claim application', () => {
  it('every clock cites the Insurance Law and counts calendar days', () => {
    for (const c of LEGAL_CLOCKS) {
      expect(c.citation.zh).toMatch(/^《中华人民共和国保险法》第二十[三四五]条/);
      expect(c.unit).toBe('calendarDays');
    }
  });

  it('complete materials start the art. 23 decision (30 days) and the art. 25 advance payment (60 days)', () => {
    // Tue 8 Sep 2026 15:00: day 1 is 9 Sep, day 30 is Thu 8 Oct (a working day after National Day) → 24:00.
    // Day 60 is Sat 7 Nov, a day off → Mon 9 Nov (Civil Code art. 203).
    expect(dues('2026-09-08T15:00:00+08:00', 'materialsComplete')).toEqual([
      ['claim-decision', 30, '2026-10-09 00:00'],
      ['claim-advance-payment', 60, '2026-11-10 00:00'],
    ]);
  });

  it('a last day in the National Day holiday moves to the next working day', () => {
    // Tue 1 Sep + 30 = Thu 1 Oct (holiday 1–7 Oct) → Thu 8 Oct, 24:00.
    expect(dues('2026-09-01T10:00:00+08:00', 'materialsComplete')[0]).toEqual([
      'claim-decision',
      30,
      '2026-10-09 00:00',
    ]);
  });

  it('counts from the Shanghai day of the fact, not the UTC one', () => {
    // 00:30 on Wed 1 Jul in Shanghai is still 30 Jun in UTC: day 30 is Fri 31 Jul, not Thu 30 Jul.
    expect(dues('2026-07-01T00:30:00+08:00', 'materialsComplete')[0]?.[2]).toBe('2026-08-01 00:00');
    expect(dues('2026-06-30T23:30:00+08:00', 'materialsComplete')[0]?.[2]).toBe('2026-07-31 00:00');
  });

  it('the contract may set another decision period (art. 23 "合同另有约定的除外"), not the others', () => {
    expect(dues('2026-09-08T15:00:00+08:00', 'materialsComplete', { contractDecisionDays: 10 })).toEqual([
      ['claim-decision', 10, '2026-09-19 00:00'],
      ['claim-advance-payment', 60, '2026-11-10 00:00'],
    ]);
    expect(() => legalClocksStartedBy('materialsComplete', { contractDecisionDays: 0 })).toThrow();
  });

  it('a refusal starts the art. 24 notice (3 days); a payment decision starts nothing', () => {
    // Wed 30 Sep + 3 = Sat 3 Oct (holiday) → Thu 8 Oct.
    expect(dues('2026-09-30T10:00:00+08:00', 'claimDecided', { decision: 'refuse' })).toEqual([
      ['claim-refusal-notice', 3, '2026-10-09 00:00'],
    ]);
    expect(dues('2026-09-30T10:00:00+08:00', 'claimDecided', { decision: 'pay' })).toEqual([]);
    expect(dues('2026-09-30T10:00:00+08:00', 'claimDecided', { decision: 'partial' })).toEqual([]);
    expect(dues('2026-09-30T10:00:00+08:00', 'claimDecided')).toEqual([]);
  });

  it('the agreement on the amount starts the art. 23 payment (10 days), across the Spring Festival', () => {
    // Tue 10 Feb 2026 + 10 = Fri 20 Feb (holiday 15–23 Feb) → Tue 24 Feb, 24:00.
    expect(dues('2026-02-10T16:00:00+08:00', 'payoutAgreed')).toEqual([
      ['claim-payment', 10, '2026-02-25 00:00'],
    ]);
  });
});
