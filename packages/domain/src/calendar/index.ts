/*
 * The business calendar (C7): pure functions over calendar data, no I/O, no clock.
 *
 * - Data: `CalendarData` is what the server stores and an administrator edits; `nationalCalendarFromChineseDays`
 *   builds the seed row, `layerBranchCalendar` a branch's, `parseHolidayNotice` + `diffCalendarDays` +
 *   `applyHolidayNotice` import next year's notice, `needsNextYearNotice` says when one is due.
 * - Compile once per calendar version (`compileCalendar`, ~10 ms), then every operation is O(1) or O(log n).
 * - Instants are UTC `Date`s; days, weekends and working hours are Asia/Shanghai local time, whatever the process TZ.
 * - "N working days after" never counts the day of the start and ends at 24:00 of the Nth working day by default
 *   (Civil Code arts. 201, 203; seed 003 (五)); see `DeadlineMode` for closing time and same wall time.
 * - Every result says `calendarNotPublished` and which years when it relied on a year without a notice.
 * - Refusals are `DomainError`s: CALENDAR_INVALID, CALENDAR_IMPORT_INVALID, CALENDAR_INVALID_ARGUMENT,
 *   CALENDAR_OUT_OF_RANGE (outside 2000–2100), CALENDAR_SOURCE_YEAR_MISSING, CALENDAR_SOURCE_MISMATCH.
 */
export * from './branch.ts';
export * from './chinese-days-source.ts';
export { type BusinessCalendar, compileCalendar } from './engine.ts';
export { FIRST_YEAR, type IsoDate, LAST_YEAR, localDateOf, type Weekday } from './local-time.ts';
export * from './notice-diff.ts';
export * from './notice-import.ts';
export * from './types.ts';
export type { CalendarProblem } from './validate.ts';
export * from './working-days.ts';
export * from './working-time.ts';
