import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimsDesk } from '../calendar/test-fixtures.ts';
import { daysOf, PERIOD_KINDS, periodOf, periodOfKey, periodsEndingAt, workingDaysIn } from './periods.ts';

describe('KPI periods on Beijing local days', () => {
  it('names days, ISO weeks from Monday, months and quarters', () => {
    expect(periodOf('week', '2026-12-07')).toEqual({
      kind: 'week',
      key: '2026-W50',
      from: '2026-12-07',
      to: '2026-12-13',
    });
    expect(periodOf('week', '2027-01-01').key).toBe('2026-W53');
    expect(periodOf('month', '2024-02-10')).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('quarter', '2026-11-30')).toMatchObject({
      key: '2026-Q4',
      from: '2026-10-01',
      to: '2026-12-31',
    });
  });

  it('a key gives back its period, and refuses what names none', () => {
    expect(periodOfKey('week', '2026-W50')?.from).toBe('2026-12-07');
    expect(periodOfKey('quarter', '2026-Q3')?.to).toBe('2026-09-30');
    expect(periodOfKey('month', '2026-13')).toBeUndefined();
    expect(periodOfKey('week', '2025-W53')).toBeUndefined();
    expect(periodOfKey('day', '2026-02-30')).toBeUndefined();
  });

  it('every day lies in exactly one period of each kind, and consecutive periods tile the days', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2001-01-01'), max: new Date('2099-12-01'), noInvalidDate: true }),
        fc.constantFrom(...PERIOD_KINDS),
        (d, kind) => {
          const day = d.toISOString().slice(0, 10);
          const p = periodOf(kind, day);
          expect(p.from <= day && day <= p.to).toBe(true);
          expect(periodOfKey(kind, p.key)).toEqual(p);
          const [a, b] = periodsEndingAt(kind, day, 2);
          if (!a || !b) throw new Error('two periods expected');
          const lastOfA = daysOf(a).at(-1);
          expect(lastOfA && new Date(`${lastOfA}T00:00Z`).getTime() + 86_400_000).toBe(
            new Date(`${b.from}T00:00Z`).getTime(),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts working days on the business calendar: National Day week out, the make-up Saturday in', () => {
    // 2025-10: 1–8 October off; Saturday 11 October is a 调休 working day.
    expect(workingDaysIn(claimsDesk, periodOf('month', '2025-10-15'))).toBe(18);
  });
});
