import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { precompiled } from '../db/precompiled.ts';
import type { ReportLookupTable } from '../db/schema.ts';
import { type PolicyLookupField, type PolicySummaryRow, policiesQuery } from '../policies/repository.ts';
import { type ReportSummaryRow, reportSummaries } from './repository.ts';

/**
 * The whole look-up on the local policy copy in one statement, one round trip: the policies found, the reports
 * already made on them, for a name the number of different insured persons, and the look-up log row. Each round
 * trip is a chance to meet a scheduling hiccup, so fewer of them is what brings p99 down
 * (bench/claim-intake.bench.ts). The log keeps its asynchronous commit (see `insertLookup`); the statement only
 * reads besides it. The log row keeps the ids returned and the persons counted: registration is bound to them.
 */
type LookupKey = { field: PolicyLookupField; value: string; scope: string[] };
type LookupLog = Omit<ReportLookupTable, 'matches' | 'existing_reports' | 'policy_ids' | 'insured_persons'>;

/** The statement itself, apart so that its plan can be examined (EXPLAIN) on a loaded database. */
export const lookupLocalStatement = (db: Db, key: LookupKey, log: LookupLog) => {
  const policies = policiesQuery(db, key.field, key.value, key.scope);
  const reports = reportSummaries(db)
    .where(sql<boolean>`claim_reports.policy_id IN (SELECT id FROM p)`)
    .orderBy('claim_reports.occurred_at', 'desc')
    .limit(20);
  const persons =
    key.field === 'insured_name_bidx'
      ? sql`(SELECT count(DISTINCT insured_id_bidx) FROM policies
            WHERE insured_name_bidx = ${key.value} AND branch_id = ANY(${key.scope}::uuid[]))`
      : sql`1`;
  return sql<LookupRow>`
    WITH cfg AS (SELECT set_config('synchronous_commit', 'off', true)),
    p AS (${policies}),
    r AS (${reports}),
    n AS (SELECT (${persons})::int AS persons),
    logged AS (
      INSERT INTO report_lookups
        (id, at, actor_id, branch_id, by, query_masked, matches, existing_reports, outcome, outcome_at, case_id,
         policy_ids, insured_persons)
      SELECT ${log.id}::uuid, ${log.at}::timestamptz, ${log.actor_id}::uuid, ${log.branch_id}::uuid,
        ${log.by}::text, ${log.query_masked}::text, (SELECT count(*) FROM p), (SELECT count(*) FROM r), NULL, NULL,
        NULL, (SELECT coalesce(array_agg(id), '{}'::uuid[]) FROM p), (SELECT persons FROM n)
      FROM cfg)
    SELECT (SELECT json_agg(p ORDER BY p.period_end DESC) FROM p) AS policies,
      (SELECT json_agg(r ORDER BY r.occurred_at DESC) FROM r) AS reports,
      (SELECT persons FROM n) AS persons`;
};

type LookupRow = { policies: unknown[] | null; reports: unknown[] | null; persons: number };
type LookupValues = LookupLog & { value: string; scope: string[] };

// Compiled once per looked-up column (db/precompiled.ts): only the values change from one look-up to the next.
const compiledFor = new WeakMap<Db, ReturnType<typeof precompiledLookup>>();
const precompiledLookup = (db: Db) =>
  precompiled<PolicyLookupField, LookupValues, LookupRow>((field, { value, scope, ...log }) =>
    lookupLocalStatement(db, { field, value, scope }, log).compile(db),
  );

export const lookupLocal = async (db: Db, key: LookupKey, log: LookupLog) => {
  let compile = compiledFor.get(db);
  if (!compile) {
    compile = precompiledLookup(db);
    compiledFor.set(db, compile);
  }
  const { rows } = await db.executeQuery(compile(key.field, { ...log, value: key.value, scope: key.scope }));
  const row = rows[0];
  return {
    policies: (row?.policies ?? []).map(revivePolicy),
    reports: (row?.reports ?? []).map(reviveReport),
    persons: Number(row?.persons ?? 0),
  };
};

// json_agg writes timestamps as ISO text; the views expect what the driver gives for the same columns.
const revivePolicy = (raw: unknown): PolicySummaryRow => {
  const p = raw as PolicySummaryRow & { period_start: string; period_end: string };
  return { ...p, period_start: new Date(p.period_start), period_end: new Date(p.period_end) };
};
const reviveReport = (raw: unknown): ReportSummaryRow => {
  const r = raw as ReportSummaryRow & { occurred_at: string; created_at: string };
  return { ...r, occurred_at: new Date(r.occurred_at), created_at: new Date(r.created_at) };
};
