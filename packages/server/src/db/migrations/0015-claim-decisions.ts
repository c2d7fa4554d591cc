import { type Kysely, sql } from 'kysely';

/**
 * Issue #14 parts 4–7: the payout computed at assessment (its breakdown kept), the decision with its kind, amount
 * and reasons, a decision above the handler's authority waiting in `claim_approvals` (state decisionProposed),
 * and the legal clocks met by the moves the runner records (decide / approveDecision, refuse, pay) instead of
 * fact names no move had. An installed rule is changed only while it still has its 0002/0012 value.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    ALTER TABLE claim_applications DROP CONSTRAINT claim_applications_state_check;
    ALTER TABLE claim_applications ADD CONSTRAINT claim_applications_state_check CHECK (state IN ('received',
      'documentsIncomplete','complete','handedOver','investigating','assessed','decisionProposed','decided','paid',
      'refused','closed','archived'));
    ALTER TABLE claim_applications
      ADD COLUMN payout jsonb,
      ADD COLUMN payout_fen bigint CHECK (payout_fen IS NULL OR payout_fen >= 0),
      ADD COLUMN decision_detail jsonb;

    CREATE TABLE claim_approvals (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      required_level text NOT NULL CHECK (required_level IN ('claimsHandler','supervisor','branch','headOffice')),
      amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
      decision jsonb NOT NULL,
      requested_by uuid NOT NULL REFERENCES users(id),
      requested_at timestamptz NOT NULL,
      outcome text CHECK (outcome IN ('approved','rejected')),
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      decision_note text
    );
    -- One pending approval per application at a time.
    CREATE UNIQUE INDEX claim_approvals_pending ON claim_approvals(case_id) WHERE outcome IS NULL;

    UPDATE deadline_rules SET met_by = '{decide,approveDecision}'
     WHERE id = 'claim-decision' AND met_by = '{claimDecided}';
    UPDATE deadline_rules SET met_by = '{refuse}'
     WHERE id = 'claim-refusal-notice' AND met_by = '{refusalNoticeSent}';
    UPDATE deadline_rules SET met_by = '{pay}'
     WHERE id = 'claim-payment' AND met_by = '{paid}';
    UPDATE deadline_rules SET met_by = '{decide,approveDecision}'
     WHERE id = 'claim-advance-payment' AND met_by = '{claimDecided,advancePaid}';
  `.execute(db);
};
