import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { FieldCrypto } from '../crypto/field-crypto.ts';
import { sealJson } from '../crypto/sealed-json.ts';
import { sealColumns } from '../crypto/sealed-text.ts';
import { type GrantReach, scopeOrGranted } from '../data-sharing/case-reads.ts';
import type { Db, Tx } from '../db/database.ts';
import type { ClaimApplicationTable, ClaimApprovalTable } from '../db/schema.ts';

type Q = Db | Tx;

/** An application with its case, policy and report number, limited to the caller's branch subtree. */
export const findScopedApplication = (q: Q, caseId: string, scope: string[], forUpdate = false) => {
  const base = q
    .selectFrom('claim_applications as a')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .innerJoin('branches as b', 'b.id', 'c.branch_id')
    .innerJoin('policies as p', 'p.id', 'a.policy_id')
    .leftJoin('cases as r', 'r.id', 'a.report_case_id')
    .selectAll('a')
    .select([
      'c.number',
      'c.status',
      'c.version',
      'c.owner_id',
      'c.branch_id',
      'c.created_at as case_created_at',
      'b.name as branch_name',
      'p.policy_no',
      'p.product',
      'p.insured_name_masked',
      'p.sum_insured_fen',
      'p.deductible_fen',
      'p.deductible_rate_bp',
      'p.payout_ratio_bp',
      'r.number as report_number',
    ])
    .where('a.case_id', '=', caseId)
    .where('c.branch_id', 'in', scope);
  // Only the application and its case are locked: the policy and the report are read, never written here.
  return (forUpdate ? base.forUpdate('a').forUpdate('c') : base).executeTakeFirst();
};
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findScopedApplication>>>;

export const insertApplication = (tx: Tx, row: Insertable<ClaimApplicationTable>) =>
  tx.insertInto('claim_applications').values(row).execute();

export const updateApplication = (
  tx: Tx,
  caseId: string,
  set: Omit<Updateable<ClaimApplicationTable>, 'case_id'>,
) => tx.updateTable('claim_applications').set(set).where('case_id', '=', caseId).execute();

/** The sealed identity of a policy's insured and beneficiaries, for the entitlement check only. */
export const policyIdentity = (q: Q, policyId: string, scope: string[] | null) =>
  q
    .selectFrom('policies')
    .select([
      'id',
      'policy_no',
      'product',
      'branch_id',
      'insured_name_bidx',
      'insured_id_bidx',
      'insured_id_enc',
      'beneficiaries_enc',
    ])
    .where('id', '=', policyId)
    .$if(scope !== null, (qb) => qb.where('branch_id', 'in', scope ?? []))
    .executeTakeFirst();

/** The policy a desk look-up finds by its number, in scope. */
export const policyByNo = (q: Q, policyNo: string, scope: string[]) =>
  q
    .selectFrom('policies')
    .select([
      'id',
      'policy_no',
      'product',
      'line',
      'period_start',
      'period_end',
      'insured_name_masked',
      'beneficiaries_masked',
      'sum_insured_fen',
      'deductible_fen',
      'deductible_rate_bp',
      'payout_ratio_bp',
    ])
    .where('policy_no', '=', policyNo)
    .where(sql<boolean>`branch_id = ANY(${scope}::uuid[])`)
    .executeTakeFirst();

/** The claim report an application is opened from, in scope. */
export const scopedReport = (q: Q, caseId: string, scope: string[]) =>
  q
    .selectFrom('claim_reports as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .select(['r.case_id', 'r.policy_id', 'c.number'])
    .where('r.case_id', '=', caseId)
    .where('c.branch_id', 'in', scope)
    .executeTakeFirst();

/** The board: applications in scope, newest first, open ones and those closed in the last 30 days. */
/** The claims desk board's scope and filters with its columns, shared by the board and its export. */
export const boardBase = (
  q: Q,
  scope: string[],
  since: Date,
  state: string | undefined,
  // Issue #18 part 2: live data-sharing grants for claim applications widen the board, read-only.
  reach: GrantReach = [],
) =>
  q
    .selectFrom('claim_applications as a')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .innerJoin('branches as b', 'b.id', 'c.branch_id')
    .innerJoin('policies as p', 'p.id', 'a.policy_id')
    .select([
      'a.case_id',
      'a.state',
      'a.claim_type',
      'a.relation',
      'a.applicant_name_masked',
      // The progress as stored with the documents, not the documents themselves (500 arrays per call).
      'a.documents_satisfied',
      'a.documents_total',
      'a.created_at',
      'c.number',
      'c.owner_id',
      'p.policy_no',
      'b.path as branch_path',
    ])
    .where(scopeOrGranted(scope, reach))
    .where((eb) => eb.or([eb('a.state', 'not in', ['closed', 'archived']), eb('a.updated_at', '>=', since)]))
    .$if(state !== undefined, (qb) => qb.where('a.state', '=', state ?? ''));

export const boardRows = (
  q: Q,
  scope: string[],
  since: Date,
  state: string | undefined,
  reach: GrantReach = [],
) =>
  boardBase(q, scope, since, state, reach)
    // Newest first, ties broken by id so the page is the same on every call; migration 0018's index walks it.
    .orderBy('a.created_at', 'desc')
    .orderBy('a.case_id', 'desc')
    .limit(500)
    .execute();

/** What other applications on the policy have paid: they use up the sum insured (累计赔偿限额). */
export const earlierPayoutsFen = async (q: Q, policyId: string, caseId: string) => {
  const r = await q
    .selectFrom('claim_applications')
    // A paid claim used its decided amount; one still open used what was advanced on it (art. 25), if anything.
    .select(
      sql<string>`coalesce(sum(CASE WHEN paid_at IS NOT NULL THEN (decision_detail->>'amountFen')::bigint
        ELSE advance_fen END), 0)`.as('total'),
    )
    .where('policy_id', '=', policyId)
    .where('case_id', '<>', caseId)
    .where((eb) => eb.or([eb('paid_at', 'is not', null), eb('advance_fen', 'is not', null)]))
    .executeTakeFirst();
  return Number(r?.total ?? 0);
};

export const pendingApproval = (q: Q, caseId: string) =>
  q
    .selectFrom('claim_approvals')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('outcome', 'is', null)
    .executeTakeFirst();
export type PendingApproval = NonNullable<Awaited<ReturnType<typeof pendingApproval>>>;

/** Opens an approval; its note and the decision's reasons are sealed when they hold personal data (#18 part 6). */
export const insertApproval = async (tx: Tx, crypto: FieldCrypto, row: Insertable<ClaimApprovalTable>) => {
  const at = row.requested_at;
  const note = await sealColumns(
    crypto,
    tx,
    'claim_approvals',
    row.id,
    { decision_note: row.decision_note },
    at,
  );
  const decision = await sealJson(
    crypto,
    tx,
    { table: 'claim_approvals', rowId: row.id, column: 'decision' },
    row.decision,
    at,
  );
  await tx
    .insertInto('claim_approvals')
    .values({ ...row, ...note, decision: JSON.stringify(decision) })
    .execute();
};

/**
 * Settles the open approval. A note given now replaces the request's and is sealed; without one (undefined) the
 * request's stays as it is, sealed copy included.
 */
export const settleApproval = async (
  tx: Tx,
  crypto: FieldCrypto,
  id: string,
  set: Pick<ClaimApprovalTable, 'outcome' | 'decided_by'> & {
    decided_at: Date;
    decision_note?: string | null;
  },
) => {
  const sealed = await sealColumns(crypto, tx, 'claim_approvals', id, set, set.decided_at);
  await tx
    .updateTable('claim_approvals')
    .set(sealed)
    .where('id', '=', id)
    .where('outcome', 'is', null)
    .execute();
};

/** The pending approvals in scope, for the desk's approvals list (审批待办). */
export const pendingApprovals = (q: Q, scope: string[]) =>
  q
    .selectFrom('claim_approvals as x')
    .innerJoin('cases as c', 'c.id', 'x.case_id')
    .innerJoin('users as u', 'u.id', 'x.requested_by')
    .select([
      'x.id',
      'x.case_id',
      'x.required_level',
      'x.amount_fen',
      'x.decision',
      'x.requested_at',
      'x.requested_by',
      'u.display_name as requested_by_name',
      'c.number',
    ])
    .where('x.outcome', 'is', null)
    .where('c.branch_id', 'in', scope)
    .orderBy('x.requested_at')
    .limit(200)
    .execute();

/** The role of the application's owner: a claims handler who took it works its handler steps by name. */
export const roleOfUser = async (q: Db | Tx, userId: string) =>
  (await q.selectFrom('users').select('role').where('id', '=', userId).executeTakeFirst())?.role ?? null;
