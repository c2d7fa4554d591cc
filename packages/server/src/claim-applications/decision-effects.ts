import { randomUUID } from 'node:crypto';
import {
  type ClaimClockFact,
  type ClaimDecision,
  calculatePayout,
  decisionProblems,
  type LossItem,
  legalClocksStartedBy,
  type PayoutInput,
  payoutInputProblems,
  requiredApprovalLevel,
} from '@claimline/domain/claim-applications';
import { unsealJson } from '../crypto/sealed-json.ts';
import { unsealText } from '../crypto/sealed-text.ts';
import { openCaseDeadlines } from '../deadlines/service.ts';
import { AppError } from '../errors.ts';
import { amountAtStake, type ApplicationEnv as Env, type LoadedApplication, noteOf } from './facts.ts';
import * as repo from './repository.ts';
import type { ApplicationEventBody } from './schema.ts';

const problemsAt = (prefix: string, problems: string[]) =>
  problems.map((p) => ({ in: 'body', path: `${prefix}${p}`, zh: '请检查该项', en: 'Check this field' }));

/**
 * The loss as items: itemised as assessed, or one line for a lump sum (a death or disability benefit is a fixed
 * amount, not a list of costs). Exactly one of the two.
 */
const itemsOf = (input: Extract<ApplicationEventBody, { event: 'recordAssessment' }>): LossItem[] => {
  if (input.items && input.assessedAmountFen !== undefined)
    throw new AppError('CLAIM_PAYOUT_INVALID', problemsAt('', ['items', 'assessedAmountFen']));
  if (input.items) return input.items;
  if (input.assessedAmountFen !== undefined) return [{ ...LUMP_SUM_LABEL, lossFen: input.assessedAmountFen }];
  throw new AppError('CLAIM_PAYOUT_INVALID', problemsAt('', ['items']));
};

/** The one line of a lump-sum assessment, as the breakdown and the letter print it. */
export const LUMP_SUM_LABEL = { zh: '一次性核定金额', en: 'Lump-sum assessment' } as const;

/**
 * Seed 004 四 4 损失核定: the assessed loss and the payout under the policy (calculatePayout: sub-limits, the
 * deductible, what earlier payouts used of the sum insured), kept with its input so the letter shows the same steps.
 */
export const recordAssessment = async ({ tx, now, row, input, patch, data }: Env) => {
  if (input.event !== 'recordAssessment') return;
  const sumInsuredFen = Number(row.sum_insured_fen);
  const items = itemsOf(input);
  const payoutInput: PayoutInput = {
    items,
    ...(input.categoryLimits ? { categoryLimits: input.categoryLimits } : {}),
    sumInsuredFen,
    // The policy's deductible (fixed and rate, the higher of the two when both) and payout proportion (0019).
    deductible: { fixedFen: Number(row.deductible_fen), rateBp: row.deductible_rate_bp },
    payoutRatioBp: row.payout_ratio_bp,
    // Data, not input: what others were paid can never be more than the sum insured uses up.
    earlierPayoutsFen: Math.min(await repo.earlierPayoutsFen(tx, row.policy_id, row.case_id), sumInsuredFen),
  };
  const problems = payoutInputProblems(payoutInput);
  if (problems.length > 0) throw new AppError('CLAIM_PAYOUT_INVALID', problemsAt('', problems));
  const payout = calculatePayout(payoutInput);
  Object.assign(patch.application, {
    assessment: noteOf(input) ?? null,
    assessed_at: now,
    assessed_amount_fen: payout.lossFen,
    payout: JSON.stringify({ input: payoutInput, result: payout }),
    payout_fen: payout.payableFen,
  });
  Object.assign(data, { assessedAmountFen: payout.lossFen, payableFen: payout.payableFen });
};

/** The decision a `decide` asks for, checked (decisionProblems: amount within the payable, reasons that cite). */
const decisionFrom = (row: LoadedApplication, input: ApplicationEventBody): ClaimDecision => {
  if (input.event !== 'decide' || !input.outcome) throw new AppError('CLAIM_DECISION_OUTCOME_REQUIRED');
  if (row.payout_fen === null) throw new AppError('CLAIM_PAYOUT_REQUIRED');
  const d: ClaimDecision =
    input.outcome === 'refuse'
      ? { kind: 'refuse', reasons: input.reasons }
      : input.outcome === 'partial'
        ? { kind: 'partial', amountFen: input.amountFen ?? -1, reasons: input.reasons }
        : { kind: 'pay', amountFen: input.amountFen ?? -1 };
  const problems = decisionProblems(d, {
    payableFen: Number(row.payout_fen),
    advanceFen: Number(row.advance_fen ?? 0),
  });
  if (problems.length > 0) throw new AppError('CLAIM_DECISION_INVALID', problemsAt('', problems));
  return d;
};

/**
 * The decision made now (`decide` within authority) or approved (`approveDecision`: the proposal, in full: the
 * approval row shows its reasons masked when they name a number, issue #18 part 6).
 */
const decisionNow = async ({ deps, tx, row, input }: Env): Promise<ClaimDecision> => {
  if (input.event === 'approveDecision') {
    if (!row.pending) throw new AppError('CLAIM_DECISION_INVALID');
    const ref = { table: 'claim_approvals', rowId: row.pending.id, column: 'decision' } as const;
    return (await unsealJson(deps.crypto, tx, ref, row.pending.decision)) as ClaimDecision;
  }
  return decisionFrom(row, input);
};

/** The approval's note in full, for the decision it settles. */
const pendingNote = async ({ deps, tx, row }: Env) => {
  if (!row.pending) return null;
  const ref = { table: 'claim_approvals', rowId: row.pending.id, column: 'decision_note' } as const;
  return (await unsealText(deps.crypto, tx, ref)) ?? row.pending.decision_note;
};

/**
 * Keeps the decision and starts the clocks it starts (legal-clocks.ts): a refusal the 3-day notice (art. 24), a
 * payment the 10 days to pay (art. 23; the desk records the decision as the agreement on the amount).
 */
export const recordDecision = async (env: Env) => {
  const { tx, ctx, now, row, input, patch, data } = env;
  const d = await decisionNow(env);
  Object.assign(patch.application, {
    decision: d.kind === 'refuse' ? 'refuse' : 'pay',
    decision_detail: JSON.stringify(d),
    decision_note:
      (input.event === 'decide' ? noteOf(input) : await pendingNote(env)) ??
      (await unsealText(env.deps.crypto, tx, {
        table: 'claim_applications',
        rowId: row.case_id,
        column: 'decision_note',
      })) ??
      row.decision_note,
    decided_by:
      input.event === 'approveDecision' ? (row.pending?.requested_by ?? ctx.actor.id) : ctx.actor.id,
    decided_at: now,
  });
  const facts: ClaimClockFact[] = d.kind === 'refuse' ? ['claimDecided'] : ['claimDecided', 'payoutAgreed'];
  for (const fact of facts)
    if (legalClocksStartedBy(fact, { decision: d.kind }).length > 0)
      await openCaseDeadlines(
        tx,
        { caseId: row.case_id, caseKind: 'claimApplication', branchId: row.branch_id },
        now,
        fact,
      );
  Object.assign(data, { kind: d.kind, ...(d.kind === 'refuse' ? {} : { amountFen: d.amountFen }) });
};

/** Above the handler's authority: the proposal waits for the level its amount needs (核决权限). */
export const openApproval = async ({ deps, tx, ctx, now, row, input, data }: Env) => {
  const d = decisionFrom(row, input);
  const amountFen = amountAtStake(row, input);
  const level = requiredApprovalLevel(amountFen, row.authority);
  await repo.insertApproval(tx, deps.crypto, {
    id: randomUUID(),
    case_id: row.case_id,
    required_level: level,
    amount_fen: amountFen,
    decision: d,
    requested_by: ctx.actor.id,
    requested_at: now,
    outcome: null,
    decided_by: null,
    decided_at: null,
    decision_note: noteOf(input) ?? null,
  });
  Object.assign(data, { kind: d.kind, amountFen, requiredLevel: level });
};

const settle = async ({ deps, tx, ctx, now, row, input, data }: Env, outcome: 'approved' | 'rejected') => {
  if (!row.pending) throw new AppError('CLAIM_DECISION_INVALID');
  // Without a note of its own the request's note stays (sealed copy included).
  const note = noteOf(input);
  await repo.settleApproval(tx, deps.crypto, row.pending.id, {
    outcome,
    decided_by: ctx.actor.id,
    decided_at: now,
    ...(note === undefined ? {} : { decision_note: note }),
  });
  Object.assign(data, { approval: outcome, requiredLevel: row.pending.required_level });
};

export const approvePending = (env: Env) => settle(env, 'approved');
export const rejectPending = (env: Env) => settle(env, 'rejected');
