import { caseListBase } from '../cases/repository.ts';
import type { Db } from '../db/database.ts';

/**
 * SQL of the customer view. People are matched by keyed hashes only (blind indexes of phone and ID number);
 * plaintext never reaches a query. Cases are read through the case list's own scope (branch subtree plus live
 * data-sharing grants), calls through the branch scope.
 */

/** How many records of one group the view lists, newest first (a person with more is shown "truncated"). */
export const RECORD_LIMIT = 100;

/** Case ids where this person is the customer, the reporter or the applicant (by phone). */
export const caseIdsByPhone = async (db: Db, phones: readonly string[]): Promise<string[]> => {
  if (phones.length === 0) return [];
  const rows = await db
    .selectFrom('cases')
    .select('id')
    .where('customer_phone_bidx', 'in', phones)
    .union(db.selectFrom('claim_reports').select('case_id as id').where('reporter_phone_bidx', 'in', phones))
    .union(
      db.selectFrom('claim_applications').select('case_id as id').where('applicant_phone_bidx', 'in', phones),
    )
    .execute();
  return rows.map((r) => r.id);
};

/** Case ids where this person is the applicant, or the insured of the reported policy (by ID number). */
export const caseIdsByIdNumber = async (db: Db, ids: readonly string[]): Promise<string[]> => {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('claim_applications')
    .select('case_id as id')
    .where('applicant_id_bidx', 'in', ids)
    .union(
      db
        .selectFrom('claim_reports as r')
        .innerJoin('policies as p', 'p.id', 'r.policy_id')
        .select('r.case_id as id')
        .where('p.insured_id_bidx', 'in', ids),
    )
    .execute();
  return rows.map((r) => r.id);
};

/** The phones the person gave where their ID number was recorded: one step from the ID to their calls. */
export const phonesOfIdNumber = async (db: Db, ids: readonly string[]): Promise<string[]> => {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('claim_applications')
    .select('applicant_phone_bidx as phone')
    .where('applicant_id_bidx', 'in', ids)
    .union(
      db
        .selectFrom('policies')
        .select('insured_phone_bidx as phone')
        .where('insured_id_bidx', 'in', ids)
        .where('insured_phone_bidx', 'is not', null)
        .$narrowType<{ phone: string }>(),
    )
    .execute();
  return rows.flatMap((r) => (r.phone ? [r.phone] : []));
};

/** The anchor's own keys: the phone of a case's customer (and applicant's ID), or of a call's caller. */
export const caseKeys = (db: Db, caseId: string, scope: string[]) =>
  db
    .selectFrom('cases as c')
    .leftJoin('claim_reports as r', 'r.case_id', 'c.id')
    .leftJoin('claim_applications as a', 'a.case_id', 'c.id')
    .select([
      'c.id',
      'c.customer_phone_bidx',
      'r.reporter_phone_bidx',
      'a.applicant_phone_bidx',
      'a.applicant_id_bidx',
    ])
    .where('c.id', '=', caseId)
    .where('c.branch_id', 'in', scope)
    .executeTakeFirst();

export const callKeys = (db: Db, callId: string, scope: string[]) =>
  db
    .selectFrom('calls')
    .select(['id', 'caller_bidx'])
    .where('id', '=', callId)
    .where('branch_id', 'in', scope)
    .executeTakeFirst();

export const casesIn = (
  db: Db,
  scope: string[],
  actorId: string,
  caseIds: readonly string[],
  shared: readonly { caseKinds: readonly string[]; branchPath: string }[],
) =>
  caseIds.length === 0
    ? Promise.resolve([])
    : caseListBase(db, scope, actorId, {}, null, shared)
        .where('c.id', 'in', [...caseIds])
        .select([
          'c.id',
          'c.number',
          'c.kind',
          'c.status',
          'c.subject',
          'c.created_at',
          'c.customer_name_masked',
          'c.customer_phone_masked',
          'b.name as branch_name',
          'b.path as branch_path',
        ])
        .orderBy('c.created_at', 'desc')
        .orderBy('c.id')
        .limit(RECORD_LIMIT * 4 + 1)
        .execute();

export const callsOf = (db: Db, scope: string[], phones: readonly string[]) =>
  phones.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('calls as x')
        .innerJoin('branches as b', 'b.id', 'x.branch_id')
        .select([
          'x.id',
          'x.call_id',
          'x.state',
          'x.ring_started_at',
          'x.caller_masked',
          'b.name as branch_name',
        ])
        .where('x.caller_bidx', 'in', [...phones])
        .where('x.branch_id', 'in', scope)
        .orderBy('x.ring_started_at', 'desc')
        .orderBy('x.id')
        .limit(RECORD_LIMIT + 1)
        .execute();
