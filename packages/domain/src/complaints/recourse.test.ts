import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendar, isWorkingDay, nationalCalendarFromChineseDays } from '../calendar/index.ts';
import { REVIEW_APPLICATION_DAYS, REVIEW_DECISION_DAYS, recourseText, reviewWindow } from './recourse.ts';

describe('decision letter recourse (办法 2020 arts. 19, 20)', () => {
  it('names the review by the superior institution with its 30 days, then mediation, arbitration, litigation', () => {
    const text = recourseText({ superiorName: '总公司' });
    expect(REVIEW_APPLICATION_DAYS).toBe(30);
    expect(REVIEW_DECISION_DAYS).toBe(30);
    expect(text).toContain('自收到本决定之日起30日内向总公司书面申请核查');
    expect(text).toContain('自收到核查申请之日起30日内作出核查决定');
    expect(text).toContain('调解、仲裁或者诉讼');
  });

  it('a head-office decision has no superior to review it: only mediation, arbitration and litigation', () => {
    const text = recourseText({ superiorName: null });
    expect(text).not.toContain('核查');
    expect(text).toContain('调解、仲裁或者诉讼');
  });

  it('the application period is a setting and always printed as set', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 365 }),
        fc.string({ minLength: 1, maxLength: 12 }),
        (days, name) => {
          const text = recourseText({ superiorName: name, applicationDays: days });
          expect(text).toContain(`${days}日内向${name}书面申请核查`);
        },
      ),
    );
  });
});

describe('reviewWindow (办法 2020 art. 20, 民法典 arts. 201, 203)', () => {
  const cal = compileCalendar(nationalCalendarFromChineseDays([2025, 2026]));
  const bjDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
  const addDays = (iso: string, n: number) =>
    new Date(Date.parse(iso) + n * 86_400_000).toISOString().slice(0, 10);
  const working = (iso: string) => isWorkingDay(cal, iso).value;

  it('runs 30 natural days from the day after the complainant was told, to 24:00 Beijing time of the last', () => {
    // Told on Mon 2026-11-02 at 15:00 Beijing time: day 1 is 11-03, day 30 is Wed 12-02.
    const told = new Date('2026-11-02T07:00:00Z');
    expect(reviewWindow(told, told, cal).lastDay).toBe('2026-12-02');
    expect(reviewWindow(told, new Date('2026-12-02T15:59:59Z'), cal).open).toBe(true); // 23:59:59 on 12-02
    expect(reviewWindow(told, new Date('2026-12-02T16:00:00Z'), cal).open).toBe(false); // 00:00 on 12-03
  });

  it('moves a last day that is a day off to the next working day (art. 203 ¶1)', () => {
    // Told on Thu 2026-11-05: day 30 is Sat 12-05, so the application is in time until Mon 12-07.
    const told = new Date('2026-11-05T02:00:00Z');
    expect(reviewWindow(told, told, cal).lastDay).toBe('2026-12-07');
    expect(reviewWindow(told, new Date('2026-12-07T15:59:59Z'), cal).open).toBe(true);
    expect(reviewWindow(told, new Date('2026-12-07T16:00:00Z'), cal).open).toBe(false);
  });

  it('counts Beijing days, not UTC days: told at 01:00 Beijing time is still that Beijing day', () => {
    const told = new Date('2026-11-01T17:00:00Z'); // Mon 2026-11-02 01:00 Beijing
    expect(reviewWindow(told, told, cal).lastDay).toBe('2026-12-02');
  });

  it('ends on the first working day from day 30 on, and is open until 24:00 of it, for any day told', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 9, 31) }),
        fc.integer({ min: 0, max: 45 * 86_400_000 }),
        (toldMs, afterMs) => {
          const now = new Date(toldMs + afterMs);
          const w = reviewWindow(new Date(toldMs), now, cal);
          const day30 = addDays(bjDay(toldMs), 30);
          expect(w.lastDay >= day30).toBe(true);
          expect(working(w.lastDay)).toBe(true);
          for (let d = day30; d < w.lastDay; d = addDays(d, 1)) expect(working(d), d).toBe(false);
          expect(w.open).toBe(now.getTime() < Date.parse(`${w.lastDay}T16:00:00Z`));
        },
      ),
    );
  });
});
