import { FIRST_YEAR, LAST_YEAR } from '@claimline/domain/calendar';
import { z } from 'zod';
import { answers, instant, localDay, named, stored } from '../http/answers.ts';

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

// ——— Answers (calendar-admin/service.ts) ———

export const calendarSummaryAnswer = named(
  'CalendarSummary',
  z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['national', 'branch']),
    branchId: z.string().nullable(),
    branchName: z.string().nullable(),
    baseCalendarId: z.string().nullable(),
    /** The domain's WorkingHours: '24x7', time ranges, or ranges by weekday (null: the base calendar's). */
    workingHours: z.unknown(),
    weekendDays: z.array(z.number().int()),
    publishedYears: z.array(z.number().int()),
    needsNextYearNotice: z.boolean(),
    editable: z.boolean(),
    version: z.number().int(),
    updatedAt: instant,
  }),
);

export const calendarDayAnswer = named(
  'CalendarDayEntry',
  z.object({ day: localDay, type: stored(CALENDAR_DAY_TYPES), name: z.string() }),
);

const noticeDay = named(
  'NoticeDay',
  z.object({ date: localDay, type: z.enum(['holiday', 'makeUpWorkday']), name: z.string() }),
);

export const calendarDiffAnswer = named(
  'CalendarDiff',
  z.object({
    years: z.array(z.number().int()),
    added: z.array(noticeDay),
    removed: z.array(noticeDay),
    changedType: z.array(
      z.object({
        date: localDay,
        from: z.enum(['holiday', 'makeUpWorkday']),
        to: z.enum(['holiday', 'makeUpWorkday']),
        name: z.string(),
      }),
    ),
    renamed: z.array(z.object({ date: localDay, from: z.string(), to: z.string() })),
    unchanged: z.number().int(),
    version: z.number().int(),
  }),
);

export const calendarsResponse = answers({
  200: z.object({ today: localDay, items: z.array(calendarSummaryAnswer) }),
});
export const calendarYearResponse = answers({
  200: named(
    'CalendarYear',
    z.object({
      calendar: calendarSummaryAnswer,
      year: z.number().int(),
      days: z.array(calendarDayAnswer),
      baseDays: z.array(calendarDayAnswer),
    }),
  ),
});
export const setDayResponse = answers({
  200: named(
    'CalendarDaySet',
    z.object({
      calendarId: z.string(),
      day: localDay,
      type: z.enum(CALENDAR_DAY_TYPES).nullable(),
      name: z.string().nullable(),
      version: z.number().int(),
      movedDeadlines: z.number().int(),
    }),
  ),
});
export const previewImportResponse = answers({ 200: calendarDiffAnswer });
export const applyImportResponse = answers({
  200: named(
    'CalendarImported',
    calendarDiffAnswer.extend({ movedDeadlines: z.number().int(), calendar: calendarSummaryAnswer }),
  ),
});
