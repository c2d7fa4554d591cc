import { describe, expect, it } from 'vitest';
import { byDay, dayInfo, missingNoticeYear, weekdayOf } from './day-types.ts';

describe('calendar day layering in the console', () => {
  const national = byDay([
    { day: '2026-10-01', type: 'holiday', name: '国庆节' },
    { day: '2026-10-10', type: 'makeUpWorkday', name: '国庆节' },
  ]);
  const branch = byDay([
    { day: '2026-10-09', type: 'closed', name: '分公司休息' },
    { day: '2026-10-01', type: 'open', name: '值班' },
  ]);

  it('reads weekdays in UTC whatever the browser zone', () => {
    expect(weekdayOf('2026-10-10')).toBe(6);
  });

  it('puts the branch over the national notice over the weekend', () => {
    expect(dayInfo('2026-10-01', new Map(), national, [0, 6]).working).toBe(false);
    expect(dayInfo('2026-10-01', branch, national, [0, 6]).working).toBe(true);
    expect(dayInfo('2026-10-09', branch, national, [0, 6]).working).toBe(false);
    expect(dayInfo('2026-10-10', branch, national, [0, 6]).working).toBe(true);
    expect(dayInfo('2026-10-11', branch, national, [0, 6]).working).toBe(false);
    expect(dayInfo('2026-10-12', branch, national, [0, 6]).working).toBe(true);
  });

  it('names the year whose notice is missing', () => {
    expect(missingNoticeYear('2026-11-22', [2025, 2026])).toBe(2027);
    expect(missingNoticeYear('2027-01-05', [2025, 2026])).toBe(2027);
  });
});
