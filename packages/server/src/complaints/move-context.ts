import { can } from '@claimline/domain/access';
import {
  type ApprovalLevel,
  approvalLevelOf,
  type ComplaintFacts,
  type Complexity,
  levelCovers,
  nextExtension,
  requiredApprovalLevel,
  type Urgency,
} from '@claimline/domain/complaints';
import type { Db, Tx } from '../db/database.ts';
import { openDeadline } from '../deadlines/case-clock.ts';
import type { RequestCtx } from '../http/context.ts';
import { chooseAssignee } from './assign.ts';
import { openClockStop } from './clock-stops.ts';
import * as repo from './repository.ts';
import { reviewContext } from './review.ts';
import { complaintRules, DECISION_RULE_ID } from './rules.ts';

/** Memoises the first call per key: facts and effects of one move then read the same answer. */
const memo = <K, V>(f: (key: K) => Promise<V>) => {
  const seen = new Map<K, Promise<V>>();
  return (key: K) => {
    let v = seen.get(key);
    if (!v) {
      v = f(key);
      seen.set(key, v);
    }
    return v;
  };
};

/**
 * Everything a complaint move reads, once: the complaint with its case (locked for a move), the rules in force,
 * the pending approval, the next extension stage, the decision deadline and whether its clock stands still. What
 * depends on the request (the assignee it names, the review window) is read on demand and kept for the effects.
 */
export const loadComplaint = async (q: Db | Tx, ctx: RequestCtx, id: string, lock: boolean) => {
  const row = await repo.findScopedComplaint(q, id, ctx.actor.scope, lock);
  if (!row) return undefined;
  const rules = await complaintRules(q);
  const pending = await repo.pendingApproval(q, id);
  return {
    row,
    rules,
    pending,
    ext: nextExtension(rules.clock, row.complexity as Complexity | null, row.extension_stage),
    due: await openDeadline(q, id, DECISION_RULE_ID),
    clockStopped: (await openClockStop(q, id)) !== undefined,
    /** The person an assignment goes to (chosen or routed): the avoidance guard and the hand-over read the same one. */
    assignee: memo((chosenId: string | undefined) => chooseAssignee(q, row, chosenId)),
    /** The application window is a calendar read: only a review application (and the detail view) needs it. */
    review: memo((window: boolean) => reviewContext(q, row, ctx.actor, ctx.clock.now(), { window })),
  };
};
export type LoadedComplaint = NonNullable<Awaited<ReturnType<typeof loadComplaint>>>;

/** The approval level a decision of this amount needs, by the authority table and the complaint's urgency. */
export const decisionLevelOf = (c: LoadedComplaint, amount: number): ApprovalLevel =>
  requiredApprovalLevel(c.rules.authority, { amount, severity: (c.row.urgency ?? 'normal') as Urgency });

/**
 * The facts of the complaint machine for this actor. `request` is what the person asks for; without one (the
 * detail view) the input guards are left to the dialog and the server's later check.
 */
export const complaintFacts = async (
  c: LoadedComplaint,
  ctx: RequestCtx,
  now: Date,
  request?: { event: string; note?: string | undefined; assigneeId?: string | undefined; amount?: number },
): Promise<ComplaintFacts> => {
  const held = approvalLevelOf(ctx.actor.role);
  const review = await c.review(request === undefined || request.event === 'requestReview');
  const assignee = request?.event === 'assign' ? await c.assignee(request.assigneeId) : null;
  return {
    isOwner: c.row.owner_id === ctx.actor.id,
    canSupervise: can(ctx.actor.role, 'case.supervise'),
    decisionWithinAuthority:
      request?.amount === undefined || levelCovers(held, decisionLevelOf(c, request.amount)),
    coversPending: c.pending !== undefined && levelCovers(held, c.pending.required_level as ApprovalLevel),
    isRequester: c.pending?.requested_by === ctx.actor.id,
    extensionAvailable: c.ext !== null,
    beforeDue: !c.due || now.getTime() < c.due.due_at.getTime(),
    assigneeHasInterest: assignee?.interested ?? false,
    satisfied:
      c.row.callback_score === null ? null : c.row.callback_score >= c.rules.clock.satisfiedFromScore,
    clockStopped: c.clockStopped,
    ...review.guards,
    note: request?.note,
  };
};
