import { localDateOf, NATIONAL_CALENDAR_ID } from '@claimline/domain/calendar';
import {
  KPI_IDS,
  type KpiCounters,
  type KpiId,
  kpiValues,
  type Period,
  type PeriodKind,
  periodOf,
  periodOfKey,
  periodsEndingAt,
  sumCounters,
  workingDaysIn,
} from '@claimline/domain/kpis';
import { calendarForBranch } from '../calendars/repository.ts';
import { effectiveCalendar } from '../calendars/store.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Actor, Deps, RequestCtx } from '../http/context.ts';
import { refreshKpis } from './refresher.ts';
import type { KpiScope } from './repository.ts';
import * as repo from './repository.ts';

type Q = Db | Tx;

export type ScopeQuery = { scope: KpiScope['kind']; id?: string | undefined };

/** The KPI values as answers carry them: in the registry's order, each with what it was computed from. */
export const valuesList = (c: KpiCounters) => {
  const v = kpiValues(c);
  return KPI_IDS.map((id) => ({ id, ...v[id] }));
};

/**
 * Whose figures the caller asked for, after the rules: an agent sees only their own; a lead or above may name
 * any agent or branch of their scope. Unnamed, the scope is the caller (agent), or the caller's branch.
 */
export const resolveScope = async (q: Q, actor: Actor, query: ScopeQuery) => {
  const mayTeam = actor.permissions.includes('kpi.team');
  if (query.scope === 'agent') {
    const id = query.id ?? actor.id;
    if (id !== actor.id && !mayTeam) throw new AppError('KPI_SCOPE_FORBIDDEN');
    const user = await repo.findUser(q, id);
    if (!user || !actor.scope.includes(user.branch_id)) throw new AppError('KPI_SCOPE_NOT_FOUND');
    return {
      scope: { kind: 'agent', agentId: id } as KpiScope,
      name: user.display_name,
      branchId: user.branch_id,
    };
  }
  if (!mayTeam) throw new AppError('KPI_SCOPE_FORBIDDEN');
  const id = query.id ?? actor.branchId;
  const branch = actor.scope.includes(id) ? await repo.findBranch(q, id) : undefined;
  if (!branch) throw new AppError('KPI_SCOPE_NOT_FOUND');
  const scope: KpiScope =
    query.scope === 'team' ? { kind: 'team', branchId: id } : { kind: 'branch', branchId: id };
  return { scope, name: branch.name, branchId: id };
};

export const periodFor = (kind: PeriodKind, key: string | undefined, now: Date): Period => {
  if (key === undefined) return periodOf(kind, localDateOf(now));
  const p = periodOfKey(kind, key);
  if (!p) throw new AppError('KPI_PERIOD_INVALID', { kind, key });
  return p;
};

/** Working days of the period on the branch's business calendar (national, with the province's changes). */
const workingDaysOf = async (q: Q, branchId: string, p: Period) =>
  workingDaysIn(
    (await effectiveCalendar(q, await calendarForBranch(q, NATIONAL_CALENDAR_ID, branchId))).compiled,
    p,
  );

/**
 * Every KPI of one agent, team or branch for one period. Also what an assessment reads (issue #17 part 4): call
 * it with an agent scope and the month or quarter under review.
 */
export const kpiReport = async (
  deps: Deps,
  ctx: RequestCtx,
  query: ScopeQuery & { period: PeriodKind; key?: string | undefined },
) => {
  await refreshKpis(deps);
  const who = await resolveScope(deps.db, ctx.actor, query);
  const period = periodFor(query.period, query.key, ctx.clock.now());
  const counters = await repo.countersOf(deps.db, who.scope, ctx.actor.scope, period);
  return {
    scope: {
      kind: who.scope.kind,
      id: query.id ?? (who.scope.kind === 'agent' ? ctx.actor.id : ctx.actor.branchId),
      name: who.name,
    },
    period,
    workingDays: await workingDaysOf(deps.db, who.branchId, period),
    values: valuesList(counters),
  };
};

/** The last `count` periods of one scope, oldest first: the days are summed per period in the domain. */
export const kpiTrend = async (
  deps: Deps,
  ctx: RequestCtx,
  query: ScopeQuery & { period: PeriodKind; count: number },
) => {
  await refreshKpis(deps);
  const who = await resolveScope(deps.db, ctx.actor, query);
  return trendOf(deps.db, who.scope, ctx.actor.scope, query.period, query.count, ctx.clock.now());
};

export const trendOf = async (
  q: Q,
  scope: KpiScope,
  callerScope: readonly string[],
  kind: PeriodKind,
  count: number,
  now: Date,
) => {
  const periods = periodsEndingAt(kind, localDateOf(now), count);
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return [];
  const days = await repo.countersByDay(q, scope, callerScope, { from: first.from, to: last.to });
  return periods.map((p) => ({
    period: p,
    values: valuesList(sumCounters(days.filter((d) => d.day >= p.from && d.day <= p.to))),
  }));
};

/** The agents of a team (or branch) side by side for one period. */
export const agentsOf = async (q: Q, scope: KpiScope, callerScope: readonly string[], p: Period) =>
  (await repo.countersByAgent(q, scope, callerScope, p)).map((r) => ({
    agentId: r.agentId,
    name: r.name ?? '',
    agentNo: r.agentNo,
    values: valuesList(sumCounters([r])),
  }));

/** The child branches of a branch side by side, each with its whole subtree (head office's view). */
export const branchesOf = async (q: Q, parentId: string, callerScope: readonly string[], p: Period) => {
  const rows = await repo.countersByChildBranch(q, parentId, callerScope, p);
  const children = await repo.childBranches(q, parentId);
  return children
    .filter((c) => callerScope.includes(c.id))
    .map((c) => {
      const row = rows.find((r) => r.branchId === c.id);
      return {
        branchId: c.id,
        code: c.code,
        name: c.name,
        nameEn: c.name_en,
        values: valuesList(sumCounters(row ? [row] : [])),
      };
    });
};

/**
 * Every KPI of one agent for one period, for the assessment (issue #17 part 4) and the KPI export (part 6): no
 * request needed, the caller passes the data scope it holds. Refreshes stale days first like every read.
 */
export const agentPeriodValues = async (
  deps: { db: Db },
  agentId: string,
  callerScope: readonly string[],
  kind: PeriodKind,
  key: string,
) => {
  const period = periodOfKey(kind, key);
  if (!period) throw new AppError('KPI_PERIOD_INVALID', { kind, key });
  await refreshKpis(deps);
  return {
    period,
    values: valuesList(await repo.countersOf(deps.db, { kind: 'agent', agentId }, callerScope, period)),
  };
};

export type { KpiId };
