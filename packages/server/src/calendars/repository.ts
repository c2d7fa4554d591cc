import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { CalendarRowTable } from '../db/schema.ts';

type Q = Db | Tx;

export type CalendarRow = Omit<CalendarRowTable, 'version'> & { version: number };
export type CalendarDayRow = { day: string; type: string; name: string };

export const findCalendar = (q: Q, id: string, forUpdate = false) => {
  const query = q.selectFrom('calendars').selectAll().where('id', '=', id);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst() as Promise<CalendarRow | undefined>;
};

export const calendarVersions = async (q: Q, ids: string[]) =>
  new Map(
    (await q.selectFrom('calendars').select(['id', 'version']).where('id', 'in', ids).execute()).map((r) => [
      r.id,
      r.version,
    ]),
  );

/** Days of a calendar, optionally only one local year. */
export const calendarDays = (q: Q, calendarId: string, year?: number) => {
  let query = q
    .selectFrom('calendar_days')
    .select(['day', 'type', 'name'])
    .where('calendar_id', '=', calendarId);
  if (year !== undefined)
    query = query.where('day', '>=', `${year}-01-01`).where('day', '<=', `${year}-12-31`);
  return query.orderBy('day').execute() as Promise<CalendarDayRow[]>;
};

/** National calendars, and the branch calendars of the given branches, with the branch names. */
export const listCalendars = (q: Q, scope: string[]) =>
  q
    .selectFrom('calendars as c')
    .leftJoin('branches as b', 'b.id', 'c.branch_id')
    .selectAll('c')
    .select(['b.name as branch_name', 'b.name_en as branch_name_en'])
    .where((eb) => eb.or([eb('c.kind', '=', 'national'), eb('c.branch_id', 'in', scope)]))
    .orderBy('c.kind', 'desc')
    .orderBy('c.id')
    .execute();

/**
 * The calendar a case of a branch runs on for a rule's base calendar: the branch calendar of the nearest branch
 * at or above it that has one (a sub-branch follows its provincial branch), else the base calendar itself.
 */
export const calendarForBranch = async (q: Q, baseCalendarId: string, branchId: string) => {
  const row = await sql<{ id: string }>`
    SELECT c.id FROM calendars c
      JOIN branches cb ON cb.id = c.branch_id
      JOIN branches own ON own.id = ${branchId}
    WHERE c.base_calendar_id = ${baseCalendarId} AND own.path LIKE cb.path || '%'
    ORDER BY length(cb.path) DESC
    LIMIT 1`.execute(q);
  return row.rows[0]?.id ?? baseCalendarId;
};

export const upsertDay = (tx: Tx, calendarId: string, day: string, type: string, name: string) =>
  tx
    .insertInto('calendar_days')
    .values({ calendar_id: calendarId, day, type, name })
    .onConflict((oc) => oc.columns(['calendar_id', 'day']).doUpdateSet({ type, name }))
    .execute();

export const deleteDay = (tx: Tx, calendarId: string, day: string) =>
  tx.deleteFrom('calendar_days').where('calendar_id', '=', calendarId).where('day', '=', day).execute();

export const replaceYears = async (
  tx: Tx,
  calendarId: string,
  years: readonly number[],
  days: readonly { date: string; type: string; name: string }[],
) => {
  for (const year of years)
    await tx
      .deleteFrom('calendar_days')
      .where('calendar_id', '=', calendarId)
      .where('day', '>=', `${year}-01-01`)
      .where('day', '<=', `${year}-12-31`)
      .execute();
  if (days.length > 0)
    await tx
      .insertInto('calendar_days')
      .values(days.map((d) => ({ calendar_id: calendarId, day: d.date, type: d.type, name: d.name })))
      .execute();
};

export const bumpCalendar = (tx: Tx, id: string, now: Date, publishedYears?: number[]) =>
  tx
    .updateTable('calendars')
    .set({
      version: sql`version + 1`,
      updated_at: now,
      ...(publishedYears ? { published_years: publishedYears } : {}),
    })
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();

/** Calendars whose data depends on this one: itself and the branch calendars layered over it. */
export const dependentCalendarIds = async (q: Q, id: string) => [
  id,
  ...(await q.selectFrom('calendars').select('id').where('base_calendar_id', '=', id).execute()).map(
    (r) => r.id,
  ),
];
