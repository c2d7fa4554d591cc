import type { Role } from '../access/index.ts';
import { DomainError } from '../core/index.ts';
import { URGENCIES, type Urgency } from './classification.ts';

/** Levels of approval authority (审批权限 / 核决权限), lowest first. */
export const APPROVAL_LEVELS = ['teamLead', 'supervisor', 'branch', 'headOffice'] as const;
export type ApprovalLevel = (typeof APPROVAL_LEVELS)[number];

/** The severity of a remedy is the urgency the complaint was classified with. */
export type Severity = Urgency;

export type AuthorityRow = {
  level: ApprovalLevel;
  /** Largest remedy in CNY this level may grant; null = no limit. */
  maxAmount: number | null;
  /** Most severe complaint this level may decide. */
  maxSeverity: Severity;
};

/**
 * Setting: who may approve which remedy. Seed 003 第三章 第八条 names 核决权限 for complaints but the copy we
 * have stops before its amounts, so these are defaults an administrator changes; each level covers the ones below.
 */
export const DEFAULT_AUTHORITY_TABLE: readonly AuthorityRow[] = [
  { level: 'teamLead', maxAmount: 1_000, maxSeverity: 'normal' },
  { level: 'supervisor', maxAmount: 10_000, maxSeverity: 'urgent' },
  { level: 'branch', maxAmount: 50_000, maxSeverity: 'critical' },
  { level: 'headOffice', maxAmount: null, maxSeverity: 'critical' },
];

const levelRank = (l: ApprovalLevel) => APPROVAL_LEVELS.indexOf(l);
const severityRank = (s: Severity) => URGENCIES.indexOf(s);

/** The approval level each role holds; roles without one approve nothing. */
export const approvalLevelOf = (role: Role): ApprovalLevel | null => {
  switch (role) {
    case 'teamLead':
      return 'teamLead';
    case 'supervisor':
    case 'serviceManager':
      return 'supervisor';
    case 'branchAdmin':
      return 'branch';
    case 'headOffice':
      return 'headOffice';
    default:
      return null;
  }
};

/** The lowest level whose row covers both the amount and the severity. */
export const requiredApprovalLevel = (
  table: readonly AuthorityRow[],
  remedy: { amount: number; severity: Severity },
): ApprovalLevel => {
  if (!Number.isFinite(remedy.amount) || remedy.amount < 0)
    throw new DomainError('REMEDY_AMOUNT_INVALID', { amount: remedy.amount });
  const sorted = [...table].sort((a, b) => levelRank(a.level) - levelRank(b.level));
  const row = sorted.find(
    (r) =>
      (r.maxAmount === null || remedy.amount <= r.maxAmount) &&
      severityRank(remedy.severity) <= severityRank(r.maxSeverity),
  );
  if (!row) throw new DomainError('APPROVAL_AUTHORITY_EXCEEDED', { amount: remedy.amount });
  return row.level;
};

export const levelCovers = (held: ApprovalLevel | null, needed: ApprovalLevel): boolean =>
  held !== null && levelRank(held) >= levelRank(needed);

/** Refuses a table with a gap: every level must be at least as strong as the one below, and the top unlimited. */
export const validateAuthorityTable = (table: readonly AuthorityRow[]): void => {
  const sorted = [...table].sort((a, b) => levelRank(a.level) - levelRank(b.level));
  const top = sorted[sorted.length - 1];
  const problems: string[] = [];
  if (new Set(table.map((r) => r.level)).size !== table.length) problems.push('duplicate level');
  if (!top || top.maxAmount !== null || top.maxSeverity !== 'critical')
    problems.push('top must be unlimited');
  for (let i = 1; i < sorted.length; i++) {
    const lo = sorted[i - 1] as AuthorityRow;
    const hi = sorted[i] as AuthorityRow;
    if (hi.maxAmount !== null && (lo.maxAmount === null || hi.maxAmount < lo.maxAmount))
      problems.push(`${hi.level} amount below ${lo.level}`);
    if (severityRank(hi.maxSeverity) < severityRank(lo.maxSeverity))
      problems.push(`${hi.level} severity below ${lo.level}`);
  }
  if (problems.length > 0) throw new DomainError('COMPLAINT_RULES_INVALID', { problems });
};
