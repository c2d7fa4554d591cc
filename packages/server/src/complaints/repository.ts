import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { FieldCrypto } from '../crypto/field-crypto.ts';
import { sealColumns } from '../crypto/sealed-text.ts';
import { type GrantReach, scopeOrGranted } from '../data-sharing/case-reads.ts';
import type { Db, Tx } from '../db/database.ts';
import type { ComplaintApprovalTable, ComplaintTable } from '../db/schema.ts';

type Q = Db | Tx;

/** A complaint with its case, limited to the caller's branch subtree like every case query. */
export const findScopedComplaint = (q: Q, caseId: string, scope: string[], forUpdate = false) => {
  const base = q
    .selectFrom('complaints as x')
    .innerJoin('cases as c', 'c.id', 'x.case_id')
    .innerJoin('branches as b', 'b.id', 'c.branch_id')
    .selectAll('x')
    .select([
      'c.number',
      'c.status',
      'c.version',
      'c.owner_id',
      'c.created_by',
      'c.branch_id',
      'c.channel',
      'c.subject',
      'c.description',
      'c.customer_name_masked',
      'c.customer_name_enc',
      'c.customer_phone_masked',
      'c.created_at',
      'b.path as branch_path',
      'b.name as branch_name',
    ])
    .where('x.case_id', '=', caseId)
    .where('c.branch_id', 'in', scope);
  return (forUpdate ? base.forUpdate() : base).executeTakeFirst();
};
export type ComplaintRow = NonNullable<Awaited<ReturnType<typeof findScopedComplaint>>>;

export const insertComplaint = (tx: Tx, row: Insertable<ComplaintTable>) =>
  tx.insertInto('complaints').values(row).execute();

export const updateComplaint = (tx: Tx, caseId: string, set: Omit<Updateable<ComplaintTable>, 'case_id'>) =>
  tx.updateTable('complaints').set(set).where('case_id', '=', caseId).execute();

export const pendingApproval = (q: Q, caseId: string) =>
  q
    .selectFrom('complaint_approvals')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('outcome', 'is', null)
    .executeTakeFirst();

/** Opens an approval; a note typed with an ID or phone number is sealed (issue #18 part 6). */
export const insertApproval = async (
  tx: Tx,
  crypto: FieldCrypto,
  row: Omit<ComplaintApprovalTable, 'outcome' | 'decided_by' | 'decided_at' | 'decision_note'>,
) => {
  const sealed = await sealColumns(
    crypto,
    tx,
    'complaint_approvals',
    row.id,
    { note: row.note },
    row.requested_at,
  );
  await tx
    .insertInto('complaint_approvals')
    .values({ ...row, ...sealed })
    .execute();
};

/** Settles the open approval; the decision note is sealed like the request's (issue #18 part 6). */
export const settleApproval = async (
  tx: Tx,
  crypto: FieldCrypto,
  id: string,
  set: {
    outcome: 'approved' | 'rejected' | 'withdrawn';
    decided_by: string;
    decided_at: Date;
    decision_note: string | null;
  },
) => {
  const note = { decision_note: set.decision_note };
  const sealed = await sealColumns(crypto, tx, 'complaint_approvals', id, note, set.decided_at);
  await tx
    .updateTable('complaint_approvals')
    .set({ ...set, ...sealed })
    .where('id', '=', id)
    .where('outcome', 'is', null)
    .execute();
};

export const approvalsOf = (q: Q, caseId: string) =>
  q
    .selectFrom('complaint_approvals as a')
    .innerJoin('users as r', 'r.id', 'a.requested_by')
    .leftJoin('users as d', 'd.id', 'a.decided_by')
    .selectAll('a')
    .select(['r.display_name as requested_by_name', 'd.display_name as decided_by_name'])
    .where('a.case_id', '=', caseId)
    .orderBy('a.requested_at')
    .execute();

/** Open approvals in scope that one of `levels` may settle, oldest first: the approval inbox. */
export const approvalInbox = (q: Q, scope: string[], levels: string[], actorId: string) =>
  q
    .selectFrom('complaint_approvals as a')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .innerJoin('complaints as x', 'x.case_id', 'a.case_id')
    .innerJoin('users as r', 'r.id', 'a.requested_by')
    .innerJoin('branches as b', 'b.id', 'c.branch_id')
    .selectAll('a')
    .select([
      'c.number',
      'c.subject',
      'c.version',
      'x.state',
      'x.urgency',
      'x.decision',
      'x.remedy',
      'r.display_name as requested_by_name',
      'b.name as branch_name',
    ])
    .where('a.outcome', 'is', null)
    .where('c.branch_id', 'in', scope)
    .where('a.required_level', 'in', levels.length > 0 ? levels : ['-'])
    .where('a.requested_by', '<>', actorId)
    .orderBy('a.requested_at')
    .limit(200)
    .execute();

/** The complaints board: every open complaint in scope plus those closed in the last `closedDays` days. */
/** The complaints board's scope and filters with its columns, shared by the board and its export. */
export const boardBase = (
  q: Q,
  scope: string[],
  closedSince: Date,
  mine: string | null,
  // Issue #18 part 2: live data-sharing grants for complaints widen the board, read-only.
  reach: GrantReach = [],
) => {
  let base = q
    .selectFrom('complaints as x')
    .innerJoin('cases as c', 'c.id', 'x.case_id')
    .innerJoin('users as o', 'o.id', 'c.owner_id')
    .innerJoin('branches as b', 'b.id', 'c.branch_id')
    .select([
      'x.case_id as id',
      'x.state',
      'x.source',
      'x.category',
      'x.product',
      'x.urgency',
      'x.complexity',
      'x.handler_role',
      'x.extension_stage',
      'x.major_reasons',
      'c.number',
      'c.subject',
      'c.channel',
      'c.version',
      'c.created_at',
      'c.owner_id',
      'o.display_name as owner_name',
      'b.name as branch_name',
      'b.path as branch_path',
      'c.customer_name_masked',
    ])
    .where(scopeOrGranted(scope, reach))
    .where((eb) => eb.or([eb('x.state', '<>', 'closed'), eb('c.closed_at', '>=', closedSince)]));
  if (mine) base = base.where('c.owner_id', '=', mine);
  return base;
};

export const boardRows = (
  q: Q,
  scope: string[],
  closedSince: Date,
  mine: string | null,
  reach: GrantReach = [],
) => boardBase(q, scope, closedSince, mine, reach).orderBy('c.created_at').limit(500).execute();

/** Complaint deadlines of a page of the board, by case. */
export const complaintDeadlines = async (q: Q, caseIds: string[]) => {
  if (caseIds.length === 0) return [];
  return q
    .selectFrom('deadlines')
    .select(['case_id', 'kind', 'due_at', 'state', 'warned_at', 'escalation_level', 'calendar_not_published'])
    .where('case_id', 'in', caseIds)
    .where('state', '<>', 'met')
    .orderBy('due_at')
    .execute();
};

/** Everyone who could handle complaints of a branch: active, in the branch or above it, with open load. */
export const routingCandidates = async (q: Q, branchPath: string) =>
  (
    await sql<{ id: string; role: string; active: boolean; branch_path: string; name: string; open: string }>`
      SELECT u.id, u.role, u.active, b.path AS branch_path, u.display_name AS name,
             (SELECT count(*) FROM complaints x JOIN cases c ON c.id = x.case_id
               WHERE c.owner_id = u.id AND x.state <> 'closed') AS open
        FROM users u JOIN branches b ON b.id = u.branch_id
       WHERE u.active AND ${branchPath} LIKE b.path || '%'
         AND u.role IN ('agent','claimsHandler','teamLead','supervisor','serviceManager','branchAdmin','headOffice')
       ORDER BY u.username`.execute(q)
  ).rows;

export const routingRules = (q: Q) =>
  q
    .selectFrom('complaint_routing_rules as r')
    .leftJoin('branches as b', 'b.id', 'r.branch_id')
    .select(['r.id', 'b.path as branch_path', 'r.product', 'r.category', 'r.assignee_id', 'r.priority'])
    .where('r.active', '=', true)
    .execute();

export const userInScope = (q: Q, userId: string, scopePath: string) =>
  q
    .selectFrom('users as u')
    .innerJoin('branches as b', 'b.id', 'u.branch_id')
    .select(['u.id', 'u.display_name', 'u.role', 'u.active', 'b.path'])
    .where('u.id', '=', userId)
    .where((eb) =>
      eb.or([
        eb('b.path', 'like', `${scopePath}%`),
        eb(sql.val(scopePath), 'like', sql<string>`b.path || '%'`),
      ]),
    )
    .executeTakeFirst();

export const userName = async (q: Q, id: string | null) =>
  id
    ? ((await q.selectFrom('users').select('display_name').where('id', '=', id).executeTakeFirst())
        ?.display_name ?? null)
    : null;

/** The institution above a branch (办法 2020 art. 20: where a branch's decision is reviewed), or null at the root. */
export const superiorBranchName = async (q: Q, branchId: string) =>
  (
    await q
      .selectFrom('branches as b')
      .innerJoin('branches as p', 'p.id', 'b.parent_id')
      .select('p.name')
      .where('b.id', '=', branchId)
      .executeTakeFirst()
  )?.name ?? null;

/** Who receives the report of a major complaint (办法 2020 art. 29 ¶1: 报告): head office's active people. */
export const headOfficeRecipients = (q: Q) =>
  q.selectFrom('users').select('id').where('role', '=', 'headOffice').where('active', '=', true).execute();
