/*
 * 先予支付 (Insurance Law art. 25): when the amount cannot be fixed within 60 days of receiving the claim and its
 * materials, the insurer pays the smallest amount that can already be determined, and deducts it when the amount
 * is finally paid. Amounts are integers in fen, like the payout (payout.ts).
 */

export type AdvancePayment = {
  amountFen: number;
  /** Who receives it: the insured or the beneficiary entitled to the benefit. */
  payee: string;
  /** Why this amount can already be determined (e.g. the receipts checked so far). */
  basis: string;
};

/**
 * Problems of an advance as field paths, all at once; empty = fit to record. `capFen` is the most the insurer can
 * owe at this point: the payable once assessed, else what is left of the sum insured after earlier payouts.
 */
export const advancePaymentProblems = (a: AdvancePayment, limits: { capFen: number }): string[] => {
  const problems: string[] = [];
  if (!Number.isSafeInteger(a.amountFen) || a.amountFen <= 0 || a.amountFen > limits.capFen)
    problems.push('advanceAmountFen');
  if (a.payee.trim() === '') problems.push('payee');
  if (a.basis.trim() === '') problems.push('basis');
  return problems;
};

/** What the final payment is after the advance: the decided amount less what was advanced (never below zero). */
export type Settlement = { decidedFen: number; advanceFen: number; balanceFen: number };

export const settlementOf = (decidedFen: number, advanceFen: number): Settlement => ({
  decidedFen,
  advanceFen,
  balanceFen: Math.max(0, decidedFen - advanceFen),
});
