import { describe, expect, it } from 'vitest';
import { EARLIEST_ACCIDENT, reportDateProblems } from './report-dates.ts';

const at = (iso: string) => new Date(iso);
const fields = (ps: { field: string; code: string }[]) => ps.map((p) => `${p.field}:${p.code}`);

describe('reportDateProblems (dates of a claim report that cannot be true)', () => {
  it('accepts an accident learnt of at once or later, and the earliest day itself', () => {
    const occurredAt = at('2026-11-22T07:30:00+08:00');
    expect(reportDateProblems({ occurredAt })).toEqual([]);
    expect(reportDateProblems({ occurredAt, knewAt: occurredAt })).toEqual([]);
    expect(reportDateProblems({ occurredAt, knewAt: at('2026-11-30T09:00:00+08:00') })).toEqual([]);
    expect(reportDateProblems({ occurredAt: EARLIEST_ACCIDENT })).toEqual([]);
  });

  it('refuses a knew-at before the accident, on the knewAt field, in both languages', () => {
    const [p, ...rest] = reportDateProblems({
      occurredAt: at('2026-11-22T07:30:00+08:00'),
      knewAt: at('2026-11-22T07:29:59+08:00'),
    });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ field: 'knewAt', code: 'KNEW_BEFORE_ACCIDENT' });
    expect(p?.zh).toMatch(/\p{Script=Han}/u);
    expect(p?.en).not.toContain('|');
  });

  it('refuses an accident before the earliest policy year (1950), whatever the clock', () => {
    expect(fields(reportDateProblems({ occurredAt: at('1949-12-31T23:59:59+08:00') }))).toEqual([
      'occurredAt:ACCIDENT_TOO_EARLY',
    ]);
    expect(fields(reportDateProblems({ occurredAt: at('0001-01-01T00:00:00+08:00') }))).toEqual([
      'occurredAt:ACCIDENT_TOO_EARLY',
    ]);
  });

  it('with the clock, refuses an accident or a knew-at after now, each on its field', () => {
    const now = at('2026-11-22T10:00:00+08:00');
    expect(reportDateProblems({ occurredAt: now, knewAt: now }, now)).toEqual([]);
    expect(fields(reportDateProblems({ occurredAt: at('2026-11-22T10:00:01+08:00') }, now))).toEqual([
      'occurredAt:ACCIDENT_IN_FUTURE',
    ]);
    expect(
      fields(
        reportDateProblems(
          { occurredAt: at('2026-11-22T09:00:00+08:00'), knewAt: at('2026-11-23T09:00:00+08:00') },
          now,
        ),
      ),
    ).toEqual(['knewAt:ACCIDENT_IN_FUTURE']);
  });
});
