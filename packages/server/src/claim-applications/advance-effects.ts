import { advancePaymentProblems } from '@claimline/domain/claim-applications';
import { maskName } from '@claimline/domain/identity';
import { AppError } from '../errors.ts';
import type { ApplicationEnv as Env } from './facts.ts';
import * as repo from './repository.ts';

/** The advance as stored beside its amount: the payee sealed and masked (a person's name), the basis, by whom. */
export type AdvanceStored = { payeeMasked: string; payeeEnc: string; basis: string; by: string };

/**
 * 先予支付 (Insurance Law art. 25): the amount that can already be determined, paid before the total is fixed.
 * It can be no more than the insurer may owe so far: the payable once assessed, else what is left of the sum
 * insured after other claims on the policy. The art. 25 deadline is met by the move's name after the save.
 */
export const recordAdvancePayment = async ({ deps, tx, ctx, now, row, input, patch, data }: Env) => {
  if (input.event !== 'advancePay') return;
  const sumInsuredFen = Number(row.sum_insured_fen);
  const capFen =
    row.payout_fen !== null
      ? Number(row.payout_fen)
      : Math.max(0, sumInsuredFen - (await repo.earlierPayoutsFen(tx, row.policy_id, row.case_id)));
  const advance = {
    amountFen: input.amountFen ?? 0,
    payee: (input.payee ?? '').trim(),
    basis: (input.basis ?? '').trim(),
  };
  const problems = advancePaymentProblems(advance, { capFen });
  if (problems.length > 0)
    throw new AppError(
      'CLAIM_ADVANCE_INVALID',
      problems.map((p) => ({
        in: 'body',
        path: p === 'advanceAmountFen' ? 'amountFen' : p,
        zh: '请检查该项',
        en: 'Check this field',
      })),
    );
  const stored: AdvanceStored = {
    payeeMasked: maskName(advance.payee),
    payeeEnc: deps.crypto.encrypt(advance.payee),
    basis: advance.basis,
    by: ctx.actor.displayName,
  };
  Object.assign(patch.application, {
    advance_fen: advance.amountFen,
    advance_payment: JSON.stringify(stored),
    advance_paid_at: now,
  });
  // The timeline and the audit row carry the amount and the cap, never the payee's name.
  Object.assign(data, { amountFen: advance.amountFen, capFen });
};
