import { localDateOf } from '@claimline/domain/calendar';
import { type Period, periodOf, periodsEndingAt } from '@claimline/domain/kpis';
import { sql } from 'kysely';
import type { Deps, RequestCtx } from '../http/context.ts';
import { refreshKpis } from './refresher.ts';
import type { KpiScope } from './repository.ts';
import * as repo from './repository.ts';
import { agentsOf, branchesOf, trendOf, valuesList } from './service.ts';

/** How many months the manager's trend and state counts look back (the current month included). */
export const HOME_TREND_MONTHS = 6;

const todayOf = (ctx: RequestCtx) => periodOf('day', localDateOf(ctx.clock.now()));

/**
 * 我的一天: my month's figures, my calls of the last 7 days (answered within the ring limit, late, missed) and my
 * latest QA cards. Deadlines and shifts come from their own desks' answers (deadlines/mine, duty/my-shifts).
 */
export const agentHome = async (deps: Deps, ctx: RequestCtx) => {
  await refreshKpis(deps);
  const me: KpiScope = { kind: 'agent', agentId: ctx.actor.id };
  const now = ctx.clock.now();
  const month = periodOf('month', localDateOf(now));
  const qa = await sql<{ id: string; ref: string; score: number | null; hits: number; at: Date }>`
    SELECT c.id, c.call_id AS ref, s.score, s.hit_count AS hits, c.ring_started_at AS at
      FROM qa_scorecards s JOIN calls c ON c.id = s.call_id
     WHERE s.agent_id = ${ctx.actor.id} AND c.branch_id = ANY(${ctx.actor.scope}::uuid[])
     ORDER BY c.ring_started_at DESC LIMIT 5`.execute(deps.db);
  return {
    today: todayOf(ctx),
    month,
    values: valuesList(await repo.countersOf(deps.db, me, ctx.actor.scope, month)),
    days: await trendOf(deps.db, me, ctx.actor.scope, 'day', 7, now),
    qa: qa.rows.map((r) => ({ ...r, at: r.at.toISOString(), hits: Number(r.hits) })),
  };
};

/** 团队今日: the queue now, today's service level, and each agent's calls, QA hits and shift. */
export const teamHome = async (deps: Deps, ctx: RequestCtx) => {
  await refreshKpis(deps);
  const branchId = ctx.actor.branchId;
  const team: KpiScope = { kind: 'team', branchId };
  const today = todayOf(ctx);
  const queue = (
    await sql<{ ringing: string; open_cases: string; transfers: string }>`SELECT
      (SELECT count(*) FROM calls WHERE branch_id = ${branchId} AND state = 'ringing') AS ringing,
      (SELECT count(*) FROM cases WHERE branch_id = ${branchId} AND status NOT IN ('resolved','closed')) AS open_cases,
      (SELECT count(*) FROM cases WHERE branch_id = ${branchId} AND transfer_to_id IS NOT NULL) AS transfers`.execute(
      deps.db,
    )
  ).rows[0];
  // Who is on: today's published assignments of the team's branch, with each person's latest presence.
  const onDuty = await sql<{
    user_id: string;
    name: string;
    code: string;
    start: string;
    end: string;
    post_zh: string;
    post_en: string;
    presence: string | null;
  }>`
    SELECT a.user_id, u.display_name AS name, s.code, s.start_time AS start, s.end_time AS "end",
           d.name_zh AS post_zh, d.name_en AS post_en,
           (SELECT e.state FROM presence_events e WHERE e.user_id = a.user_id ORDER BY e.at DESC LIMIT 1) AS presence
      FROM duty_assignments a JOIN duty_plans p ON p.id = a.plan_id AND p.state = 'published' AND p.branch_id = ${branchId}
      JOIN duty_shift_templates s ON s.id = a.shift_id JOIN duty_posts d ON d.id = s.post_id
      JOIN users u ON u.id = a.user_id
     WHERE a.day = ${today.from}::date ORDER BY s.start_time, u.display_name`.execute(deps.db);
  const branch = await repo.findBranch(deps.db, branchId);
  return {
    today,
    branch: { id: branchId, name: branch?.name ?? '', nameEn: branch?.name_en ?? '' },
    queue: {
      ringing: Number(queue?.ringing ?? 0),
      openCases: Number(queue?.open_cases ?? 0),
      transfers: Number(queue?.transfers ?? 0),
    },
    values: valuesList(await repo.countersOf(deps.db, team, ctx.actor.scope, today)),
    agents: await agentsOf(deps.db, team, ctx.actor.scope, today),
    onDuty: onDuty.rows.map((r) => ({
      userId: r.user_id,
      name: r.name,
      shift: r.code,
      start: r.start,
      end: r.end,
      post: { zh: r.post_zh, en: r.post_en },
      presence: r.presence,
    })),
  };
};

const countByState = async (
  deps: Deps,
  ctx: RequestCtx,
  table: 'complaints' | 'claim_applications',
  window: Period,
) =>
  (
    await sql<{ state: string; n: string }>`SELECT x.state, count(*) AS n FROM ${sql.table(table)} x
      JOIN cases k ON k.id = x.case_id
     WHERE k.branch_id = ANY(${ctx.actor.scope}::uuid[])
       AND k.created_at >= (${window.from}::date::timestamp AT TIME ZONE 'Asia/Shanghai')
       AND k.created_at < ((${window.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
     GROUP BY x.state ORDER BY x.state`.execute(deps.db)
  ).rows.map((r) => ({ state: r.state, count: Number(r.n) }));

/** 机构概览: the branch's month, its monthly trend, and its complaints and claims by state over the same months. */
export const branchHome = async (deps: Deps, ctx: RequestCtx) => {
  await refreshKpis(deps);
  const scope: KpiScope = { kind: 'branch', branchId: ctx.actor.branchId };
  const now = ctx.clock.now();
  const month = periodOf('month', localDateOf(now));
  const months = periodsEndingAt('month', localDateOf(now), HOME_TREND_MONTHS);
  const window: Period = { kind: 'day', key: '', from: months[0]?.from ?? month.from, to: month.to };
  return {
    month,
    window: { from: window.from, to: window.to },
    values: valuesList(await repo.countersOf(deps.db, scope, ctx.actor.scope, month)),
    trend: await trendOf(deps.db, scope, ctx.actor.scope, 'month', HOME_TREND_MONTHS, now),
    complaints: await countByState(deps, ctx, 'complaints', window),
    claims: await countByState(deps, ctx, 'claim_applications', window),
  };
};

/** 各机构对比: head office's branches side by side for the month. */
export const branchesHome = async (deps: Deps, ctx: RequestCtx) => {
  await refreshKpis(deps);
  const month = periodOf('month', localDateOf(ctx.clock.now()));
  return { month, branches: await branchesOf(deps.db, ctx.actor.branchId, ctx.actor.scope, month) };
};
