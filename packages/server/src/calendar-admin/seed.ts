import {
  calendarDays,
  chineseDaysYears,
  NATIONAL_CALENDAR_ID,
  nationalCalendarFromChineseDays,
} from '@claimline/domain/calendar';
import { sql } from 'kysely';
import { appendAudit } from '../audit/audit.ts';
import { SEED_RULE_CALENDAR, SEED_RULES } from '../deadlines/seed-rules.ts';
import type { Deps } from '../http/context.ts';

// Serialises the seeding of nodes that start together on one empty database.
const SEED_LOCK = 7_250_002;

export type CalendarSeedResult = { nationalDays: number; branchCalendars: number; rules: number };

/**
 * Idempotent: the national calendar from the chinese-days data (every year it has a State Council notice for),
 * one calendar per provincial branch (the branches directly under head office; sub-branches follow theirs), and
 * the seeded deadline rules. Existing rows are never changed, so an administrator's edits survive restarts.
 */
export const seedCalendars = async (deps: Pick<Deps, 'db' | 'clock'>): Promise<CalendarSeedResult> => {
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`.execute(tx);
    const result: CalendarSeedResult = { nationalDays: 0, branchCalendars: 0, rules: 0 };
    const national = await tx
      .selectFrom('calendars')
      .select('id')
      .where('id', '=', NATIONAL_CALENDAR_ID)
      .executeTakeFirst();
    if (!national) {
      const data = nationalCalendarFromChineseDays(chineseDaysYears());
      await tx
        .insertInto('calendars')
        .values({
          id: data.id,
          name: data.name,
          kind: 'national',
          branch_id: null,
          base_calendar_id: null,
          working_hours: JSON.stringify(data.workingHours),
          weekend_days: [...data.weekendDays],
          published_years: [...data.publishedYears],
          updated_at: now,
        })
        .execute();
      const days = calendarDays(data).map((d) => ({
        calendar_id: data.id,
        day: d.date,
        type: d.type,
        // chinese-days names every notice day; an unnamed weekday off would break the NOT NULL name.
        name: d.name || (d.type === 'holiday' ? '假日' : '调休上班'),
      }));
      for (let i = 0; i < days.length; i += 500)
        await tx
          .insertInto('calendar_days')
          .values(days.slice(i, i + 500))
          .execute();
      result.nationalDays = days.length;
    }
    const provincial = await sql<{ id: string; code: string; name: string }>`
      SELECT b.id, b.code, b.name FROM branches b JOIN branches p ON p.id = b.parent_id
       WHERE p.parent_id IS NULL
         AND NOT EXISTS (SELECT 1 FROM calendars c WHERE c.branch_id = b.id AND c.base_calendar_id = ${NATIONAL_CALENDAR_ID})
       ORDER BY b.path`.execute(tx);
    for (const b of provincial.rows) {
      await tx
        .insertInto('calendars')
        .values({
          id: `BR-${b.code}`,
          name: `${b.name}日历`,
          kind: 'branch',
          branch_id: b.id,
          base_calendar_id: NATIONAL_CALENDAR_ID,
          working_hours: null,
          weekend_days: null,
          published_years: [],
          updated_at: now,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      result.branchCalendars += 1;
    }
    const rules = await tx
      .insertInto('deadline_rules')
      .values(
        SEED_RULES.map((r) => ({
          id: r.id,
          kind: r.kind,
          case_kind: r.caseKind,
          starts_on: r.startsOn,
          unit: r.unit,
          amount: r.amount,
          calendar_id: r.unit === 'elapsedHours' ? null : SEED_RULE_CALENDAR,
          warn_before_minutes: r.warnBeforeMinutes,
          escalation_chain: r.escalationChain,
          escalate_every_minutes: r.escalateEveryMinutes,
          met_by: r.metBy,
          source: r.source,
          updated_at: now,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    result.rules = rules.length;
    if (result.nationalDays + result.branchCalendars + result.rules > 0)
      await appendAudit(tx, {
        at: now,
        actor: null,
        action: 'system.seedCalendars',
        objectType: 'calendar',
        objectId: null,
        result: 'success',
        requestId: null,
        ip: null,
        details: result,
      });
    return result;
  });
};
