import { describe, expect, it } from 'vitest';
import type { CalendarData } from '../calendar/index.ts';
import { type DayCounts, dayClassifier, forecastCalls, INTERVALS_PER_DAY } from './forecast.ts';

/** The 2025 National Day notice: 1–8 October off, Sunday 28 September and Saturday 11 October worked. */
const CAL: CalendarData = {
  id: 'CN',
  name: 'test',
  timeZone: 'Asia/Shanghai',
  weekendDays: [0, 6],
  holidays: [
    '2025-10-01',
    '2025-10-02',
    '2025-10-03',
    '2025-10-04',
    '2025-10-05',
    '2025-10-06',
    '2025-10-07',
    '2025-10-08',
  ],
  makeUpWorkdays: ['2025-09-28', '2025-10-11'],
  publishedYears: [2025],
  workingHours: '24x7',
};
const classify = dayClassifier(CAL);

const flat = (date: string, n: number): DayCounts => ({ date, calls: new Array(INTERVALS_PER_DAY).fill(n) });
const addDays = (date: string, k: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10);

describe('day classes from the calendar', () => {
  it('puts holidays and make-up days before the weekday', () => {
    expect(classify('2025-10-01')).toBe('holiday'); // a Wednesday
    expect(classify('2025-10-04')).toBe('holiday'); // a Saturday inside the holiday
    expect(classify('2025-09-28')).toBe('makeUpWorkday'); // a Sunday worked
    expect(classify('2025-10-11')).toBe('makeUpWorkday'); // a Saturday worked
    expect(classify('2025-09-29')).toBe('mon');
    expect(classify('2025-10-12')).toBe('sun');
  });
});

describe('forecast by day class', () => {
  it('weights the last four same weekdays 4:3:2:1, most recent first', () => {
    // Mondays 1, 8, 15, 22 September with 10, 20, 30, 40 calls per interval; older ones must not count.
    const history = [flat('2025-08-25', 999), flat('2025-09-01', 10), flat('2025-09-08', 20)];
    history.push(flat('2025-09-15', 30), flat('2025-09-22', 40));
    const [day] = forecastCalls(history, ['2025-09-29'], classify);
    expect(day!.dayClass).toBe('mon');
    expect(day!.basedOn).toEqual(['2025-09-22', '2025-09-15', '2025-09-08', '2025-09-01']);
    expect(day!.calls[0]).toBeCloseTo((4 * 40 + 3 * 30 + 2 * 20 + 10) / 10, 10);
  });

  it('keeps the interval shape of the day', () => {
    const shaped = (date: string): DayCounts => ({
      date,
      calls: Array.from({ length: INTERVALS_PER_DAY }, (_, i) => (i >= 18 && i < 36 ? 60 : 5)),
    });
    const history = [0, 7, 14, 21].map((k) => shaped(addDays('2025-09-02', k)));
    const [tue] = forecastCalls(history, ['2025-09-30'], classify);
    expect(tue!.calls[10]).toBe(5);
    expect(tue!.calls[20]).toBe(60);
  });

  it('forecasts a holiday from past holidays, and keeps holidays out of the weekday pattern', () => {
    // Wednesday 1 October was a holiday with 3 calls; ordinary Wednesdays have 50.
    const history = [
      flat('2025-09-17', 50),
      flat('2025-09-24', 50),
      flat('2025-10-01', 3),
      flat('2025-10-02', 5),
    ];
    const [holiday, wed] = forecastCalls(history, ['2025-10-03', '2025-10-15'], classify);
    expect(holiday!.dayClass).toBe('holiday');
    expect(holiday!.basedOn).toEqual(['2025-10-02', '2025-10-01']);
    expect(holiday!.calls[0]).toBeCloseTo((2 * 5 + 3) / 3, 10);
    expect(wed!.dayClass).toBe('wed');
    expect(wed!.calls[0]).toBe(50);
  });

  it('forecasts a make-up Saturday as a make-up day, not a Saturday', () => {
    const history = [flat('2025-09-27', 8), flat('2025-09-28', 45), flat('2025-10-04', 2)];
    const [makeUp] = forecastCalls(history, ['2025-10-11'], classify);
    expect(makeUp).toMatchObject({
      dayClass: 'makeUpWorkday',
      basedOnClass: 'makeUpWorkday',
      basedOn: ['2025-09-28'],
    });
    expect(makeUp!.calls[0]).toBe(45);
  });

  it('falls back to the stand-in class and says so; no history at all gives zeros and no basis', () => {
    const history = [flat('2025-09-22', 40), flat('2025-09-21', 12)];
    const [makeUp, holiday] = forecastCalls(history, ['2025-09-28', '2025-10-01'], classify);
    expect(makeUp).toMatchObject({ dayClass: 'makeUpWorkday', basedOnClass: 'mon', basedOn: ['2025-09-22'] });
    expect(holiday).toMatchObject({ dayClass: 'holiday', basedOnClass: 'sun', basedOn: ['2025-09-21'] });
    const [none] = forecastCalls([], ['2025-09-30'], classify);
    expect(none).toMatchObject({ basedOnClass: null, basedOn: [] });
    expect(none!.calls.every((c) => c === 0)).toBe(true);
  });

  it('never uses the day it predicts or later ones (back-testing is honest)', () => {
    const history = [flat('2025-09-15', 10), flat('2025-09-22', 1000)];
    const [day] = forecastCalls(history, ['2025-09-22'], classify);
    expect(day!.basedOn).toEqual(['2025-09-15']);
  });

  it('refuses a day of the wrong length or a negative count', () => {
    expect(() => forecastCalls([{ date: '2025-09-01', calls: [1, 2] }], [], classify)).toThrow(RangeError);
    expect(() => forecastCalls([flat('2025-09-01', -1)], [], classify)).toThrow(RangeError);
  });
});
