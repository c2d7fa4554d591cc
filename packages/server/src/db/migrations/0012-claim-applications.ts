import { type Kysely, sql } from 'kysely';

/**
 * Issue #14: the claim application (索赔申请), a case of kind `claimApplication` with its own record. The applicant's
 * personal data is sealed like the policy's (encrypted, masked, blind index); the checklist is the one in force at
 * registration, copied onto the application with what the desk recorded per item, so a later edit of the
 * checklists never changes a running application. The hand-over deadline (seed 003 §(五): 3 working days from
 * receiving the materials) now starts when the set is complete, not when the case is created, and the insurer's
 * receipt confirmation meets it; an installed rule is moved unless an administrator already changed its trigger.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE claim_applications (
      case_id uuid PRIMARY KEY REFERENCES cases(id),
      report_case_id uuid REFERENCES cases(id),
      policy_id uuid NOT NULL REFERENCES policies(id),
      state text NOT NULL CHECK (state IN ('received','documentsIncomplete','complete','handedOver','investigating',
        'assessed','decided','paid','refused','closed','archived')),
      claim_type text NOT NULL,
      relation text NOT NULL CHECK (relation IN ('insured','beneficiary','heir','guardian','other')),
      applicant_name_masked text NOT NULL,
      applicant_name_enc text NOT NULL,
      applicant_name_bidx text NOT NULL,
      applicant_id_masked text NOT NULL,
      applicant_id_enc text NOT NULL,
      applicant_id_bidx text NOT NULL,
      applicant_phone_masked text NOT NULL,
      applicant_phone_enc text NOT NULL,
      applicant_phone_bidx text NOT NULL,
      insured_incapacitated boolean NOT NULL DEFAULT false,
      entitlement_basis text NOT NULL,
      checklist_version integer NOT NULL,
      documents jsonb NOT NULL,
      missing_notice jsonb,
      missing_notice_at timestamptz,
      complete_at timestamptz,
      handover jsonb,
      handed_over_at timestamptz,
      receipt jsonb,
      receipt_confirmed_at timestamptz,
      assessment text,
      assessed_amount_fen bigint CHECK (assessed_amount_fen IS NULL OR assessed_amount_fen >= 0),
      assessed_at timestamptz,
      decision text CHECK (decision IN ('pay','refuse')),
      decision_note text,
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      paid_at timestamptz,
      refused_at timestamptz,
      archived_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX claim_applications_report ON claim_applications(report_case_id);
    CREATE INDEX claim_applications_state ON claim_applications(state, created_at);

    UPDATE deadline_rules
       SET starts_on = 'materialsComplete',
           met_by = '{confirmReceipt}',
           source = '种子 003（五）：收到理赔材料后 3 个工作日内移交保险公司（材料齐全时起算，保险公司签收为止）'
     WHERE id = 'claim-materials-handover' AND starts_on = 'caseCreated';
  `.execute(db);
};
