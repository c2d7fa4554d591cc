import {
  applyHolidayNotice,
  compileCalendar,
  diffCalendarDays,
  localDateOf,
  needsNextYearNotice,
  parseHolidayNotice,
  type Weekday,
} from '@claimline/domain/calendar';
import { appendAudit } from '../audit/audit.ts';
import * as repo from '../calendars/repository.ts';
import { effectiveCalendar, loadCalendarData } from '../calendars/store.ts';
import type { Tx } from '../db/database.ts';
import { recomputeOpenDeadlines } from '../deadlines/service.ts';
import { AppError } from '../errors.ts';
import type { Actor, Deps, RequestCtx } from '../http/context.ts';
import type { ImportInput, SetDayInput } from './schema.ts';

type ListedRow = Awaited<ReturnType<typeof repo.listCalendars>>[number];

/** Head-office staff (the root branch) keep the national calendar; a branch keeps its own. */
const atRoot = (actor: Actor) => actor.branchPath.split('/').filter(Boolean).length === 1;
const mayEdit = (actor: Actor, row: Pick<repo.CalendarRow, 'kind' | 'branch_id'>) =>
  row.kind === 'national' ? atRoot(actor) : row.branch_id !== null && actor.scope.includes(row.branch_id);
const maySee = (actor: Actor, row: Pick<repo.CalendarRow, 'kind' | 'branch_id'>) =>
  row.kind === 'national' || (row.branch_id !== null && actor.scope.includes(row.branch_id));

const DAY_TYPES = { national: ['holiday', 'makeUpWorkday'], branch: ['closed', 'open'] } as const;
const DEFAULT_NAMES: Record<string, string> = {
  holiday: '放假',
  makeUpWorkday: '调休上班',
  closed: '分公司休息',
  open: '分公司营业',
};

const summary = (row: ListedRow | repo.CalendarRow, base: repo.CalendarRow | undefined, ctx: RequestCtx) => {
  const published = base ? base.published_years : row.published_years;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    branchId: row.branch_id,
    branchName: 'branch_name' in row ? row.branch_name : null,
    baseCalendarId: row.base_calendar_id,
    workingHours: row.working_hours ?? base?.working_hours ?? null,
    weekendDays: row.weekend_days ?? base?.weekend_days ?? [0, 6],
    publishedYears: published,
    // From 1 November a missing next-year notice is due (the State Council publishes it in November).
    needsNextYearNotice: needsNextYearNotice({ publishedYears: published }, localDateOf(ctx.clock.now())),
    editable: mayEdit(ctx.actor, row),
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
};

export const listCalendars = async (deps: Deps, ctx: RequestCtx) => {
  const rows = await repo.listCalendars(deps.db, ctx.actor.scope);
  const byId = new Map<string, repo.CalendarRow>(rows.map((r) => [r.id, r]));
  return {
    today: localDateOf(ctx.clock.now()),
    items: rows.map((r) => summary(r, r.base_calendar_id ? byId.get(r.base_calendar_id) : undefined, ctx)),
  };
};

const visibleCalendar = async (q: Deps['db'] | Tx, ctx: RequestCtx, id: string, forUpdate = false) => {
  const row = await repo.findCalendar(q, id, forUpdate);
  if (!row || !maySee(ctx.actor, row)) throw new AppError('CALENDAR_NOT_FOUND');
  const base = row.base_calendar_id ? await repo.findCalendar(q, row.base_calendar_id) : undefined;
  return { row, base };
};

const editableCalendar = async (tx: Tx, ctx: RequestCtx, id: string, version: number | undefined) => {
  const found = await visibleCalendar(tx, ctx, id, true);
  if (!mayEdit(ctx.actor, found.row)) throw new AppError('CALENDAR_READ_ONLY');
  if (version !== undefined && version !== found.row.version)
    throw new AppError('CALENDAR_VERSION_CONFLICT', { currentVersion: found.row.version });
  return found;
};

/** One year of a calendar: its own entries and, for a branch, the national ones beneath them. */
export const calendarYear = async (deps: Deps, ctx: RequestCtx, id: string, year: number) => {
  const { row, base } = await visibleCalendar(deps.db, ctx, id);
  return {
    calendar: summary(row, base, ctx),
    year,
    days: await repo.calendarDays(deps.db, id, year),
    baseDays: base ? await repo.calendarDays(deps.db, base.id, year) : [],
  };
};

/** Sets or clears one day; the calendar must still compile, and open deadlines on it move. Audited. */
export const setCalendarDay = (deps: Deps, ctx: RequestCtx, id: string, day: string, input: SetDayInput) =>
  deps.db.transaction().execute(async (tx) => {
    const { row } = await editableCalendar(tx, ctx, id, input.version);
    const allowed: readonly string[] = DAY_TYPES[row.kind];
    if (input.type !== null && !allowed.includes(input.type))
      throw new AppError('CALENDAR_DAY_TYPE_INVALID', { allowed });
    const before =
      (await repo.calendarDays(tx, id, Number(day.slice(0, 4)))).find((d) => d.day === day) ?? null;
    const after =
      input.type === null ? null : { type: input.type, name: input.name ?? DEFAULT_NAMES[input.type]! };
    if (after) await repo.upsertDay(tx, id, day, after.type, after.name);
    else await repo.deleteDay(tx, id, day);
    await effectiveCalendar(tx, id, { fresh: true }); // refuses e.g. a make-up workday on a weekday
    const { version } = await repo.bumpCalendar(tx, id, ctx.clock.now());
    const moved = await recomputeOpenDeadlines(tx, await repo.dependentCalendarIds(tx, id));
    await appendAudit(tx, {
      at: ctx.clock.now(),
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'calendar.day.set',
      objectType: 'calendar',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { day, from: before, to: after, movedDeadlines: moved },
    });
    return {
      calendarId: id,
      day,
      type: after?.type ?? null,
      name: after?.name ?? null,
      version,
      movedDeadlines: moved,
    };
  });

const parseNotice = (row: repo.CalendarRow, input: ImportInput) => {
  if (row.kind !== 'national') throw new AppError('CALENDAR_NOT_NATIONAL');
  return parseHolidayNotice(input.text, input.format, {
    weekendDays: (row.weekend_days ?? [0, 6]) as Weekday[],
  });
};

/** What an import would change, for the administrator to confirm; changes nothing. */
export const previewImport = async (deps: Deps, ctx: RequestCtx, id: string, input: ImportInput) => {
  const { row } = await visibleCalendar(deps.db, ctx, id);
  if (!mayEdit(ctx.actor, row)) throw new AppError('CALENDAR_READ_ONLY');
  const notice = parseNotice(row, input);
  const current = await loadCalendarData(deps.db, id);
  return { ...diffCalendarDays(current, notice.days), version: row.version };
};

/** Replaces the notice's years with its days, marks them published, moves open deadlines. Audited. */
export const applyImport = (deps: Deps, ctx: RequestCtx, id: string, input: ImportInput) =>
  deps.db.transaction().execute(async (tx) => {
    const { row } = await editableCalendar(tx, ctx, id, input.version);
    const notice = parseNotice(row, input);
    const current = await loadCalendarData(tx, id);
    const diff = diffCalendarDays(current, notice.days);
    const next = applyHolidayNotice(current, notice.days, notice.years);
    compileCalendar(next);
    await repo.replaceYears(tx, id, notice.years, notice.days);
    const { version } = await repo.bumpCalendar(tx, id, ctx.clock.now(), [...next.publishedYears]);
    const moved = await recomputeOpenDeadlines(tx, await repo.dependentCalendarIds(tx, id));
    const counts = {
      years: diff.years,
      added: diff.added.length,
      removed: diff.removed.length,
      changedType: diff.changedType.length,
      renamed: diff.renamed.length,
      unchanged: diff.unchanged,
    };
    await appendAudit(tx, {
      at: ctx.clock.now(),
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'calendar.import',
      objectType: 'calendar',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { ...counts, format: input.format, movedDeadlines: moved },
    });
    const updated = await visibleCalendar(tx, ctx, id);
    return { ...diff, version, movedDeadlines: moved, calendar: summary(updated.row, updated.base, ctx) };
  });
