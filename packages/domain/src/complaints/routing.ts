import type { Role } from '../access/index.ts';
import { type ComplaintCategory, type HandlerRole, handlerLevelOf, handlerRank } from './classification.ts';

/**
 * A routing rule: when every field it names matches, the complaint goes to `assigneeId` if eligible, otherwise
 * to the least-loaded eligible person of `branchPath` (the rule's team). Unnamed fields match anything; the rule
 * naming the most fields wins, then the lower `priority` number.
 */
export type RoutingRule = {
  id: string;
  branchPath: string | null;
  product: string | null;
  category: ComplaintCategory | null;
  assigneeId: string | null;
  priority: number;
};

export type Candidate = {
  id: string;
  role: Role;
  active: boolean;
  branchPath: string;
  openComplaints: number;
  name: string;
};

export type RoutingInput = {
  branchPath: string;
  product: string;
  category: ComplaintCategory;
  handlerRole: HandlerRole;
  /** Avoidance (回避): people with a direct interest in the complained matter, e.g. the agent complained about. */
  interestedIds: readonly string[];
};

export type RoutingResult =
  | { ok: true; assigneeId: string; ruleId: string | null; avoided: string[] }
  | { ok: false; code: 'NO_ELIGIBLE_HANDLER'; details: { handlerRole: HandlerRole; avoided: string[] } };

const specificity = (r: RoutingRule) => (r.branchPath ? 1 : 0) + (r.product ? 1 : 0) + (r.category ? 1 : 0);

export const matchingRules = (rules: readonly RoutingRule[], c: RoutingInput): RoutingRule[] =>
  rules
    .filter(
      (r) =>
        (r.branchPath === null || c.branchPath.startsWith(r.branchPath)) &&
        (r.product === null || r.product === c.product) &&
        (r.category === null || r.category === c.category),
    )
    .sort((a, b) => specificity(b) - specificity(a) || a.priority - b.priority || a.id.localeCompare(b.id));

/** May this person handle a complaint at this level in this branch, apart from avoidance? */
export const canHandle = (p: Candidate, handlerRole: HandlerRole, complaintBranchPath: string): boolean => {
  const level = handlerLevelOf(p.role);
  return (
    p.active &&
    level !== null &&
    handlerRank(level) >= handlerRank(handlerRole) &&
    // The handler must see the case: their branch is the complaint's branch or above it.
    complaintBranchPath.startsWith(p.branchPath)
  );
};

/** Avoidance: nobody with a direct interest in the complained matter handles it (办法 2020: 回避制度). */
export const hasInterest = (personId: string, c: Pick<RoutingInput, 'interestedIds'>): boolean =>
  c.interestedIds.includes(personId);

/** Nearest the complaint's branch first, then the fewest open complaints, then by name: deterministic. */
export const leastLoaded = (people: Candidate[], branchPath: string): Candidate | undefined =>
  [...people].sort(
    (a, b) =>
      // Nearest first: someone in the complaint's own branch before someone above it.
      Math.abs(branchPath.length - a.branchPath.length) - Math.abs(branchPath.length - b.branchPath.length) ||
      a.openComplaints - b.openComplaints ||
      a.name.localeCompare(b.name, 'zh-CN') ||
      a.id.localeCompare(b.id),
  )[0];

/**
 * Picks the responsible person: the first matching rule that yields an eligible person wins; with no rule (or
 * none yielding anyone) the least-loaded eligible person nearest the complaint's branch. Interested people are
 * never chosen, even when a rule names them.
 */
export const routeComplaint = (
  rules: readonly RoutingRule[],
  c: RoutingInput,
  candidates: readonly Candidate[],
): RoutingResult => {
  const avoided = candidates.filter((p) => hasInterest(p.id, c)).map((p) => p.id);
  const eligible = candidates.filter(
    (p) => canHandle(p, c.handlerRole, c.branchPath) && !hasInterest(p.id, c),
  );
  for (const rule of matchingRules(rules, c)) {
    if (rule.assigneeId) {
      const named = eligible.find((p) => p.id === rule.assigneeId);
      if (named) return { ok: true, assigneeId: named.id, ruleId: rule.id, avoided };
      continue;
    }
    const team = rule.branchPath;
    const pick = leastLoaded(
      eligible.filter((p) => team === null || p.branchPath.startsWith(team)),
      c.branchPath,
    );
    if (pick) return { ok: true, assigneeId: pick.id, ruleId: rule.id, avoided };
  }
  const pick = leastLoaded(eligible, c.branchPath);
  if (pick) return { ok: true, assigneeId: pick.id, ruleId: null, avoided };
  return { ok: false, code: 'NO_ELIGIBLE_HANDLER', details: { handlerRole: c.handlerRole, avoided } };
};
