import type { ComplaintCategory, ComplaintSource } from '@claimline/domain/complaints';
import type { KindRecordWriter } from '../cases/service.ts';
import type { FieldCrypto } from '../crypto/field-crypto.ts';
import { sealText } from '../crypto/sealed-text.ts';
import type { Tx } from '../db/database.ts';
import { startDeadline } from '../deadlines/case-clock.ts';
import { AppError } from '../errors.ts';
import type { RequestCtx } from '../http/context.ts';
import { majorFacts, reportIfMajor } from './major.ts';
import * as repo from './repository.ts';
import { REPLY_RULE_ID } from './rules.ts';

/** The complaint-only part of an intake; the case part (channel, words, complainant) is the case's. */
export type ComplaintIntake = {
  source: ComplaintSource;
  regulatorRef?: string | undefined;
  product: string;
  policyNo?: string | undefined;
  category: ComplaintCategory;
  request: string;
  apologyGiven: boolean;
  committedReplyHours?: number | undefined;
  complainedUserId?: string | undefined;
  /** 办法 (2020) arts. 12, 29: how many bring it together, their representatives, and what makes it major. */
  complainantCount?: number | undefined;
  representatives?: number | undefined;
  disasterRelated?: boolean | undefined;
  regulatorDesignated?: boolean | undefined;
};

/**
 * Every complaint case gets its complaint record in the transaction that creates the case, whichever door it
 * came in by: the complaints desk (with the intake fields) or the general case form (defaults, to classify).
 * The reply time promised on the phone (seed 000 §(四)5) starts its own deadline.
 */
/** The complaints desk's writer for a complaint case, with its intake fields or none (the general case form). */
export const complaintRecordWriter =
  (crypto: FieldCrypto, intake?: ComplaintIntake): KindRecordWriter =>
  (tx, ctx, ref, now) =>
    insertComplaintRecord(crypto, tx, ctx, ref, now, intake);

export const insertComplaintRecord = async (
  crypto: FieldCrypto,
  tx: Tx,
  ctx: RequestCtx,
  c: { caseId: string; branchId: string; channel: string; number: string },
  now: Date,
  intake: ComplaintIntake | undefined,
) => {
  if (intake?.complainedUserId) {
    const person = await repo.userInScope(tx, intake.complainedUserId, ctx.actor.branchPath);
    if (!person) throw new AppError('COMPLAINED_USER_INVALID');
  }
  const facts = majorFacts(c.channel, {
    complainantCount: intake?.complainantCount ?? 1,
    disasterRelated: intake?.disasterRelated ?? false,
    regulatorDesignated: intake?.regulatorDesignated ?? false,
  });
  await repo.insertComplaint(tx, {
    case_id: c.caseId,
    state: 'received',
    source: intake?.source ?? 'customer',
    regulator_ref: intake?.regulatorRef ?? null,
    product: intake?.product ?? '',
    policy_no: intake?.policyNo ?? null,
    category: intake?.category ?? 'other',
    request:
      (await sealText(
        crypto,
        tx,
        { table: 'complaints', rowId: c.caseId, column: 'request', fresh: true },
        intake?.request ?? '',
        now,
      )) ?? '',
    apology_given: intake?.apologyGiven ?? false,
    committed_reply_hours: intake?.committedReplyHours ?? null,
    complained_user_id: intake?.complainedUserId ?? null,
    complainant_count: facts.complainantCount,
    representatives: intake?.representatives ?? null,
    disaster_related: facts.disasterRelated,
    regulator_designated: facts.regulatorDesignated,
    urgency: null,
    complexity: null,
    handler_role: null,
    decision: null,
    remedy: null,
    remedy_amount: null,
    decided_at: null,
    decided_by: null,
    informed_at: null,
    informed_channel: null,
    callback_score: null,
    callback_comment: null,
    callback_at: null,
    updated_at: now,
  });
  if (intake?.committedReplyHours) await startDeadline(tx, c, REPLY_RULE_ID, now, intake.committedReplyHours);
  const reasons = await reportIfMajor(tx, ctx, { ...c, state: 'received' }, facts, []);
  if (reasons.length > 0) await repo.updateComplaint(tx, c.caseId, { major_reasons: reasons });
};
