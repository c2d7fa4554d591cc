import type { Generated } from 'kysely';

/** Tables of anti-fraud (migration 0040, issue #22). */
export type FraudTables = {
  fraud_signal_settings: {
    version: number;
    value: unknown;
    note: string;
    changes: unknown;
    saved_by: string;
    saved_at: Date;
  };
  fraud_keys: {
    case_id: string;
    claim_id: string;
    kind: string;
    key: string;
    person_key: string | null;
    branch_id: string;
    occurred_at: Date;
  };
  fraud_scores: {
    id: string;
    case_id: string;
    branch_id: string;
    score: number;
    /** SignalHit[] (domain/fraud/score.ts). */
    hits: unknown;
    settings_version: number;
    trigger: string;
    created_at: Date;
  };
  fraud_investigations: {
    id: string;
    case_id: string;
    branch_id: string;
    state: Generated<string>;
    version: Generated<number>;
    score: number;
    signal_codes: string[];
    assignee_id: string | null;
    outcome: string | null;
    conclusion_reason: string | null;
    concluded_by: string | null;
    concluded_at: Date | null;
    approved_by: string | null;
    approved_at: Date | null;
    created_at: Date;
    updated_at: Date;
  };
  fraud_investigation_entries: {
    id: string;
    investigation_id: string;
    kind: string;
    note: string;
    document_ref: string | null;
    by_id: string;
    at: Date;
  };
};
