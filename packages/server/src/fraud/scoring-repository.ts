import { sql } from 'kysely';
import type { Tx } from '../db/database.ts';

/**
 * What scoring reads of a claim report: dates, amounts and keyed hashes (providers' too) only. No encrypted, masked
 * or free-text personal column is selected (fraud-scoring.test.ts holds the statements to that).
 */
export const reportScoringRow = (tx: Tx, caseId: string) =>
  tx
    .selectFrom('claim_reports as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('policies as p', 'p.id', 'r.policy_id')
    .select([
      'c.branch_id',
      'r.occurred_at',
      'r.knew_at',
      'r.reported_at',
      'r.hospital_key',
      'r.repair_shop_key',
      'r.doctor_key',
      'r.reporter_phone_bidx',
      'r.reporter_address_bidx',
      'p.insured_id_bidx',
      'p.plate_bidx',
      'p.period_start',
      'p.sum_insured_fen',
      'p.sum_insured_raised_at',
      sql<string | null>`r.major_facts ->> 'estimatedPayoutFen'`.as('estimated_fen'),
    ])
    .where('r.case_id', '=', caseId)
    .executeTakeFirst();

/** The same for a claim application, with its report's facts when it has one. */
export const applicationScoringRow = (tx: Tx, caseId: string) =>
  tx
    .selectFrom('claim_applications as a')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .innerJoin('policies as p', 'p.id', 'a.policy_id')
    .leftJoin('claim_reports as r', 'r.case_id', 'a.report_case_id')
    .select([
      'c.branch_id',
      'a.created_at',
      'a.report_case_id',
      'a.applicant_id_bidx',
      'a.applicant_phone_bidx',
      'a.payee_account_bidx',
      'a.payout_fen',
      'a.assessed_amount_fen',
      'r.occurred_at',
      'r.knew_at',
      'r.reported_at',
      'r.hospital_key',
      'r.repair_shop_key',
      'r.doctor_key',
      'r.reporter_address_bidx',
      'p.plate_bidx',
      'p.period_start',
      'p.sum_insured_fen',
      'p.sum_insured_raised_at',
    ])
    .where('a.case_id', '=', caseId)
    .executeTakeFirst();
