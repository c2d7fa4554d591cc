import {
  type Candidate,
  type ComplaintCategory,
  canHandle,
  type HandlerRole,
  type RoutingRule,
  routeComplaint,
} from '@claimline/domain/complaints';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import * as repo from './repository.ts';

type ComplaintForRouting = {
  branch_path: string;
  product: string;
  category: string;
  handler_role: string | null;
  complained_user_id: string | null;
};

export const candidatesFor = async (q: Db | Tx, branchPath: string): Promise<Candidate[]> =>
  (await repo.routingCandidates(q, branchPath)).map((u) => ({
    id: u.id,
    role: u.role as Candidate['role'],
    active: u.active,
    branchPath: u.branch_path,
    openComplaints: Number(u.open),
    name: u.name,
  }));

/** The active routing rules as the domain takes them. */
export const activeRoutingRules = async (q: Db | Tx): Promise<RoutingRule[]> =>
  (await repo.routingRules(q)).map((r) => ({
    id: r.id,
    branchPath: r.branch_path,
    product: r.product,
    category: r.category as ComplaintCategory | null,
    assigneeId: r.assignee_id,
    priority: r.priority,
  }));

const inputOf = (c: ComplaintForRouting) => ({
  branchPath: c.branch_path,
  product: c.product,
  category: c.category as ComplaintCategory,
  handlerRole: (c.handler_role ?? 'agent') as HandlerRole,
  // Avoidance (办法 2020 回避制度): the person complained about has a direct interest in the matter.
  interestedIds: c.complained_user_id ? [c.complained_user_id] : [],
});

/** What the assign dialog shows: the routed suggestion and every candidate with why they can or cannot take it. */
export const routingProposal = async (q: Db | Tx, c: ComplaintForRouting) => {
  const candidates = await candidatesFor(q, c.branch_path);
  const rules = await activeRoutingRules(q);
  const input = inputOf(c);
  const routed = routeComplaint(rules, input, candidates);
  return {
    handlerRole: input.handlerRole,
    suggestion: routed.ok ? { id: routed.assigneeId, ruleId: routed.ruleId } : null,
    candidates: candidates.map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      openComplaints: p.openComplaints,
      eligible: canHandle(p, input.handlerRole, input.branchPath),
      interested: input.interestedIds.includes(p.id),
    })),
  };
};

/**
 * The person an assignment goes to: the one the lead chose, if eligible for the handler level, or the routed
 * suggestion. Interest is not refused here: the transition table's avoidance guard does that, with its code.
 */
export const chooseAssignee = async (q: Db | Tx, c: ComplaintForRouting, chosenId: string | undefined) => {
  const proposal = await routingProposal(q, c);
  if (chosenId) {
    const p = proposal.candidates.find((x) => x.id === chosenId);
    if (!p) throw new AppError('ASSIGNEE_NOT_ELIGIBLE');
    if (!p.eligible) throw new AppError('ASSIGNEE_NOT_ELIGIBLE', { handlerRole: proposal.handlerRole });
    return { id: p.id, name: p.name, interested: p.interested, ruleId: null };
  }
  if (!proposal.suggestion) throw new AppError('NO_ELIGIBLE_HANDLER', { handlerRole: proposal.handlerRole });
  const p = proposal.candidates.find((x) => x.id === proposal.suggestion?.id);
  return {
    id: p?.id ?? proposal.suggestion.id,
    name: p?.name ?? '',
    interested: false,
    ruleId: proposal.suggestion.ruleId,
  };
};
