/**
 * Needed versus staffed per 30-minute interval (issue #16 part 2): the branch's call records counted per local
 * interval, each day classed by the branch calendar (holidays, 调休), forecastCalls → staffingPlan (Erlang C or A,
 * 80 % in 20 s, shrinkage) → the agents to schedule, against the hotline-seat agents the plan puts there.
 */

import { NATIONAL_CALENDAR_ID } from '@claimline/domain/calendar';
import {
  type DayCounts,
  dayClassifier,
  forecastCalls,
  INTERVALS_PER_DAY,
  type RosterPlan,
  shiftSpan,
  staffingPlan,
} from '@claimline/domain/duty';
import { calendarForBranch } from '../calendars/repository.ts';
import { effectiveCalendar } from '../calendars/store.ts';
import type { Db, Tx } from '../db/database.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import type { Wanted } from './proposal-problem.ts';
import { type PlanRow, rosterOf } from './roster-model.ts';
import { DUTY_SETTINGS } from './settings.ts';
import { branchOf } from './setup-service.ts';

type Q = Db | Tx;
const DAY = 86_400_000;
const SHANGHAI = 8 * 3_600_000;
const STEP = 30 * 60_000;
const startOf = (date: string) => Date.parse(`${date}T00:00:00Z`) - SHANGHAI;
const dayOf = (ms: number) => new Date(ms + SHANGHAI).toISOString().slice(0, 10);

/** Inbound calls offered per local day and interval in [from, to). */
const history = async (q: Q, branchId: string, fromDate: string, toDate: string): Promise<DayCounts[]> => {
  const rows = await q
    .selectFrom('calls')
    .select('ring_started_at')
    .where('branch_id', '=', branchId)
    .where('direction', '=', 'inbound')
    .where('ring_started_at', '>=', new Date(startOf(fromDate)))
    .where('ring_started_at', '<', new Date(startOf(toDate)))
    .execute();
  const days = new Map<string, number[]>();
  for (let t = startOf(fromDate); t < startOf(toDate); t += DAY)
    days.set(dayOf(t), new Array(INTERVALS_PER_DAY).fill(0));
  for (const r of rows) {
    const ms = r.ring_started_at.getTime();
    const counts = days.get(dayOf(ms));
    if (counts) counts[Math.floor((ms - startOf(dayOf(ms))) / STEP)]! += 1;
  }
  return [...days].map(([date, calls]) => ({ date, calls }));
};

const forecastDays = async (
  q: Q,
  branchId: string,
  dates: string[],
  model: 'erlangC' | 'erlangA',
  shrinkage: number,
) => {
  const first = dates[0]!;
  const calendar = await effectiveCalendar(q, await calendarForBranch(q, NATIONAL_CALENDAR_ID, branchId));
  const hist = await history(q, branchId, dayOf(startOf(first) - DUTY_SETTINGS.historyDays * DAY), first);
  const forecast = forecastCalls(hist, dates, dayClassifier(calendar.data));
  const staffing = staffingPlan(
    forecast,
    DUTY_SETTINGS.serviceTarget,
    DUTY_SETTINGS.ahtSeconds,
    shrinkage,
    model === 'erlangC'
      ? { kind: 'erlangC' }
      : { kind: 'erlangA', patienceSeconds: DUTY_SETTINGS.patienceSeconds },
  );
  return { forecast, staffing };
};

/** The forecast's agents to schedule, asked of the first hotline-seat post, for the proposer. */
export const wantedFor = async (q: Q, branchId: string, roster: RosterPlan): Promise<Wanted | undefined> => {
  const seat = roster.posts.find((p) => p.kind === 'hotlineSeat');
  if (!seat) return undefined;
  const { staffing } = await forecastDays(q, branchId, [...roster.dates], 'erlangC', DUTY_SETTINGS.shrinkage);
  const byDate = new Map(staffing.map((d) => [d.date, d.intervals]));
  return (postId, date, interval) =>
    postId === seat.id ? (byDate.get(date)?.[interval]?.scheduled ?? 0) : 0;
};

export const staffingForecast = async (
  deps: Deps,
  ctx: RequestCtx,
  query: { branchId?: string; date: string; model: 'erlangC' | 'erlangA'; shrinkage?: number },
) => {
  const branchId = branchOf(ctx, query.branchId);
  const shrinkage = query.shrinkage ?? DUTY_SETTINGS.shrinkage;
  const { forecast, staffing } = await forecastDays(deps.db, branchId, [query.date], query.model, shrinkage);
  const planRow = await deps.db
    .selectFrom('duty_plans')
    .selectAll()
    .where('branch_id', '=', branchId)
    .where('month', '=', query.date.slice(0, 7))
    .executeTakeFirst();
  const staffed = new Array<number>(INTERVALS_PER_DAY).fill(0);
  if (planRow) {
    const roster = await rosterOf(deps.db, planRow as PlanRow);
    const seats = new Set(roster.posts.filter((p) => p.kind === 'hotlineSeat').map((p) => p.id));
    const shifts = new Map(roster.shifts.filter((s) => seats.has(s.postId)).map((s) => [s.id, s]));
    const base = startOf(query.date);
    for (const a of roster.assignments) {
      const shift = shifts.get(a.shiftId);
      if (!shift) continue;
      const { from, to } = shiftSpan(shift, a.date);
      for (let i = 0; i < INTERVALS_PER_DAY; i++)
        if (from <= base + i * STEP && to >= base + (i + 1) * STEP) staffed[i]! += 1;
    }
  }
  const day = forecast[0]!;
  return {
    branchId,
    date: query.date,
    dayClass: day.dayClass,
    basedOn: day.basedOn,
    model: query.model,
    shrinkage,
    planId: planRow?.id ?? null,
    intervals: staffing[0]!.intervals.map((iv) => ({
      interval: iv.interval,
      start: `${String(Math.floor(iv.interval / 2)).padStart(2, '0')}:${iv.interval % 2 ? '30' : '00'}`,
      calls: iv.calls,
      required: iv.required,
      needed: iv.scheduled,
      staffed: staffed[iv.interval]!,
      under: staffed[iv.interval]! < iv.scheduled,
    })),
  };
};
