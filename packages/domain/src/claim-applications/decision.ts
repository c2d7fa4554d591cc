import type { Role } from '../access/index.ts';
import { DomainError } from '../core/index.ts';

/** Insurance Law arts. 23, 24: the insurer pays, pays part, or refuses (核定: 赔付 / 部分赔付 / 拒赔). */
export const CLAIM_DECISION_KINDS = ['pay', 'partial', 'refuse'] as const;
export type ClaimDecisionKind = (typeof CLAIM_DECISION_KINDS)[number];

/**
 * What binds the customer: a clause of the contract or an article of a law. A customer letter cites nothing else
 * (never the center's rule book, a seed section, a rule id or an error code).
 */
export type DecisionBasis =
  | { source: 'contract'; clause: string }
  | { source: 'law'; law: string; article: string };

export type DecisionReason = { text: string; basis: DecisionBasis };

export type ClaimDecision =
  | { kind: 'pay'; amountFen: number }
  /** Art. 23 with a reduction: the customer is told why the amount is below the claim. */
  | { kind: 'partial'; amountFen: number; reasons: readonly DecisionReason[] }
  /** Art. 24: a refusal states its reasons. */
  | { kind: 'refuse'; reasons: readonly DecisionReason[] };

/** The basis as the letter prints it, e.g. 保险合同第十二条第（三）项 / 《中华人民共和国保险法》第十六条. */
export const basisText = (b: DecisionBasis): string =>
  b.source === 'contract' ? `保险合同${b.clause}` : `${b.law}${b.article}`;

/*
 * Internal references a customer text must not carry: seed sections (种子 003 §(二), seed 003), section marks,
 * error codes (UPPER_SNAKE), rule ids (kebab-case) and code names (camelCase), in ASCII, where contract and law
 * citations are written in Chinese.
 */
const INTERNAL = [
  /种子\s*\d+/,
  /seed\s*\d+/i,
  /§/,
  /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/,
  /\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b/,
  /\b[a-z]+[A-Z][A-Za-z0-9]*\b/,
];

/** The internal references found in a customer text (empty = fit to print). */
export const internalReferencesIn = (text: string): string[] => {
  const found: string[] = [];
  for (const re of INTERNAL) {
    const m = re.exec(text);
    if (m) found.push(m[0]);
  }
  return found;
};

/**
 * Problems of a decision as field paths, all at once; empty = complete. `advanceFen` is what was already paid in
 * advance (art. 25): it was the amount that could be determined, so the decision pays at least that and cannot
 * refuse outright.
 */
export const decisionProblems = (
  d: ClaimDecision,
  limits?: { payableFen?: number; advanceFen?: number },
): string[] => {
  const problems: string[] = [];
  const advance = limits?.advanceFen ?? 0;
  if (d.kind === 'refuse' && advance > 0) problems.push('outcome');
  if (d.kind !== 'refuse') {
    if (!Number.isSafeInteger(d.amountFen) || d.amountFen < 0) problems.push('amountFen');
    if (d.kind === 'pay' && d.amountFen === 0) problems.push('amountFen');
    if (limits?.payableFen !== undefined && d.amountFen > limits.payableFen) problems.push('amountFen');
    if (d.amountFen < advance) problems.push('amountFen');
  }
  if (d.kind !== 'pay') {
    if (d.reasons.length === 0) problems.push('reasons');
    d.reasons.forEach((r, i) => {
      if (r.text.trim() === '' || internalReferencesIn(r.text).length > 0) problems.push(`reasons.${i}.text`);
      const cite = r.basis.source === 'contract' ? r.basis.clause : `${r.basis.law}${r.basis.article}`;
      const empty =
        r.basis.source === 'contract'
          ? r.basis.clause.trim() === ''
          : !r.basis.law.trim() || !r.basis.article.trim();
      if (empty || internalReferencesIn(cite).length > 0) problems.push(`reasons.${i}.basis`);
    });
  }
  return problems;
};

/** Throws VALIDATION_FAILED with the problems when the decision is incomplete. */
export const assertDecision = (d: ClaimDecision, limits?: { payableFen?: number }): void => {
  const problems = decisionProblems(d, limits);
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', { problems });
};

/** Approval levels for a claim payout (理赔核赔权限 / 核决权限), lowest first. */
export const CLAIM_APPROVAL_LEVELS = ['claimsHandler', 'supervisor', 'branch', 'headOffice'] as const;
export type ClaimApprovalLevel = (typeof CLAIM_APPROVAL_LEVELS)[number];

export type ClaimAuthorityRow = {
  level: ClaimApprovalLevel;
  /** Largest payout in fen this level may approve; null = no limit (head office). */
  maxFen: number | null;
};

/**
 * Setting: the seeds name 核决权限 but give no amounts, so these are defaults head office changes: a claims
 * handler approves up to 10,000 CNY, a team lead or supervisor up to 50,000, the branch up to 500,000 (the
 * major-case line of seed 003: a payout over 500,000 goes to head office), head office without limit.
 */
export const DEFAULT_CLAIM_AUTHORITY_TABLE: readonly ClaimAuthorityRow[] = [
  { level: 'claimsHandler', maxFen: 10_000_00 },
  { level: 'supervisor', maxFen: 50_000_00 },
  { level: 'branch', maxFen: 500_000_00 },
  { level: 'headOffice', maxFen: null },
];

const rank = (l: ClaimApprovalLevel) => CLAIM_APPROVAL_LEVELS.indexOf(l);

/**
 * The level each role holds for claim payouts, as for complaints (complaints/authority.ts): team leads and
 * supervisors share one level, the branch administrator signs for the branch. A service manager owns service
 * standards, not claims, and holds none; nor do agents, auditors and the system administrator.
 */
export const claimApprovalLevelOf = (role: Role): ClaimApprovalLevel | null => {
  switch (role) {
    case 'claimsHandler':
      return 'claimsHandler';
    case 'teamLead':
    case 'supervisor':
      return 'supervisor';
    case 'branchAdmin':
      return 'branch';
    case 'headOffice':
      return 'headOffice';
    default:
      return null;
  }
};

/** Refuses a table that is not one row per level, strictly rising, with an unlimited top. */
export const validateClaimAuthorityTable = (table: readonly ClaimAuthorityRow[]): void => {
  const problems: string[] = [];
  const byLevel = CLAIM_APPROVAL_LEVELS.map((l) => table.filter((r) => r.level === l));
  if (table.length !== CLAIM_APPROVAL_LEVELS.length || byLevel.some((rows) => rows.length !== 1))
    problems.push('levels');
  const rows = byLevel.map((r) => r[0]).filter((r): r is ClaimAuthorityRow => r !== undefined);
  rows.forEach((r, i) => {
    const top = i === CLAIM_APPROVAL_LEVELS.length - 1;
    if (top ? r.maxFen !== null : r.maxFen === null || !Number.isSafeInteger(r.maxFen) || r.maxFen <= 0)
      problems.push(`${r.level}.maxFen`);
    const below = rows[i - 1];
    if (below?.maxFen != null && r.maxFen !== null && r.maxFen <= below.maxFen)
      problems.push(`${r.level}.maxFen`);
  });
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', { problems });
};

/** The lowest level whose limit covers the amount (inclusive: exactly 10,000.00 is within 10,000.00). */
export const requiredApprovalLevel = (
  amountFen: number,
  table: readonly ClaimAuthorityRow[] = DEFAULT_CLAIM_AUTHORITY_TABLE,
): ClaimApprovalLevel => {
  if (!Number.isSafeInteger(amountFen) || amountFen < 0)
    throw new DomainError('VALIDATION_FAILED', { problems: ['amountFen'] });
  let best: ClaimAuthorityRow | undefined;
  for (const r of table) {
    if ((r.maxFen === null || amountFen <= r.maxFen) && (!best || rank(r.level) < rank(best.level))) best = r;
  }
  if (!best) throw new DomainError('APPROVAL_AUTHORITY_EXCEEDED', { amountFen });
  return best.level;
};

/** Whether a person of this role may approve at the level (each level covers the ones below it). */
export const levelCovers = (role: Role, level: ClaimApprovalLevel): boolean => {
  const held = claimApprovalLevelOf(role);
  return held !== null && rank(held) >= rank(level);
};
