import { nationalCalendarFromChineseDays } from './chinese-days-source.ts';
import { type BusinessCalendar, compileCalendar } from './engine.ts';
import type { CalendarData } from './types.ts';

/** Shared by the tests only: the national data for the two years the issue is about. */
export const national2025To2026: CalendarData = nationalCalendarFromChineseDays([2025, 2026]);

export const claimsDesk: BusinessCalendar = compileCalendar(national2025To2026);

export const hotline: BusinessCalendar = compileCalendar({
  ...national2025To2026,
  id: 'hotline',
  workingHours: '24x7',
});

/** A Shanghai wall-clock time as a UTC instant, written with an explicit offset so the process TZ never matters. */
export const sh = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+08:00`);

/** The instant as Shanghai wall-clock 'YYYY-MM-DD HH:mm', for readable assertions. */
export const wall = (d: Date): string =>
  new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
