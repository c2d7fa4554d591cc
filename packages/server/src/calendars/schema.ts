import { FIRST_YEAR, LAST_YEAR } from '@claimline/domain/calendar';
import { z } from 'zod';

/** A real local date 'YYYY-MM-DD' (2026-02-30 is refused here, not by the database). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, 'Not a calendar date|不是有效日期');

export const calendarIdParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/) });

export const calendarDayParams = calendarIdParams.extend({ day: isoDay });

export const yearQuery = z.object({ year: z.coerce.number().int().min(FIRST_YEAR).max(LAST_YEAR) });

export const CALENDAR_DAY_TYPES = ['holiday', 'makeUpWorkday', 'closed', 'open'] as const;
export type CalendarDayType = (typeof CALENDAR_DAY_TYPES)[number];

/** `type: null` clears the day back to what the base calendar (or the weekday) says. */
export const setDayBody = z.object({
  type: z.enum(CALENDAR_DAY_TYPES).nullable(),
  name: z.string().trim().min(1).max(50).optional(),
  version: z.number().int().min(1).optional(),
});
export type SetDayInput = z.infer<typeof setDayBody>;

export const importBody = z.object({
  format: z.enum(['json', 'csv']),
  // A year's notice has about 40 rows; the parser refuses anything near this size anyway.
  text: z.string().min(1).max(200_000),
  version: z.number().int().min(1).optional(),
});
export type ImportInput = z.infer<typeof importBody>;
