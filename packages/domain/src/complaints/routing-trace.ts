import { handlerLevelOf, handlerRank } from './classification.ts';
import {
  type Candidate,
  canHandle,
  hasInterest,
  leastLoaded,
  matchingRules,
  type RoutingInput,
  type RoutingResult,
  type RoutingRule,
} from './routing.ts';

/** Why a person could not take the complaint (null: they could). */
export type CandidateBlock =
  | 'inactive'
  | 'notHandler'
  | 'levelTooLow'
  | 'outsideBranch'
  | 'interested'
  | null;

export type RuleTrace =
  | { ruleId: string; matched: false; mismatches: ('branch' | 'product' | 'category')[] }
  | {
      ruleId: string;
      matched: true;
      /** 1 = tried first (most specific, then lowest priority number). */
      order: number;
      outcome:
        | 'picked'
        /** The rule names a person with an interest in the matter (avoidance). */
        | 'assigneeAvoided'
        /** The rule names a person who cannot take it (level, branch, inactive). */
        | 'assigneeNotEligible'
        /** The rule's team (its branch) has nobody eligible. */
        | 'teamEmpty'
        /** An earlier rule already picked someone. */
        | 'notReached';
    };

export type RoutingTrace = {
  rules: RuleTrace[];
  candidates: { id: string; name: string; block: CandidateBlock }[];
  /** Nobody matched or no rule yielded anyone: the least-loaded eligible person nearest the branch. */
  fallback: boolean;
  result: RoutingResult;
};

const blockOf = (p: Candidate, c: RoutingInput): CandidateBlock => {
  if (hasInterest(p.id, c)) return 'interested';
  if (canHandle(p, c.handlerRole, c.branchPath)) return null;
  if (!p.active) return 'inactive';
  const level = handlerLevelOf(p.role);
  if (level === null) return 'notHandler';
  if (handlerRank(level) < handlerRank(c.handlerRole)) return 'levelTooLow';
  return 'outsideBranch';
};

const mismatchesOf = (r: RoutingRule, c: RoutingInput) => {
  const out: ('branch' | 'product' | 'category')[] = [];
  if (r.branchPath !== null && !c.branchPath.startsWith(r.branchPath)) out.push('branch');
  if (r.product !== null && r.product !== c.product) out.push('product');
  if (r.category !== null && r.category !== c.category) out.push('category');
  return out;
};

/**
 * The routing decision explained, for the rules editor's preview: every rule with whether it matched and, in
 * the order `routeComplaint` tries them, what each gave; every candidate with what keeps them out; the people
 * avoided. It follows `routeComplaint` step by step (a property test holds the two to the same answer).
 */
export const traceRouting = (
  rules: readonly RoutingRule[],
  c: RoutingInput,
  candidates: readonly Candidate[],
): RoutingTrace => {
  const avoided = candidates.filter((p) => hasInterest(p.id, c)).map((p) => p.id);
  const people = candidates.map((p) => ({ id: p.id, name: p.name, block: blockOf(p, c) }));
  const eligible = candidates.filter((p) => blockOf(p, c) === null);
  const matched = matchingRules(rules, c);
  const traced = new Map<string, RuleTrace>();
  let result: RoutingResult | null = null;
  for (const [i, rule] of matched.entries()) {
    const order = i + 1;
    if (result) {
      traced.set(rule.id, { ruleId: rule.id, matched: true, order, outcome: 'notReached' });
      continue;
    }
    if (rule.assigneeId) {
      const named = eligible.find((p) => p.id === rule.assigneeId);
      if (named) result = { ok: true, assigneeId: named.id, ruleId: rule.id, avoided };
      const outcome = named
        ? 'picked'
        : hasInterest(rule.assigneeId, c)
          ? 'assigneeAvoided'
          : 'assigneeNotEligible';
      traced.set(rule.id, { ruleId: rule.id, matched: true, order, outcome });
      continue;
    }
    const team = rule.branchPath;
    const pick = leastLoaded(
      eligible.filter((p) => team === null || p.branchPath.startsWith(team)),
      c.branchPath,
    );
    if (pick) result = { ok: true, assigneeId: pick.id, ruleId: rule.id, avoided };
    traced.set(rule.id, { ruleId: rule.id, matched: true, order, outcome: pick ? 'picked' : 'teamEmpty' });
  }
  const fallback = result === null;
  if (!result) {
    const pick = leastLoaded(eligible, c.branchPath);
    result = pick
      ? { ok: true, assigneeId: pick.id, ruleId: null, avoided }
      : { ok: false, code: 'NO_ELIGIBLE_HANDLER', details: { handlerRole: c.handlerRole, avoided } };
  }
  return {
    rules: rules.map(
      (r) => traced.get(r.id) ?? { ruleId: r.id, matched: false, mismatches: mismatchesOf(r, c) },
    ),
    candidates: people,
    fallback,
    result,
  };
};
