import { sql } from 'kysely';
import type { Deps, RequestCtx } from '../http/context.ts';
import type { KpiScope } from './repository.ts';
import { resolveScope, type ScopeQuery } from './service.ts';

/** Rows a chart's bar stands for, at most this many (the list says how many there are in all). */
export const DRILL_LIMIT = 200;

export const DRILL_SOURCES = ['calls', 'cases', 'complaints', 'claims'] as const;
export type DrillSource = (typeof DRILL_SOURCES)[number];

/** How a call ended for the KPIs: answered within the ring limit, answered late, or never answered. */
export const CALL_OUTCOMES = ['inRings', 'late', 'abandoned'] as const;

export type DrillQuery = ScopeQuery & {
  source: DrillSource;
  from: string;
  to: string;
  /** A call outcome, a case status, a complaint or claim-application state: the bar that was clicked. */
  state?: string | undefined;
};

/** Which rows belong to the scope: the same attribution as the rollup (rollup.ts). */
const whose = (scope: KpiScope, branchCol: string, agentCol: string) => {
  switch (scope.kind) {
    case 'agent':
      return sql`${sql.ref(agentCol)} = ${scope.agentId}`;
    case 'team':
      return sql`${sql.ref(branchCol)} = ${scope.branchId}`;
    case 'branch':
      return sql`${sql.ref(branchCol)} IN (SELECT s.id FROM branches s JOIN branches p ON p.id = ${scope.branchId}
        WHERE s.path LIKE p.path || '%')`;
  }
};

const dayRange = (col: string, from: string, to: string) =>
  sql`${sql.ref(col)} >= (${from}::date::timestamp AT TIME ZONE 'Asia/Shanghai')
    AND ${sql.ref(col)} < ((${to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;

type DrillRow = {
  id: string;
  ref: string;
  at: Date;
  agent_name: string | null;
  kind: string | null;
  state: string;
  measure: number | null;
  flag: boolean | null;
  total: string;
};

/**
 * The rows behind a chart's bar or point: the calls of an answer-speed bar, the complaints of a state… Held to the
 * caller's scope like every read; no personal data (numbers and names of customers stay on the detail pages).
 */
export const drillRows = async (deps: Deps, ctx: RequestCtx, query: DrillQuery) => {
  const who = await resolveScope(deps.db, ctx.actor, query);
  const inCaller = (col: string) => sql`${sql.ref(col)} = ANY(${ctx.actor.scope}::uuid[])`;
  const state = query.state ?? null;
  let rows: DrillRow[];
  if (query.source === 'calls') {
    rows = (
      await sql<DrillRow>`SELECT *, count(*) OVER () AS total FROM (
        SELECT c.id, c.call_id AS ref, c.ring_started_at AS at, u.display_name AS agent_name, c.direction AS kind,
          CASE WHEN c.answered_at IS NULL THEN 'abandoned' WHEN c.answered_within_rings THEN 'inRings' ELSE 'late' END AS state,
          extract(epoch FROM c.answered_at - c.ring_started_at)::float8 AS measure, NULL::boolean AS flag
        FROM calls c LEFT JOIN users u ON u.id = c.agent_id
        WHERE ${inCaller('c.branch_id')} AND ${whose(who.scope, 'c.branch_id', 'c.agent_id')}
          AND ${dayRange('c.ring_started_at', query.from, query.to)}) x
        WHERE ${state}::text IS NULL OR x.state = ${state}
        ORDER BY x.at DESC LIMIT ${DRILL_LIMIT}`.execute(deps.db)
    ).rows;
  } else if (query.source === 'cases') {
    rows = (
      await sql<DrillRow>`SELECT k.id, k.number AS ref, k.created_at AS at, u.display_name AS agent_name, k.kind,
          k.status AS state, NULL::float8 AS measure, k.first_contact_resolution AS flag, count(*) OVER () AS total
        FROM cases k LEFT JOIN users u ON u.id = k.owner_id
        WHERE ${inCaller('k.branch_id')} AND ${whose(who.scope, 'k.branch_id', 'k.owner_id')}
          AND ${dayRange('k.created_at', query.from, query.to)} AND (${state}::text IS NULL OR k.status = ${state})
        ORDER BY k.created_at DESC LIMIT ${DRILL_LIMIT}`.execute(deps.db)
    ).rows;
  } else if (query.source === 'complaints') {
    rows = (
      await sql<DrillRow>`SELECT k.id, k.number AS ref, k.created_at AS at, u.display_name AS agent_name, k.kind,
          p.state, p.callback_score::float8 AS measure, NULL::boolean AS flag, count(*) OVER () AS total
        FROM complaints p JOIN cases k ON k.id = p.case_id LEFT JOIN users u ON u.id = k.owner_id
        WHERE ${inCaller('k.branch_id')} AND ${whose(who.scope, 'k.branch_id', 'k.owner_id')}
          AND ${dayRange('k.created_at', query.from, query.to)} AND (${state}::text IS NULL OR p.state = ${state})
        ORDER BY k.created_at DESC LIMIT ${DRILL_LIMIT}`.execute(deps.db)
    ).rows;
  } else {
    rows = (
      await sql<DrillRow>`SELECT k.id, k.number AS ref, k.created_at AS at, u.display_name AS agent_name, k.kind,
          a.state, NULL::float8 AS measure, NULL::boolean AS flag, count(*) OVER () AS total
        FROM claim_applications a JOIN cases k ON k.id = a.case_id LEFT JOIN users u ON u.id = k.owner_id
        WHERE ${inCaller('k.branch_id')} AND ${whose(who.scope, 'k.branch_id', 'k.owner_id')}
          AND ${dayRange('k.created_at', query.from, query.to)} AND (${state}::text IS NULL OR a.state = ${state})
        ORDER BY k.created_at DESC LIMIT ${DRILL_LIMIT}`.execute(deps.db)
    ).rows;
  }
  return {
    source: query.source,
    total: Number(rows[0]?.total ?? 0),
    rows: rows.map((r) => ({
      id: r.id,
      ref: r.ref,
      at: r.at.toISOString(),
      agentName: r.agent_name,
      kind: r.kind,
      state: r.state,
      measure: r.measure === null ? null : Number(r.measure),
      flag: r.flag,
    })),
  };
};
