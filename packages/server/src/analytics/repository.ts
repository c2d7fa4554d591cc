import { WAIT_BUCKETS, WAITING_STAGES } from '@claimline/domain/analytics';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** What every analytics read is held to: the caller's scope, an optional branch subtree and product, a period. */
export type AnalyticsFilter = {
  scope: string[];
  branchId: string | null;
  product: string | null;
  from: string;
  to: string;
  now: Date;
};

/** The period's Beijing days as instants: [from 00:00, to + 1 00:00). */
const inPeriod = (col: RawBuilder<unknown>, f: AnalyticsFilter) =>
  sql`${col} >= (${f.from}::date::timestamp AT TIME ZONE 'Asia/Shanghai')
    AND ${col} < ((${f.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;

const whose = (f: AnalyticsFilter) => sql`c.branch_id = ANY(${f.scope}::uuid[])
  AND (${f.branchId}::uuid IS NULL OR c.branch_id IN (SELECT s.id FROM branches s JOIN branches b ON b.id = ${f.branchId}::uuid
        WHERE s.path LIKE b.path || '%'))`;

/**
 * Each claim application's stays in its stages: entering at registration ('received') and at every move the
 * timeline recorded with its from and to (run-move.ts), leaving at the next move. An open stay has no end.
 */
const spans = (f: AnalyticsFilter) => sql`apps AS (
    SELECT a.case_id, p.product, c.number, c.branch_id, a.created_at FROM claim_applications a
      JOIN cases c ON c.id = a.case_id JOIN policies p ON p.id = a.policy_id
     WHERE ${whose(f)} AND (${f.product}::text IS NULL OR p.product = ${f.product})),
  moves AS (
    SELECT case_id, created_at AS at, 'received' AS state, 0::bigint AS ord FROM apps
    UNION ALL
    SELECT e.case_id, e.at, e.data->>'to', e.id FROM case_events e JOIN apps USING (case_id)
     WHERE e.data ? 'to' AND e.data ? 'from' AND e.data->>'from' <> e.data->>'to'),
  spans AS (
    SELECT m.case_id, m.state, m.at AS entered,
           lead(m.at) OVER (PARTITION BY m.case_id ORDER BY m.at, m.ord) AS left_at FROM moves m)`;

const waitedDays = (f: AnalyticsFilter) => sql`extract(epoch FROM ${f.now}::timestamptz - s.entered) / 86400`;

/** The bucket of an open stay, by the domain's bounds (WAIT_BUCKETS), in SQL. */
const bucketSql = (f: AnalyticsFilter) =>
  sql`CASE ${sql.join(
    WAIT_BUCKETS.filter((b) => Number.isFinite(b.upToDays)).map(
      (b) => sql`WHEN ${waitedDays(f)} <= ${b.upToDays} THEN ${b.id}`,
    ),
    sql` `,
  )} ELSE 'over60' END`;

export const cycleTimes = async (db: Db, f: AnalyticsFilter) =>
  (
    await sql<{ state: string; n: number; avg_h: number; p50_h: number; p90_h: number }>`WITH ${spans(f)}
      SELECT s.state, count(*)::int AS n,
        avg(extract(epoch FROM s.left_at - s.entered) / 3600)::float8 AS avg_h,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.left_at - s.entered) / 3600)::float8 AS p50_h,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM s.left_at - s.entered) / 3600)::float8 AS p90_h
      FROM spans s WHERE s.left_at IS NOT NULL AND ${inPeriod(sql.ref('s.left_at'), f)}
      GROUP BY s.state`.execute(db)
  ).rows;

export const waiting = async (db: Db, f: AnalyticsFilter) =>
  (
    await sql<{ state: string; bucket: string; n: number }>`WITH ${spans(f)}
      SELECT s.state, ${bucketSql(f)} AS bucket, count(*)::int AS n
      FROM spans s WHERE s.left_at IS NULL AND s.state = ANY(${[...WAITING_STAGES]}::text[])
      GROUP BY 1, 2`.execute(db)
  ).rows;

/** A refusal's grounds as a key: the contract clause or the law and article it cites. */
const basisKey = sql`CASE r->'basis'->>'source' WHEN 'contract' THEN 'contract:' || (r->'basis'->>'clause')
  ELSE 'law:' || (r->'basis'->>'law') || ' ' || (r->'basis'->>'article') END`;

const refusedIn = (f: AnalyticsFilter) => sql`a.decision_detail->>'kind' = 'refuse'
  AND ${inPeriod(sql`coalesce(a.refused_at, a.decided_at)`, f)}`;

export const refusals = async (db: Db, f: AnalyticsFilter) =>
  (
    await sql<{
      product: string;
      basis: string;
      n: number;
    }>`SELECT p.product, ${basisKey} AS basis, count(DISTINCT a.case_id)::int AS n
      FROM claim_applications a JOIN cases c ON c.id = a.case_id JOIN policies p ON p.id = a.policy_id
      CROSS JOIN LATERAL jsonb_array_elements(coalesce(a.decision_detail->'reasons', '[]'::jsonb)) r
     WHERE ${whose(f)} AND (${f.product}::text IS NULL OR p.product = ${f.product}) AND ${refusedIn(f)}
     GROUP BY 1, 2`.execute(db)
  ).rows;

export const complaintsByProduct = async (db: Db, f: AnalyticsFilter) =>
  (
    await sql<{
      product: string;
      category: string;
      n: number;
    }>`SELECT x.product, x.category, count(*)::int AS n
      FROM complaints x JOIN cases c ON c.id = x.case_id
     WHERE ${whose(f)} AND (${f.product}::text IS NULL OR x.product = ${f.product}) AND ${inPeriod(sql.ref('c.created_at'), f)}
     GROUP BY 1, 2`.execute(db)
  ).rows;

/** The products the filter offers: those of the policies claimed on and complained about in scope. */
export const products = async (db: Db, scope: string[]) =>
  (
    await sql<{
      product: string;
    }>`SELECT DISTINCT p.product FROM claim_applications a JOIN cases c ON c.id = a.case_id
        JOIN policies p ON p.id = a.policy_id WHERE c.branch_id = ANY(${scope}::uuid[])
      UNION SELECT DISTINCT x.product FROM complaints x JOIN cases c ON c.id = x.case_id WHERE c.branch_id = ANY(${scope}::uuid[])
      ORDER BY 1 LIMIT 200`.execute(db)
  ).rows.map((r) => r.product);

export type DrillRow = {
  id: string;
  number: string;
  kind: string;
  product: string;
  state: string;
  measure: number | null;
  at: Date;
};
export type DrillSpec =
  | { chart: 'cycle'; state: string }
  | { chart: 'waiting'; state: string; bucket: string | null }
  | { chart: 'refusals'; product: string | null; basis: string | null }
  | { chart: 'complaints'; product: string | null; category: string | null };

/** The rows behind one bar: case number, product, state and the bar's measure (hours in a stage, days waiting). */
export const drill = async (db: Db, f: AnalyticsFilter, d: DrillSpec, limit: number) => {
  const q =
    d.chart === 'cycle'
      ? sql<DrillRow & { total: number }>`WITH ${spans(f)}
        SELECT a.case_id AS id, a.number, 'claimApplication' AS kind, a.product, s.state,
          (extract(epoch FROM s.left_at - s.entered) / 3600)::float8 AS measure, s.left_at AS at, count(*) OVER ()::int AS total
        FROM spans s JOIN apps a USING (case_id)
        WHERE s.left_at IS NOT NULL AND ${inPeriod(sql.ref('s.left_at'), f)} AND s.state = ${d.state}
        ORDER BY measure DESC LIMIT ${limit}`
      : d.chart === 'waiting'
        ? sql<DrillRow & { total: number }>`WITH ${spans(f)}
        SELECT a.case_id AS id, a.number, 'claimApplication' AS kind, a.product, s.state,
          (${waitedDays(f)})::float8 AS measure, s.entered AS at, count(*) OVER ()::int AS total
        FROM spans s JOIN apps a USING (case_id)
        WHERE s.left_at IS NULL AND s.state = ${d.state} AND (${d.bucket}::text IS NULL OR ${bucketSql(f)} = ${d.bucket})
        ORDER BY measure DESC LIMIT ${limit}`
        : d.chart === 'refusals'
          ? sql<
              DrillRow & { total: number }
            >`SELECT a.case_id AS id, c.number, 'claimApplication' AS kind, p.product, a.state,
          NULL::float8 AS measure, coalesce(a.refused_at, a.decided_at) AS at, count(*) OVER ()::int AS total
        FROM claim_applications a JOIN cases c ON c.id = a.case_id JOIN policies p ON p.id = a.policy_id
        WHERE ${whose(f)} AND ${refusedIn(f)} AND (${d.product ?? f.product}::text IS NULL OR p.product = ${d.product ?? f.product})
          AND (${d.basis}::text IS NULL OR EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(a.decision_detail->'reasons', '[]'::jsonb)) r
                WHERE ${basisKey} = ${d.basis}))
        ORDER BY at DESC LIMIT ${limit}`
          : sql<DrillRow & { total: number }>`SELECT c.id, c.number, 'complaint' AS kind, x.product, x.state,
          NULL::float8 AS measure, c.created_at AS at, count(*) OVER ()::int AS total
        FROM complaints x JOIN cases c ON c.id = x.case_id
        WHERE ${whose(f)} AND ${inPeriod(sql.ref('c.created_at'), f)}
          AND (${d.product ?? f.product}::text IS NULL OR x.product = ${d.product ?? f.product})
          AND (${d.category}::text IS NULL OR x.category = ${d.category})
        ORDER BY c.created_at DESC LIMIT ${limit}`;
  const rows = (await q.execute(db)).rows;
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _t, ...r }) => r) };
};
