import { randomUUID } from 'node:crypto';
import {
  type ComplaintEffect,
  decisionLimitDays,
  type HandlerRole,
  raiseHandlerRole,
} from '@claimline/domain/complaints';
import type * as caseRepo from '../cases/repository.ts';
import { extendDeadline, startDeadline } from '../deadlines/case-clock.ts';
import { meetCaseDeadlines } from '../deadlines/service.ts';
import { AppError } from '../errors.ts';
import type { MoveEnv } from '../workflow/run-move.ts';
import { classifyEffect } from './classify.ts';
import { restartForNewFacts, resumeClock, stopClock } from './clock-stops.ts';
import { decisionLevelOf, type LoadedComplaint } from './move-context.ts';
import * as repo from './repository.ts';
import { openReview, recordReview } from './review.ts';
import { CALLBACK_RULE_ID, DECISION_RULE_ID } from './rules.ts';
import type { ComplaintEventBody } from './schema.ts';
import { endForWithdrawal } from './withdrawal.ts';

/** A complaint move writes two rows: the complaint and its case (status, owner, times, with the case version). */
export type ComplaintPatch = {
  complaint: Parameters<typeof repo.updateComplaint>[2];
  case: Parameters<typeof caseRepo.updateCaseVersioned>[3];
};
export type ComplaintEnv = MoveEnv<LoadedComplaint, ComplaintEventBody, ComplaintPatch>;

const CLEARED_DECISION = {
  decision: null,
  decision_findings: null,
  decision_basis: null,
  remedy: null,
  remedy_amount: null,
};

export const noteOf = (b: ComplaintEventBody) => ('note' in b ? b.note : undefined);
const where = ({ row }: LoadedComplaint) => ({ caseId: row.case_id, branchId: row.branch_id });

const settlePending = async (env: ComplaintEnv, outcome: 'approved' | 'rejected') => {
  const { deps, tx, ctx, now, row, patch, data, input } = env;
  const pending = row.pending;
  if (!pending) throw new AppError('TRANSITION_NOT_ALLOWED');
  await repo.settleApproval(tx, deps.crypto, pending.id, {
    outcome,
    decided_by: ctx.actor.id,
    decided_at: now,
    decision_note: noteOf(input) ?? null,
  });
  Object.assign(data, { approvalId: pending.id, kind: pending.kind, requiredLevel: pending.required_level });
  if (pending.kind !== 'decision') return;
  if (outcome === 'approved') patch.complaint.decided_at = now;
  else Object.assign(patch.complaint, { ...CLEARED_DECISION, decided_by: null });
};

/** One small handler per effect of the complaint machine; the type makes the list exhaustive. */
export const COMPLAINT_EFFECT_HANDLERS: {
  readonly [K in ComplaintEffect]: (env: ComplaintEnv) => Promise<void> | void;
} = {
  setClassification: async ({ tx, ctx, row, input, patch, data }) => {
    if (input.event !== 'classify') return;
    const classified = await classifyEffect(tx, ctx, row.rules.matrix, row.row, input);
    Object.assign(patch.complaint, classified.set);
    Object.assign(data, classified.data);
  },
  // Assignment is the hand-over to the responsible person: they own the case and its deadlines from now.
  setHandler: async ({ row, input, patch, data }) => {
    if (input.event !== 'assign') return;
    const assignee = await row.assignee(input.assigneeId);
    Object.assign(patch.case, { owner_id: assignee.id, transfer_to_id: null, transfer_requested_at: null });
    Object.assign(data, {
      from: row.row.owner_id,
      to: assignee.id,
      toName: assignee.name,
      ruleId: assignee.ruleId,
    });
  },
  openApproval: async ({ deps, tx, ctx, now, row, input, name, data }) => {
    const extension = name === 'requestExtension';
    const ext = row.ext;
    if (extension && ext?.noticeToComplainant && !(input.event === 'requestExtension' && input.noticeChannel))
      throw new AppError('EXTENSION_NOTICE_REQUIRED');
    const decisionLevel = input.event === 'decide' ? decisionLevelOf(row, input.remedyAmount) : null;
    const level = extension ? (ext?.approverLevel ?? 'headOffice') : (decisionLevel ?? 'headOffice');
    await repo.insertApproval(tx, deps.crypto, {
      id: randomUUID(),
      case_id: row.row.case_id,
      kind: extension ? 'extension' : 'decision',
      required_level: level,
      requested_by: ctx.actor.id,
      requested_at: now,
      amount: input.event === 'decide' ? input.remedyAmount : null,
      stage: extension ? (ext?.stage ?? null) : null,
      note: noteOf(input) ?? null,
      notice_channel: input.event === 'requestExtension' ? (input.noticeChannel ?? null) : null,
    });
    Object.assign(data, {
      requiredLevel: level,
      ...(extension ? { stage: ext?.stage, totalDays: ext?.totalDays } : {}),
    });
  },
  approvePending: (env) => settlePending(env, 'approved'),
  rejectPending: (env) => settlePending(env, 'rejected'),
  extendDecisionDeadline: async ({ tx, row, patch, data }) => {
    const stage = row.pending?.stage ?? row.row.extension_stage + 1;
    const total = decisionLimitDays(row.rules.clock, stage);
    const newDue = await extendDeadline(tx, where(row), DECISION_RULE_ID, total);
    patch.complaint.extension_stage = stage;
    Object.assign(data, { stage, totalDays: total, dueAt: newDue?.toISOString() ?? null });
  },
  // Within authority the decision is taken now; above it (recorded as proposeDecision) it waits for approval.
  recordDecision: ({ ctx, now, row, input, name, patch, data }) => {
    if (input.event !== 'decide') return;
    Object.assign(patch.complaint, {
      decision: input.decision,
      decision_findings: input.findings,
      decision_basis: input.basis,
      remedy: input.remedy ?? null,
      remedy_amount: input.remedyAmount,
      decided_by: ctx.actor.id,
      decided_at: name === 'decide' ? now : null,
    });
    Object.assign(data, {
      remedyAmount: input.remedyAmount,
      requiredLevel: decisionLevelOf(row, input.remedyAmount),
    });
  },
  notifyComplainant: async ({ tx, now, row, input, patch, data }) => {
    if (input.event !== 'inform') return;
    Object.assign(patch.complaint, { informed_at: now, informed_channel: input.channel });
    data.channel = input.channel;
    data.met = await meetCaseDeadlines(tx, row.row.case_id, 'inform', now);
  },
  // The call-back delay is the head-office setting; the deadline rule gives its unit, warning and chain.
  openCallbackDeadline: async ({ tx, now, row }) => {
    await startDeadline(tx, where(row), CALLBACK_RULE_ID, now, row.rules.clock.callbackWorkingDays);
  },
  recordCallback: async ({ tx, now, row, input, patch, data }) => {
    if (input.event !== 'recordCallback') return;
    Object.assign(patch.complaint, {
      callback_score: input.score,
      callback_comment: input.comment ?? null,
      callback_at: now,
    });
    Object.assign(data, { score: input.score, satisfied: input.score >= row.rules.clock.satisfiedFromScore });
    data.met = await meetCaseDeadlines(tx, row.row.case_id, 'callback', now);
  },
  // An unsatisfied complainant's complaint is handled again: a new decision limit from today.
  restartDecisionDeadline: async ({ tx, now, row, patch }) => {
    await startDeadline(tx, where(row), DECISION_RULE_ID, now);
    Object.assign(patch.complaint, {
      extension_stage: 0,
      reopen_count: row.row.reopen_count + 1,
      ...CLEARED_DECISION,
      decided_at: null,
      decided_by: null,
      informed_at: null,
      informed_channel: null,
      callback_score: null,
      callback_comment: null,
      callback_at: null,
    });
    Object.assign(patch.case, { resolved_at: null, closed_at: null });
  },
  stopDecisionClock: async ({ tx, ctx, now, row, input, data }) => {
    if (input.event !== 'stopClock') return;
    const stop = {
      reason: input.reason,
      note: input.note ?? '',
      noticeChannel: input.noticeChannel ?? null,
      actorId: ctx.actor.id,
      now,
    };
    Object.assign(data, await stopClock(tx, where(row), stop));
  },
  resumeDecisionClock: async ({ tx, ctx, now, row, input, data }) => {
    Object.assign(data, await resumeClock(tx, where(row), ctx.actor.id, now, noteOf(input) ?? null));
  },
  restartForNewFacts: async ({ tx, ctx, now, row, input, patch, data }) => {
    Object.assign(data, await restartForNewFacts(tx, where(row), ctx.actor.id, now, noteOf(input) ?? ''));
    patch.complaint.extension_stage = 0;
  },
  raiseHandlerLevel: ({ row, patch, data }) => {
    const raised = raiseHandlerRole((row.row.handler_role ?? 'agent') as HandlerRole);
    patch.complaint.handler_role = raised;
    data.handlerRole = raised;
  },
  endForWithdrawal: async ({ deps, tx, ctx, now, row, input, patch, data }) => {
    if (input.event !== 'withdraw') return;
    const w = await endForWithdrawal(tx, deps.crypto, {
      caseId: row.row.case_id,
      actorId: ctx.actor.id,
      now,
      ...input,
      note: input.note ?? '',
    });
    Object.assign(patch.complaint, w.set);
    Object.assign(data, w.data);
  },
  openReview: async ({ tx, ctx, now, row, input, patch, data }) => {
    if (input.event !== 'requestReview') return;
    const { lastDay } = await row.review(true);
    const r = await openReview(tx, where(row), {
      actorId: ctx.actor.id,
      now,
      note: input.note ?? '',
      channel: input.channel,
      lastDay,
    });
    Object.assign(patch.complaint, r.set);
    Object.assign(patch.case, r.caseSet);
    Object.assign(data, r.data);
  },
  recordReview: async ({ tx, ctx, now, row, input, patch, data }) => {
    if (input.event !== 'decideReview') return;
    const r = await recordReview(tx, row.row.case_id, {
      actorId: ctx.actor.id,
      now,
      outcome: input.outcome,
      findings: input.note ?? '',
    });
    Object.assign(patch.complaint, r.set);
    Object.assign(data, r.data);
  },
  markClosed: async ({ tx, now, row, patch }) => {
    patch.case.closed_at = now;
    await meetCaseDeadlines(tx, row.row.case_id, 'close', now);
  },
};
