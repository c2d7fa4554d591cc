import { sql } from 'kysely';
import type { FieldCrypto } from '../crypto/field-crypto.ts';
import { sealColumns } from '../crypto/sealed-text.ts';
import type { Db, Tx } from '../db/database.ts';
import type { ClaimReportTable, ReportLookupTable, SurveyTaskTable } from '../db/schema.ts';

type Q = Db | Tx;

/**
 * The look-up log is written with asynchronous commit: it is an operational record of searches, so a crash may
 * lose its last fraction of a second, and in exchange a look-up never waits for a WAL flush (issue #4 §10: p99
 * under 5 ms). Registrations, reveals and the audit log stay synchronous.
 */
export const insertLookup = async (db: Db, row: ReportLookupTable) => {
  // One statement, one round trip: set_config(…, true) lasts until the end of the statement's own transaction,
  // which is when the commit reads it.
  await sql`INSERT INTO report_lookups
      (id, at, actor_id, branch_id, by, query_masked, matches, existing_reports, outcome, outcome_at, case_id,
       policy_ids, insured_persons)
    SELECT ${row.id}::uuid, ${row.at}::timestamptz, ${row.actor_id}::uuid, ${row.branch_id}::uuid, ${row.by}::text,
      ${row.query_masked}::text, ${row.matches}::int, ${row.existing_reports}::int, ${row.outcome}::text,
      ${row.outcome_at}::timestamptz, ${row.case_id}::uuid, ${row.policy_ids}::uuid[], ${row.insured_persons}::int
    FROM (SELECT set_config('synchronous_commit', 'off', true)) AS async_commit`.execute(db);
};

export const findLookup = (q: Q, id: string, actorId: string) =>
  q
    .selectFrom('report_lookups')
    .selectAll()
    .where('id', '=', id)
    .where('actor_id', '=', actorId)
    .executeTakeFirst();

export const setLookupOutcome = (q: Q, id: string, outcome: string, at: Date, caseId: string | null) =>
  q
    .updateTable('report_lookups')
    .set({ outcome, outcome_at: at, case_id: caseId })
    .where('id', '=', id)
    .execute();

/** Serialises registrations on one policy so two agents cannot both register the same loss. */
export const lockPolicy = (tx: Tx, policyId: string) =>
  sql`SELECT pg_advisory_xact_lock(hashtextextended(${`policy:${policyId}`}, 0))`.execute(tx);

const reportSummaryColumns = [
  'claim_reports.case_id',
  'claim_reports.policy_id',
  'claim_reports.occurred_at',
  'claim_reports.place',
  'claim_reports.cause',
  'claim_reports.major',
  'cases.number',
  'cases.status',
  'cases.created_at',
  'cases.owner_id',
  'users.display_name as owner_name',
] as const;

/** A claim report with its case number, status and owner: what "already reported" shows. */
export const reportSummaries = (q: Q) =>
  q
    .selectFrom('claim_reports')
    .innerJoin('cases', 'cases.id', 'claim_reports.case_id')
    .innerJoin('users', 'users.id', 'cases.owner_id')
    .select(reportSummaryColumns);

/** Reports on the given policies, newest first, for "already reported" (seed 003 §(二) 报案记录查询 1). */
export const reportsOnPolicies = (q: Q, policyIds: string[], limit = 20) =>
  policyIds.length === 0
    ? Promise.resolve([])
    : reportSummaries(q)
        .where('claim_reports.policy_id', 'in', policyIds)
        .orderBy('claim_reports.occurred_at', 'desc')
        .limit(limit)
        .execute();

export const reportsInWindow = (tx: Tx, policyId: string, from: Date, to: Date) =>
  reportSummaries(tx)
    .where('claim_reports.policy_id', '=', policyId)
    .where('claim_reports.occurred_at', '>=', from)
    .where('claim_reports.occurred_at', '<=', to)
    .execute();

export type ReportSummaryRow = Awaited<ReturnType<typeof reportsInWindow>>[number];

export const insertClaimReport = (tx: Tx, row: ClaimReportTable) =>
  tx.insertInto('claim_reports').values(row).execute();

/** A survey task; its note repeats what the reporter said of the place, so it is sealed like it (#18 part 6). */
export const insertSurveyTask = async (tx: Tx, crypto: FieldCrypto, row: SurveyTaskTable) => {
  const { note } = await sealColumns(crypto, tx, 'survey_tasks', row.id, { note: row.note }, row.created_at);
  await tx
    .insertInto('survey_tasks')
    .values({ ...row, note: note ?? row.note })
    .execute();
};

/**
 * The claim report of a case, only when the case is inside the caller's branch subtree. `forUpdate` locks the
 * report row (not the case's, so case moves are not held up) until the end of the follow-up's transaction.
 */
export const findScopedReport = (q: Q, caseId: string, scope: string[], forUpdate = false) => {
  const query = q
    .selectFrom('claim_reports')
    .innerJoin('cases', 'cases.id', 'claim_reports.case_id')
    .selectAll('claim_reports')
    .select(['cases.number', 'cases.status', 'cases.branch_id', 'cases.owner_id', 'cases.channel'])
    .where('claim_reports.case_id', '=', caseId)
    .where('cases.branch_id', 'in', scope);
  return (forUpdate ? query.forUpdate('claim_reports') : query).executeTakeFirst();
};

export type ScopedReportRow = NonNullable<Awaited<ReturnType<typeof findScopedReport>>>;

export const updateClaimReport = (tx: Tx, caseId: string, set: Partial<ClaimReportTable>) =>
  tx.updateTable('claim_reports').set(set).where('case_id', '=', caseId).execute();

export const surveyTasksOf = (q: Q, caseId: string) =>
  q.selectFrom('survey_tasks').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute();

/** How many different insured persons (by ID-number blind index) carry this name within the scope. */
export const distinctInsuredWithName = async (q: Q, nameBidx: string, scope: string[]) =>
  Number(
    (
      await q
        .selectFrom('policies')
        .select(sql<string>`count(DISTINCT insured_id_bidx)`.as('n'))
        .where('insured_name_bidx', '=', nameBidx)
        .where('branch_id', 'in', scope)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The identity keys of the policies a look-up returned: who is insured under each, by blind index. */
export const lookupPolicyKeys = (q: Q, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : q
        .selectFrom('policies')
        .select(['id', 'insured_name_bidx as nameKey', 'insured_id_bidx as idKey'])
        .where('id', 'in', ids)
        .execute();

export const policyForReport = (q: Q, policyId: string) =>
  q.selectFrom('policies').selectAll().where('id', '=', policyId).executeTakeFirst();
