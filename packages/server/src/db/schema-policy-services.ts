// ---- surrenders and endorsements (0036), issue 15 ----

export type PolicyServiceTable = {
  case_id: string;
  kind: string;
  state: string;
  policy_id: string;
  policy_no: string;
  product: string;
  reason: string | null;
  reason_note: string | null;
  change_type: string | null;
  /** The change with personal values masked (domain maskChange), for the screen. */
  change_masked: unknown;
  /** The change itself, encrypted whole (field crypto). */
  change_enc: string | null;
  holder_verified: boolean;
  /** [{ id, zh, en, received }] */
  documents: unknown;
  recipient: string | null;
  handed_over_at: Date | null;
  /** bigint arrives as a string from pg. */
  refund_fen: string | number | null;
  refund_source: string | null;
  outcome_note: string | null;
  finished_at: Date | null;
  created_at: Date;
  updated_at: Date;
};
