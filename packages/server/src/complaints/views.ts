import { can } from '@claimline/domain/access';
import {
  APPROVAL_LEVELS,
  approvalLevelOf,
  type ComplaintState,
  FEEDBACK_STATES,
  levelCovers,
} from '@claimline/domain/complaints';
import { nextForComplaint } from '@claimline/domain/next-actor';
import { buildCaseDetail } from '../cases/views.ts';
import { grantedDetailCtx, listUnderGrants, readOnlyCase } from '../data-sharing/case-reads.ts';
import type { Db, Tx } from '../db/database.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { nextStepView } from '../workflow/next-step.ts';
import { routingProposal } from './assign.ts';
import { clockStopsOf } from './clock-stops.ts';
import { loadComplaint } from './move-context.ts';
import { complaintMoves } from './moves.ts';
import * as repo from './repository.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const amount = (v: string | number | null) => (v === null ? null : Number(v));

/** States from which a decision letter exists: the decision is taken (and perhaps already told). */
const LETTER_STATES: readonly ComplaintState[] = ['decided', 'informed', 'calledBack', 'closed'];

export const complaintFields = (r: repo.ComplaintRow, complainedName: string | null) => ({
  state: r.state,
  source: r.source,
  regulatorRef: r.regulator_ref,
  product: r.product,
  policyNo: r.policy_no,
  category: r.category,
  request: r.request,
  apologyGiven: r.apology_given,
  complainantCount: r.complainant_count,
  representatives: r.representatives,
  disasterRelated: r.disaster_related,
  regulatorDesignated: r.regulator_designated,
  majorReasons: r.major_reasons,
  committedReplyHours: r.committed_reply_hours,
  complainedUser: r.complained_user_id ? { id: r.complained_user_id, name: complainedName } : null,
  urgency: r.urgency,
  complexity: r.complexity,
  handlerRole: r.handler_role,
  extensionStage: r.extension_stage,
  decision: r.decision,
  findings: r.decision_findings,
  basis: r.decision_basis,
  remedy: r.remedy,
  remedyAmount: amount(r.remedy_amount),
  withdrawnAt: iso(r.withdrawn_at),
  withdrawnChannel: r.withdrawn_channel,
  decidedAt: iso(r.decided_at),
  informedAt: iso(r.informed_at),
  informedChannel: r.informed_channel,
  callbackScore: r.callback_score,
  callbackComment: r.callback_comment,
  callbackAt: iso(r.callback_at),
  reopenCount: r.reopen_count,
  // 办法 (2020) art. 20: the review once applied for.
  review: r.review_requested_at
    ? {
        requestedAt: r.review_requested_at.toISOString(),
        channel: r.review_channel,
        request: r.review_request,
        outcome: r.review_outcome,
        findings: r.review_findings,
        reviewedAt: iso(r.reviewed_at),
      }
    : null,
});

/** The case detail (timeline, deadlines, masked complainant) with the complaint and the moves this actor may make. */
export const buildComplaintDetail = async (deps: Deps, q: Db | Tx, ctx: RequestCtx, id: string) => {
  const loaded = await loadComplaint(q, ctx, id, false);
  if (!loaded) return null;
  const r = loaded.row;
  const mayWork = can(ctx.actor.role, 'case.work');
  const isOwner = r.owner_id === ctx.actor.id;
  const canSupervise = can(ctx.actor.role, 'case.supervise');
  const stops = await clockStopsOf(q, id);
  const review = await loaded.review(true);
  // The console asks instead of copying guards: the moves come off the machine with the same facts as a move.
  const moves = mayWork ? await complaintMoves(loaded, ctx) : [];
  const approvals = await repo.approvalsOf(q, id);
  // Waiting for an assignment, the step names whom the routing chooses, so an agent who may not assign sees it.
  const routed = r.state === 'classified' ? (await routingProposal(q, r)).suggestion : null;
  const nextStep = await nextStepView(
    q,
    nextForComplaint({
      state: r.state as ComplaintState,
      ownerId: r.owner_id,
      routedTo: routed?.id ?? null,
      clockStopped: loaded.clockStopped,
      satisfied: r.callback_score === null ? null : r.callback_score >= loaded.rules.clock.satisfiedFromScore,
      viewer: { id: ctx.actor.id, allowedEvents: moves.filter((m) => m.allowed).map((m) => m.event) },
    }),
  );
  return {
    ...(await buildCaseDetail(deps, q, ctx, id)),
    nextStep,
    complaint: {
      ...complaintFields(r, await repo.userName(q, r.complained_user_id)),
      // 办法 (2020) art. 20: the last day a review may still be applied for, while it may.
      reviewLastDay: review.lastDay,
    },
    moves,
    /** The allowed events of `moves`, for clients that read the older field. */
    availableComplaintEvents: moves.filter((m) => m.allowed).map((m) => m.event),
    canFeedback: mayWork && (isOwner || canSupervise) && FEEDBACK_STATES.includes(r.state as ComplaintState),
    nextExtension: loaded.ext,
    letterAvailable: LETTER_STATES.includes(r.state as ComplaintState),
    clockStopped: loaded.clockStopped,
    clockStops: stops.map((s) => ({
      id: s.id,
      reason: s.reason,
      startedAt: s.started_at.toISOString(),
      note: s.note,
      noticeChannel: s.notice_channel,
      endedAt: iso(s.ended_at),
      endNote: s.end_note,
    })),
    approvals: approvals.map((a) => ({
      id: a.id,
      kind: a.kind,
      requiredLevel: a.required_level,
      requestedBy: a.requested_by_name,
      requestedAt: a.requested_at.toISOString(),
      amount: amount(a.amount),
      stage: a.stage,
      note: a.note,
      noticeChannel: a.notice_channel,
      outcome: a.outcome,
      decidedBy: a.decided_by_name,
      decidedAt: iso(a.decided_at),
      decisionNote: a.decision_note,
    })),
  };
};

/**
 * The complaint detail as `GET /api/complaints/:id` answers it: in scope as the desk works it, or outside it under
 * a live data-sharing grant (issue #18 part 2), audited first and offering nothing to do. Otherwise null (404).
 */
export const readComplaintDetail = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const own = await buildComplaintDetail(deps, deps.db, ctx, id);
  if (own) return own;
  const granted = await grantedDetailCtx(deps.db, ctx, id, 'complaintDetail');
  const shared = granted && (await buildComplaintDetail(deps, deps.db, granted, id));
  if (!shared) return null;
  const none = { availableComplaintEvents: [] as never[], canFeedback: false, letterAvailable: false };
  return { ...shared, ...readOnlyCase(), ...none };
};

/** Board cards: every open complaint in scope (and the recently closed), with its unmet deadlines. */
export const complaintBoard = async (
  deps: Deps,
  ctx: RequestCtx,
  q: { mine?: string | undefined; closedDays: number },
) => {
  const since = new Date(ctx.clock.now().getTime() - q.closedDays * 86_400_000);
  const mine = q.mine === 'true' ? ctx.actor.id : null;
  const rows = await listUnderGrants(
    deps.db,
    ctx,
    (reach) => repo.boardRows(deps.db, ctx.actor.scope, since, mine, reach),
    (r) => ({ id: r.id, kind: 'complaint', branchPath: r.branch_path }),
    'complaintList',
  );
  const deadlines = await repo.complaintDeadlines(
    deps.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      subject: r.subject,
      channel: r.channel,
      state: r.state,
      source: r.source,
      category: r.category,
      product: r.product,
      urgency: r.urgency,
      complexity: r.complexity,
      handlerRole: r.handler_role,
      extensionStage: r.extension_stage,
      majorReasons: r.major_reasons,
      ownerId: r.owner_id,
      ownerName: r.owner_name,
      branchName: r.branch_name,
      customerName: r.customer_name_masked,
      createdAt: r.created_at.toISOString(),
      version: r.version,
      deadlines: deadlines
        .filter((d) => d.case_id === r.id)
        .map((d) => ({
          kind: d.kind,
          dueAt: d.due_at.toISOString(),
          state: d.state,
          warned: d.warned_at !== null,
          escalationLevel: d.escalation_level,
          calendarNotPublished: d.calendar_not_published,
        })),
    })),
  };
};

/** The approval inbox: open approvals in scope that this actor's level may settle, never their own. */
export const approvalInbox = async (deps: Deps, ctx: RequestCtx) => {
  const held = approvalLevelOf(ctx.actor.role);
  const levels = APPROVAL_LEVELS.filter((l) => levelCovers(held, l));
  const rows = await repo.approvalInbox(deps.db, ctx.actor.scope, levels, ctx.actor.id);
  return {
    level: held,
    items: rows.map((a) => ({
      id: a.id,
      caseId: a.case_id,
      number: a.number,
      subject: a.subject,
      version: a.version,
      state: a.state,
      kind: a.kind,
      requiredLevel: a.required_level,
      amount: amount(a.amount),
      stage: a.stage,
      urgency: a.urgency,
      decision: a.decision,
      remedy: a.remedy,
      note: a.note,
      requestedBy: a.requested_by_name,
      requestedAt: a.requested_at.toISOString(),
      branchName: a.branch_name,
    })),
  };
};
