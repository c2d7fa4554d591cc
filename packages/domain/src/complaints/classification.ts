import type { Role } from '../access/index.ts';
import { DomainError } from '../core/index.ts';

/** Seed 002 §三(二)3: complaints are classified "根据问题的紧急程度和复杂程度". */
export const URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * The three tiers of the regulatory clock: facts clear and dispute simple (15 days), complex (up to 30),
 * very complex or with another special reason (30 more with senior approval). See `clock.ts`.
 */
export const COMPLEXITIES = ['simple', 'complex', 'veryComplex'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

/** What the complaint is about; routing rules match on it. */
export const COMPLAINT_CATEGORIES = [
  'serviceAttitude',
  'claimDispute',
  'claimDelay',
  'salesPractice',
  'policyService',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** Complaints reach us from the complainant on any channel, or transferred by the regulator (转送投诉). */
export const COMPLAINT_SOURCES = ['customer', 'regulator'] as const;
export type ComplaintSource = (typeof COMPLAINT_SOURCES)[number];

/** Who handles a complaint, lowest first; a handler of a higher level may take a lower one's work. */
export const HANDLER_ROLES = ['agent', 'teamLead', 'supervisor'] as const satisfies readonly Role[];
export type HandlerRole = (typeof HANDLER_ROLES)[number];

export type ClassificationCell = { handlerRole: HandlerRole };
export type ClassificationMatrix = Record<Urgency, Record<Complexity, ClassificationCell>>;

/**
 * Setting: urgency × complexity → handler level. Seed 002 §二(三)6 gives 重大客户投诉和疑难问题 to the
 * supervisor and §二(二)3 疑难客户问题 to the team lead; the cells in between are this default's choice.
 */
export const DEFAULT_CLASSIFICATION_MATRIX: ClassificationMatrix = {
  normal: {
    simple: { handlerRole: 'agent' },
    complex: { handlerRole: 'teamLead' },
    veryComplex: { handlerRole: 'supervisor' },
  },
  urgent: {
    simple: { handlerRole: 'teamLead' },
    complex: { handlerRole: 'teamLead' },
    veryComplex: { handlerRole: 'supervisor' },
  },
  critical: {
    simple: { handlerRole: 'supervisor' },
    complex: { handlerRole: 'supervisor' },
    veryComplex: { handlerRole: 'supervisor' },
  },
};

/**
 * A regulator-transferred complaint is never handled below team-lead level (it is already a dispute outside); a
 * major complaint (办法 2020 art. 29) goes to the supervisor, as seed 002 §二(三)6 gives 重大客户投诉 to 客服主管.
 */
export const classifyComplaint = (
  matrix: ClassificationMatrix,
  c: { urgency: Urgency; complexity: Complexity; source: ComplaintSource; major?: boolean },
): ClassificationCell => {
  const cell = matrix[c.urgency]?.[c.complexity];
  if (!cell) throw new DomainError('COMPLAINT_CLASSIFICATION_INVALID', { ...c });
  if (c.major) return { handlerRole: 'supervisor' };
  if (c.source === 'regulator' && handlerRank(cell.handlerRole) < handlerRank('teamLead'))
    return { handlerRole: 'teamLead' };
  return cell;
};

export const handlerRank = (role: HandlerRole): number => HANDLER_ROLES.indexOf(role);

/** The handler level a role works at, or null for roles that do not handle complaints. */
export const handlerLevelOf = (role: Role): HandlerRole | null => {
  if (role === 'agent' || role === 'claimsHandler') return 'agent';
  if (role === 'teamLead') return 'teamLead';
  if (role === 'supervisor' || role === 'serviceManager' || role === 'branchAdmin' || role === 'headOffice')
    return 'supervisor';
  return null;
};

/** One level up, for a complaint escalated after an unsatisfied call-back; the top stays at the top. */
export const raiseHandlerRole = (role: HandlerRole): HandlerRole =>
  HANDLER_ROLES[Math.min(handlerRank(role) + 1, HANDLER_ROLES.length - 1)] as HandlerRole;
