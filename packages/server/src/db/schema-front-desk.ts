import type { Generated } from 'kysely';

/** Tables of the walk-in counter (migration 0034, issue #15 part 1). */
export type FrontDeskTables = {
  visits: {
    id: string;
    branch_id: string;
    local_day: string;
    ticket_seq: number;
    ticket_no: string;
    care_flag: string | null;
    visitor_name_masked: string;
    visitor_name_enc: string;
    visitor_name_bidx: string;
    state: string;
    version: Generated<number>;
    stage_since: Date;
    arrived_at: Date;
    registered_by: string;
    called_at: Date | null;
    called_by: string | null;
    purpose: string | null;
    claim_type: string | null;
    policy_no: string | null;
    summary: string | null;
    id_masked: string | null;
    id_enc: string | null;
    id_bidx: string | null;
    assessment: string | null;
    explanations: Generated<unknown>;
    documents: Generated<unknown>;
    follow_up: string | null;
    linked_case_id: string | null;
    satisfaction: number | null;
    feedback_comment: string | null;
    closed_at: Date | null;
    created_at: Date;
    updated_at: Date;
  };
  visit_stage_times: {
    id: Generated<string>;
    visit_id: string;
    stage: string;
    entered_at: Date;
    left_at: Date;
    seconds: number;
    actor_id: string;
  };
  visit_explanations: {
    id: string;
    branch_id: string;
    topic: string;
    title: string;
    body: string;
    active: Generated<boolean>;
    version: Generated<number>;
    updated_by: string;
    created_at: Date;
    updated_at: Date;
  };
};
