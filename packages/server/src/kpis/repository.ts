import { COUNTER_NAMES, type KpiCounters, sumCounters } from '@claimline/domain/kpis';
import { type RawBuilder, sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import { columnOf, NO_AGENT } from './rollup.ts';

type Q = Db | Tx;

/**
 * Whose rows a KPI adds up. An agent: the rows attributed to them. A team: everything of the team lead's own
 * branch (in this model a team is the agents of one sub-branch under its lead), including calls offered to no
 * agent. A branch: its whole subtree. Every query is also held to the caller's scope.
 */
export type KpiScope =
  | { kind: 'agent'; agentId: string }
  | { kind: 'team'; branchId: string }
  | { kind: 'branch'; branchId: string };

const SUMS = sql.raw(COUNTER_NAMES.map((n) => `sum(k.${columnOf(n)})::float8 AS "${n}"`).join(', '));

const scopeFilter = (scope: KpiScope, callerScope: readonly string[]): RawBuilder<unknown> => {
  const inCaller = sql`k.branch_id = ANY(${[...callerScope]}::uuid[])`;
  switch (scope.kind) {
    case 'agent':
      return sql`${inCaller} AND k.agent_id = ${scope.agentId}`;
    case 'team':
      return sql`${inCaller} AND k.branch_id = ${scope.branchId}`;
    case 'branch':
      return sql`${inCaller} AND k.branch_id IN (SELECT s.id FROM branches s JOIN branches p ON p.id = ${scope.branchId}
        WHERE s.path LIKE p.path || '%')`;
  }
};

type Range = { from: string; to: string };

/** The counters of a scope over a run of days: one row. */
export const countersOf = async (q: Q, scope: KpiScope, callerScope: readonly string[], r: Range) => {
  const rows = await sql<KpiCounters>`SELECT ${SUMS} FROM kpi_agent_days k
    WHERE ${scopeFilter(scope, callerScope)} AND k.day BETWEEN ${r.from}::date AND ${r.to}::date`.execute(q);
  return sumCounters(rows.rows);
};

/** The counters of a scope per day (a trend; the service buckets days into weeks, months, quarters). */
export const countersByDay = async (q: Q, scope: KpiScope, callerScope: readonly string[], r: Range) =>
  (
    await sql<
      KpiCounters & { day: string }
    >`SELECT to_char(k.day, 'YYYY-MM-DD') AS day, ${SUMS} FROM kpi_agent_days k
      WHERE ${scopeFilter(scope, callerScope)} AND k.day BETWEEN ${r.from}::date AND ${r.to}::date
      GROUP BY k.day ORDER BY k.day`.execute(q)
  ).rows;

/** The counters of each agent with rows in the scope (a team's agents side by side). */
export const countersByAgent = async (q: Q, scope: KpiScope, callerScope: readonly string[], r: Range) =>
  (
    await sql<KpiCounters & { agentId: string; name: string | null; agentNo: string | null }>`
      SELECT k.agent_id AS "agentId", u.display_name AS name, u.agent_no AS "agentNo", ${SUMS}
        FROM kpi_agent_days k LEFT JOIN users u ON u.id = k.agent_id
       WHERE ${scopeFilter(scope, callerScope)} AND k.day BETWEEN ${r.from}::date AND ${r.to}::date
         AND k.agent_id <> ${NO_AGENT}
       GROUP BY k.agent_id, u.display_name, u.agent_no ORDER BY u.agent_no NULLS LAST`.execute(q)
  ).rows;

/** The counters of each child branch of `parentId`, its subtree summed (head office: branches side by side). */
export const countersByChildBranch = async (
  q: Q,
  parentId: string,
  callerScope: readonly string[],
  r: Range,
) =>
  (
    await sql<KpiCounters & { branchId: string; code: string; name: string; nameEn: string }>`
      SELECT c.id AS "branchId", c.code, c.name, c.name_en AS "nameEn", ${SUMS}
        FROM branches c
        JOIN branches s ON s.path LIKE c.path || '%'
        JOIN kpi_agent_days k ON k.branch_id = s.id AND k.day BETWEEN ${r.from}::date AND ${r.to}::date
       WHERE c.parent_id = ${parentId} AND k.branch_id = ANY(${[...callerScope]}::uuid[])
       GROUP BY c.id, c.code, c.name, c.name_en ORDER BY c.code`.execute(q)
  ).rows;

export const childBranches = (q: Q, parentId: string) =>
  q
    .selectFrom('branches')
    .select(['id', 'code', 'name', 'name_en'])
    .where('parent_id', '=', parentId)
    .orderBy('code')
    .execute();

export const findBranch = (q: Q, id: string) =>
  q
    .selectFrom('branches')
    .select(['id', 'code', 'name', 'name_en', 'path'])
    .where('id', '=', id)
    .executeTakeFirst();

export const findUser = (q: Q, id: string) =>
  q
    .selectFrom('users')
    .select(['id', 'display_name', 'agent_no', 'role', 'branch_id'])
    .where('id', '=', id)
    .executeTakeFirst();
