import { DomainError } from '../core/index.ts';

/*
 * The payout of one claim under one contract, exact in fen: every amount is a safe integer, every rate an integer
 * in basis points (1 bp = 0.01 %), and the one division (a proportion) is done on integers with a stated rounding.
 * Order of the steps (each one can only lower the amount, so the payout never exceeds the loss):
 *   loss → per-item limits → per-category limits → proportion of sum insured to insured value (art. 55 ¶4)
 *   → deductible (fixed and/or rate) → payout proportion (co-insurance) → remaining sum insured (arts. 55, 56).
 * Contracts that deduct before the proportion exist; this order is the one the settlement screen shows and the
 * letter prints, so both always agree with the amount.
 */

/** 10,000 bp = 100 %. */
export const BP = 10_000;

/**
 * Setting: rounding of a proportion to the fen is half up (四舍五入): the fen is the smallest unit of the renminbi
 * (中国人民银行法 art. 16; 人民币管理条例 art. 4), and no law fixes the rounding of an indemnity, so it is stated here.
 */
export const PAYOUT_ROUNDING = 'halfUp' as const;

export type LossItem = {
  /** Shown on the breakdown, e.g. 车辆损失 / vehicle damage. */
  zh: string;
  en: string;
  lossFen: number;
  /** The contract's sub-limit for this item (每项赔偿限额), if any. */
  limitFen?: number;
  /** Key into `categoryLimits`, if the contract limits a category of items together. */
  category?: string;
};

export type CategoryLimit = { category: string; zh: string; en: string; limitFen: number };

export type Deductible = {
  /** 绝对免赔额 per claim. */
  fixedFen?: number;
  /** 免赔率 in bp of the amount it applies to. */
  rateBp?: number;
  /**
   * When both are given: 'higher' deducts whichever is larger ("以高者为准", the common wording), 'both' deducts
   * the fixed amount and then the rate of what is left. Default 'higher'.
   */
  combine?: 'higher' | 'both';
};

export type PayoutInput = {
  /** The assessed loss (核定损失), as items; one item when the loss is not itemised. */
  items: readonly LossItem[];
  categoryLimits?: readonly CategoryLimit[];
  sumInsuredFen: number;
  /** 保险价值, for indemnity contracts that state it; omitted = no proportional indemnity and no over-insurance cap. */
  insuredValueFen?: number;
  deductible?: Deductible;
  /** 赔付比例 (e.g. 8,000 bp = 80 % when the insured bears 20 %); default 100 %. */
  payoutRatioBp?: number;
  /** Earlier payouts on the same policy, which use up the sum insured (累计赔偿限额). */
  earlierPayoutsFen?: number;
};

export const PAYOUT_STEP_CODES = [
  'loss',
  'itemLimit',
  'categoryLimit',
  'proportional',
  'deductibleFixed',
  'deductibleRate',
  'payoutRatio',
  'remainingSumInsured',
  'payable',
] as const;
export type PayoutStepCode = (typeof PAYOUT_STEP_CODES)[number];

/**
 * One line of the breakdown. `amountFen` is the running amount after the step, `changeFen` what the step took
 * off (≤ 0; 0 for the first and last line). The numbers a label needs (rate, ratio, limit) travel beside it, so
 * the screen and the letter format them in their own language.
 */
export type PayoutStep = {
  code: PayoutStepCode;
  zh: string;
  en: string;
  amountFen: number;
  changeFen: number;
  /** The item or category a limit step is about. */
  subject?: { zh: string; en: string };
  limitFen?: number;
  rateBp?: number;
  ratio?: { numeratorFen: number; denominatorFen: number };
};

export type PayoutResult = {
  payableFen: number;
  lossFen: number;
  steps: PayoutStep[];
};

const LABELS: Record<PayoutStepCode, { zh: string; en: string }> = {
  loss: { zh: '核定损失金额', en: 'Assessed loss' },
  itemLimit: { zh: '分项赔偿限额', en: 'Item sub-limit' },
  categoryLimit: { zh: '分类赔偿限额', en: 'Category sub-limit' },
  proportional: {
    zh: '按保险金额与保险价值的比例赔偿',
    en: 'Proportional indemnity (sum insured / insured value)',
  },
  deductibleFixed: { zh: '扣除免赔额', en: 'Fixed deductible' },
  deductibleRate: { zh: '扣除免赔率', en: 'Deductible rate' },
  payoutRatio: { zh: '按赔付比例赔偿', en: 'Payout proportion' },
  remainingSumInsured: { zh: '以剩余保险金额为限', en: 'Limited to the remaining sum insured' },
  payable: { zh: '应付赔款', en: 'Payable' },
};

/**
 * round-half-up(a × b / c) on non-negative integers, exact: the fast path stays within 2^53 (where `%` and the
 * division of a multiple are exact), the rest goes through BigInt.
 */
export const mulDivHalfUp = (a: number, b: number, c: number): number => {
  const p = a * b;
  if (p <= Number.MAX_SAFE_INTEGER) {
    const r = p % c;
    const q = (p - r) / c;
    return r * 2 >= c ? q + 1 : q;
  }
  const bc = BigInt(c);
  const bp = BigInt(a) * BigInt(b);
  const q = bp / bc;
  return Number((bp - q * bc) * 2n >= bc ? q + 1n : q);
};

const fen = (n: number | undefined): boolean => n === undefined || (Number.isSafeInteger(n) && n >= 0);
const bp = (n: number | undefined): boolean =>
  n === undefined || (Number.isSafeInteger(n) && n >= 0 && n <= BP);

/** The same checks without building a list: the hot path of every calculation (bench/payout.bench.ts). */
const plainlyValid = (input: PayoutInput): boolean => {
  const items = input.items;
  if (items.length === 0) return false;
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!fen(item.lossFen) || !fen(item.limitFen)) return false;
    total += item.lossFen;
  }
  const limits = input.categoryLimits;
  if (limits) for (let i = 0; i < limits.length; i++) if (!fen(limits[i]!.limitFen)) return false;
  const d = input.deductible;
  const earlier = input.earlierPayoutsFen ?? 0;
  return (
    Number.isSafeInteger(total) &&
    fen(input.sumInsuredFen) &&
    fen(input.insuredValueFen) &&
    input.insuredValueFen !== 0 &&
    (d === undefined || (fen(d.fixedFen) && bp(d.rateBp))) &&
    bp(input.payoutRatioBp) &&
    fen(earlier) &&
    earlier <= input.sumInsuredFen
  );
};

/** Every problem of an input at once (field names), so a form can mark them all; empty = valid. */
export const payoutInputProblems = (input: PayoutInput): string[] => {
  const problems: string[] = [];
  if (input.items.length === 0) problems.push('items');
  input.items.forEach((item, i) => {
    if (!fen(item.lossFen)) problems.push(`items.${i}.lossFen`);
    if (!fen(item.limitFen)) problems.push(`items.${i}.limitFen`);
  });
  input.categoryLimits?.forEach((c, i) => {
    if (!fen(c.limitFen)) problems.push(`categoryLimits.${i}.limitFen`);
  });
  let total = 0;
  for (const item of input.items) total += item.lossFen;
  if (!Number.isSafeInteger(total)) problems.push('items');
  if (!fen(input.sumInsuredFen)) problems.push('sumInsuredFen');
  if (!fen(input.insuredValueFen) || input.insuredValueFen === 0) problems.push('insuredValueFen');
  if (!fen(input.deductible?.fixedFen)) problems.push('deductible.fixedFen');
  if (!bp(input.deductible?.rateBp)) problems.push('deductible.rateBp');
  if (!bp(input.payoutRatioBp)) problems.push('payoutRatioBp');
  const earlier = input.earlierPayoutsFen;
  if (!fen(earlier) || (earlier ?? 0) > input.sumInsuredFen) problems.push('earlierPayoutsFen');
  return problems;
};

/**
 * The payable amount and its breakdown. Steps that change nothing are left out (a limit that does not bite is
 * not news to the customer), except the first (loss) and the last (payable). Throws VALIDATION_FAILED with the
 * field names on an input no contract can have (negative or fractional fen, a rate above 100 %, …).
 */
export const calculatePayout = (input: PayoutInput): PayoutResult => {
  if (!plainlyValid(input))
    throw new DomainError('VALIDATION_FAILED', { problems: payoutInputProblems(input) });

  const steps: PayoutStep[] = [];
  // Every step has the same fields in the same order (absent ones undefined): one object shape, no spread.
  const step = (code: PayoutStepCode, amountFen: number, before: number, extra?: Partial<PayoutStep>) => {
    const label = LABELS[code];
    steps.push({
      code,
      zh: label.zh,
      en: label.en,
      amountFen,
      changeFen: amountFen - before,
      subject: extra?.subject,
      limitFen: extra?.limitFen,
      rateBp: extra?.rateBp,
      ratio: extra?.ratio,
    });
  };

  let lossFen = 0;
  for (const item of input.items) lossFen += item.lossFen;
  step('loss', lossFen, lossFen);
  let amount = lossFen;

  // Sub-limits: each item to its own limit, then each category's items together to the category's limit.
  for (const item of input.items) {
    if (item.limitFen === undefined || item.lossFen <= item.limitFen) continue;
    const before = amount;
    amount -= item.lossFen - item.limitFen;
    step('itemLimit', amount, before, { subject: { zh: item.zh, en: item.en }, limitFen: item.limitFen });
  }
  const limits = input.categoryLimits;
  if (limits)
    for (const c of limits) {
      let total = 0;
      for (const item of input.items)
        if (item.category === c.category)
          total += item.limitFen !== undefined && item.lossFen > item.limitFen ? item.limitFen : item.lossFen;
      if (total <= c.limitFen) continue;
      const before = amount;
      amount -= total - c.limitFen;
      step('categoryLimit', amount, before, { subject: { zh: c.zh, en: c.en }, limitFen: c.limitFen });
    }

  // Insurance Law art. 55 ¶4: underinsured → pay in the proportion of sum insured to insured value (half up).
  const value = input.insuredValueFen;
  if (value !== undefined && input.sumInsuredFen < value && amount > 0) {
    const before = amount;
    amount = mulDivHalfUp(amount, input.sumInsuredFen, value);
    step('proportional', amount, before, {
      ratio: { numeratorFen: input.sumInsuredFen, denominatorFen: value },
    });
  }

  // Deductible, as the contract states it; never below zero.
  const d = input.deductible;
  const fixed = d?.fixedFen ?? 0;
  const rate = d?.rateBp ?? 0;
  if (amount > 0 && fixed > 0 && rate > 0 && (d?.combine ?? 'higher') === 'higher') {
    const byRate = mulDivHalfUp(amount, rate, BP);
    const before = amount;
    amount = Math.max(0, amount - Math.max(fixed, byRate));
    if (fixed >= byRate) step('deductibleFixed', amount, before, { limitFen: fixed });
    else step('deductibleRate', amount, before, { rateBp: rate });
  } else {
    if (fixed > 0 && amount > 0) {
      const before = amount;
      amount = Math.max(0, amount - fixed);
      step('deductibleFixed', amount, before, { limitFen: fixed });
    }
    if (rate > 0 && amount > 0) {
      const before = amount;
      amount -= mulDivHalfUp(amount, rate, BP);
      step('deductibleRate', amount, before, { rateBp: rate });
    }
  }

  // The contract's payout proportion (co-insurance share borne by the insured), half up.
  const ratio = input.payoutRatioBp ?? BP;
  if (ratio < BP && amount > 0) {
    const before = amount;
    amount = mulDivHalfUp(amount, ratio, BP);
    step('payoutRatio', amount, before, { rateBp: ratio });
  }

  // Art. 18 ¶4: the sum insured is the most the insurer pays; art. 55 ¶3: what exceeds the insured value is void;
  // earlier payouts on the policy use it up (the contract's aggregate limit).
  const cap =
    (value !== undefined && value < input.sumInsuredFen ? value : input.sumInsuredFen) -
    (input.earlierPayoutsFen ?? 0);
  const remaining = Math.max(cap, 0);
  if (amount > remaining) {
    const before = amount;
    amount = remaining;
    step('remainingSumInsured', amount, before, { limitFen: remaining });
  }

  step('payable', amount, amount);
  return { payableFen: amount, lossFen, steps };
};
