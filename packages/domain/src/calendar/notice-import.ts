import { DomainError } from '../core/index.ts';
import {
  epochDayOf,
  FIRST_YEAR,
  type IsoDate,
  LAST_YEAR,
  type Weekday,
  weekdayOfEpochDay,
} from './local-time.ts';
import type { CalendarDay, CalendarDayType } from './types.ts';

export type NoticeFormat = 'json' | 'csv';

export type NoticeRowError = { row: number; field?: string; reason: string; value?: unknown };

export type ParsedNotice = { days: CalendarDay[]; years: number[] };

// A year's notice has about 40 dated rows; far larger input is a wrong file, refused before any work.
const MAX_CHARS = 200_000;
const MAX_ROWS = 2_000;
const MAX_NAME = 50;
const MAX_REPORTED_ERRORS = 100;

/** Administrators type these in Excel, so the Chinese words of the notice are accepted too. */
const TYPES = new Map<string, CalendarDayType>([
  ['holiday', 'holiday'],
  ['放假', 'holiday'],
  ['makeupworkday', 'makeUpWorkday'],
  ['上班', 'makeUpWorkday'],
  ['补班', 'makeUpWorkday'],
]);
const COLUMNS = new Map<string, 'date' | 'type' | 'name'>([
  ['date', 'date'],
  ['日期', 'date'],
  ['type', 'type'],
  ['类型', 'type'],
  ['name', 'name'],
  ['名称', 'name'],
]);

type RawRow = { row: number; date: unknown; type: unknown; name: unknown };

const fail = (format: NoticeFormat, errors: NoticeRowError[]): DomainError =>
  new DomainError('CALENDAR_IMPORT_INVALID', {
    format,
    errorCount: errors.length,
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
  });

/** One CSV line into fields, RFC 4180 quoting ("a, b" and "" for a quote); undefined when a quote is left open. */
const splitCsvLine = (line: string): string[] | undefined => {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
};

const csvRows = (text: string, errors: NoticeRowError[]): RawRow[] => {
  const lines = text.split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '')?.map((h) => COLUMNS.get(h.trim().toLowerCase()));
  if (!header?.includes('date') || !header.includes('type') || !header.includes('name')) {
    errors.push({ row: 1, reason: 'headerMustBeDateTypeName', value: lines[0] });
    return [];
  }
  const rows: RawRow[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === '') return;
    const fields = splitCsvLine(line);
    if (!fields) {
      errors.push({ row: i + 1, reason: 'unterminatedQuote', value: line });
      return;
    }
    if (fields.length !== header.length) {
      errors.push({ row: i + 1, reason: 'wrongColumnCount', value: line });
      return;
    }
    const cell = (name: 'date' | 'type' | 'name') => fields[header.indexOf(name)]?.trim();
    rows.push({ row: i + 1, date: cell('date'), type: cell('type'), name: cell('name') });
  });
  return rows;
};

const jsonRows = (text: string, errors: NoticeRowError[]): RawRow[] => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    errors.push({ row: 0, reason: 'notJson', value: e instanceof Error ? e.message : String(e) });
    return [];
  }
  const list = Array.isArray(parsed)
    ? parsed
    : typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { days?: unknown }).days)
      ? (parsed as { days: unknown[] }).days
      : undefined;
  if (!list) {
    errors.push({ row: 0, reason: 'expectedArrayOrDays' });
    return [];
  }
  return list.map((item, i) => {
    const o = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const trim = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
    return { row: i + 1, date: trim(o.date), type: trim(o.type), name: trim(o.name) };
  });
};

/**
 * Reads next year's State Council notice as an administrator types it (rows of date, type, name) and checks every
 * row, reporting all bad rows at once with row numbers (CSV: line numbers, header = 1; JSON: 1-based index).
 * Make-up working days must fall on the weekend, or the row is almost certainly a typo.
 */
export const parseHolidayNotice = (
  text: string,
  format: NoticeFormat,
  options: { weekendDays?: readonly Weekday[] } = {},
): ParsedNotice => {
  if (format !== 'json' && format !== 'csv') {
    throw new DomainError('CALENDAR_IMPORT_INVALID', {
      format,
      errors: [{ row: 0, reason: 'unknownFormat' }],
    });
  }
  if (typeof text !== 'string' || text.trim() === '') throw fail(format, [{ row: 0, reason: 'empty' }]);
  if (text.length > MAX_CHARS) throw fail(format, [{ row: 0, reason: 'tooLarge', value: text.length }]);
  const errors: NoticeRowError[] = [];
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = format === 'csv' ? csvRows(source, errors) : jsonRows(source, errors);
  if (rows.length > MAX_ROWS) throw fail(format, [{ row: 0, reason: 'tooManyRows', value: rows.length }]);
  if (rows.length === 0 && errors.length === 0) errors.push({ row: 0, reason: 'noRows' });

  const weekend = new Set<number>(options.weekendDays ?? [0, 6]);
  const seen = new Map<IsoDate, number>();
  const days: CalendarDay[] = [];
  for (const r of rows) {
    const before = errors.length;
    const day = typeof r.date === 'string' ? epochDayOf(r.date) : undefined;
    const year = typeof r.date === 'string' ? Number(r.date.slice(0, 4)) : Number.NaN;
    if (day === undefined) errors.push({ row: r.row, field: 'date', reason: 'badDate', value: r.date });
    else if (year < FIRST_YEAR || year > LAST_YEAR)
      errors.push({ row: r.row, field: 'date', reason: 'yearOutOfRange', value: r.date });
    const type = typeof r.type === 'string' ? TYPES.get(r.type.toLowerCase()) : undefined;
    if (!type) errors.push({ row: r.row, field: 'type', reason: 'badType', value: r.type });
    if (typeof r.name !== 'string' || r.name === '')
      errors.push({ row: r.row, field: 'name', reason: 'missingName' });
    else if (r.name.length > MAX_NAME)
      errors.push({ row: r.row, field: 'name', reason: 'nameTooLong', value: r.name });
    if (errors.length > before || day === undefined || !type) continue;
    const date = r.date as IsoDate;
    const first = seen.get(date);
    if (first !== undefined) {
      errors.push({ row: r.row, field: 'date', reason: 'duplicateDate', value: { date, firstRow: first } });
      continue;
    }
    seen.set(date, r.row);
    if (type === 'makeUpWorkday' && !weekend.has(weekdayOfEpochDay(day))) {
      errors.push({ row: r.row, field: 'type', reason: 'makeUpWorkdayNotOnWeekend', value: date });
      continue;
    }
    days.push({ date, type, name: r.name as string });
  }
  if (errors.length > 0) throw fail(format, errors);
  days.sort((a, b) => (a.date < b.date ? -1 : 1));
  const years = [...new Set(days.map((d) => Number(d.date.slice(0, 4))))];
  return { days, years };
};
