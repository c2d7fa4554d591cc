import { randomUUID } from 'node:crypto';
import { can } from '@claimline/domain/access';
import {
  type ApprovalLevel,
  approvalLevelOf,
  type ComplaintContext,
  type ComplaintEvent,
  type ComplaintState,
  type Complexity,
  caseStatusOfComplaint,
  decisionLimitDays,
  type HandlerRole,
  levelCovers,
  nextComplaintState,
  nextExtension,
  raiseHandlerRole,
  requiredApprovalLevel,
  type Urgency,
} from '@claimline/domain/complaints';
import * as caseRepo from '../cases/repository.ts';
import type { Tx } from '../db/database.ts';
import { meetCaseDeadlines } from '../deadlines/service.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { chooseAssignee } from './assign.ts';
import { classifyEffect } from './classify.ts';
import { openClockStop, restartForNewFacts, resumeClock, stopClock } from './clock-stops.ts';
import { extendDeadline, openDeadline, startDeadline } from './deadlines.ts';
import { recordMove } from './record-move.ts';
import * as repo from './repository.ts';
import { reviewContext, reviewEffect } from './review.ts';
import { CALLBACK_RULE_ID, complaintRules, DECISION_RULE_ID } from './rules.ts';
import type { ComplaintEventBody } from './schema.ts';
import { buildComplaintDetail } from './views.ts';
import { endForWithdrawal } from './withdrawal.ts';

export { auditActor } from './record-move.ts';

const loadForChange = async (tx: Tx, ctx: RequestCtx, id: string, version: number) => {
  const row = await repo.findScopedComplaint(tx, id, ctx.actor.scope, true);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  if (row.version !== version) throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
  return row;
};

const CLEARED_DECISION = {
  decision: null,
  decision_findings: null,
  decision_basis: null,
  remedy: null,
  remedy_amount: null,
};

const noteOf = (b: ComplaintEventBody) => ('note' in b ? b.note : undefined);

/**
 * Applies one move of the complaint table in one transaction: guards from the actor, the rules and the stored
 * complaint; effects on the complaint, its case, its deadlines and its approvals; a timeline event and an audit row.
 */
export const applyComplaintEvent = (deps: Deps, ctx: RequestCtx, id: string, body: ComplaintEventBody) =>
  deps.db.transaction().execute(async (tx) => {
    const row = await loadForChange(tx, ctx, id, body.version);
    const rules = await complaintRules(tx);
    const now = ctx.clock.now();
    const pending = await repo.pendingApproval(tx, id);
    const held = approvalLevelOf(ctx.actor.role);
    const severity = (row.urgency ?? 'normal') as Urgency;
    const ext = nextExtension(rules.clock, row.complexity as Complexity | null, row.extension_stage);
    const due = await openDeadline(tx, id, DECISION_RULE_ID);
    const clockStopped = (await openClockStop(tx, id)) !== undefined;
    const review = await reviewContext(tx, row, ctx.actor, now, { window: body.event === 'requestReview' });

    let event: ComplaintEvent = body.event;
    let hasAuthority = pending !== undefined && levelCovers(held, pending.required_level as ApprovalLevel);
    let decisionLevel: ApprovalLevel | null = null;
    if (body.event === 'decide') {
      decisionLevel = requiredApprovalLevel(rules.authority, { amount: body.remedyAmount, severity });
      hasAuthority = levelCovers(held, decisionLevel);
      // Above the handler's authority the decision goes to the approval inbox instead.
      if (!hasAuthority) event = 'proposeDecision';
    }
    const assignee = body.event === 'assign' ? await chooseAssignee(tx, row, body.assigneeId) : null;
    const guardCtx: ComplaintContext = {
      isOwner: row.owner_id === ctx.actor.id,
      canSupervise: can(ctx.actor.role, 'case.supervise'),
      hasAuthority,
      isRequester: pending?.requested_by === ctx.actor.id,
      extensionAvailable: ext !== null,
      beforeDue: !due || now.getTime() < due.due_at.getTime(),
      assigneeHasInterest: assignee?.interested ?? false,
      satisfied: row.callback_score === null ? null : row.callback_score >= rules.clock.satisfiedFromScore,
      clockStopped,
      ...review.guards,
      note: noteOf(body),
    };
    const result = nextComplaintState(row.state as ComplaintState, event, guardCtx);
    if (!result.ok) throw new AppError(result.code as never, result.details);

    const c = { caseId: id, branchId: row.branch_id };
    const set: Parameters<typeof repo.updateComplaint>[2] = { state: result.to, updated_at: now };
    const caseSet: Parameters<typeof caseRepo.updateCaseVersioned>[3] = {
      status: caseStatusOfComplaint(result.to),
      updated_at: now,
    };
    const data: Record<string, unknown> = {};
    for (const effect of result.effects) {
      switch (effect) {
        case 'setClassification': {
          if (body.event !== 'classify') break;
          const classified = await classifyEffect(tx, ctx, rules.matrix, row, body);
          Object.assign(set, classified.set);
          Object.assign(data, classified.data);
          break;
        }
        case 'setHandler':
          if (!assignee) break;
          // Assignment is the hand-over to the responsible person: they own the case and its deadlines from now.
          Object.assign(caseSet, {
            owner_id: assignee.id,
            transfer_to_id: null,
            transfer_requested_at: null,
          });
          Object.assign(data, {
            from: row.owner_id,
            to: assignee.id,
            toName: assignee.name,
            ruleId: assignee.ruleId,
          });
          break;
        case 'openApproval': {
          const extension = event === 'requestExtension';
          if (
            extension &&
            ext?.noticeToComplainant &&
            !(body.event === 'requestExtension' && body.noticeChannel)
          )
            throw new AppError('EXTENSION_NOTICE_REQUIRED');
          const level = extension ? (ext?.approverLevel ?? 'headOffice') : (decisionLevel ?? 'headOffice');
          await repo.insertApproval(tx, {
            id: randomUUID(),
            case_id: id,
            kind: extension ? 'extension' : 'decision',
            required_level: level,
            requested_by: ctx.actor.id,
            requested_at: now,
            amount: body.event === 'decide' ? body.remedyAmount : null,
            stage: extension ? (ext?.stage ?? null) : null,
            note: noteOf(body) ?? null,
            notice_channel: body.event === 'requestExtension' ? (body.noticeChannel ?? null) : null,
          });
          Object.assign(data, {
            requiredLevel: level,
            ...(extension ? { stage: ext?.stage, totalDays: ext?.totalDays } : {}),
          });
          break;
        }
        case 'approvePending':
        case 'rejectPending':
          if (!pending) throw new AppError('TRANSITION_NOT_ALLOWED');
          await repo.settleApproval(tx, pending.id, {
            outcome: effect === 'approvePending' ? 'approved' : 'rejected',
            decided_by: ctx.actor.id,
            decided_at: now,
            decision_note: noteOf(body) ?? null,
          });
          Object.assign(data, {
            approvalId: pending.id,
            kind: pending.kind,
            requiredLevel: pending.required_level,
          });
          if (effect === 'approvePending' && pending.kind === 'decision')
            Object.assign(set, { decided_at: now });
          if (effect === 'rejectPending' && pending.kind === 'decision')
            Object.assign(set, { ...CLEARED_DECISION, decided_by: null });
          break;
        case 'extendDecisionDeadline': {
          const stage = pending?.stage ?? row.extension_stage + 1;
          const total = decisionLimitDays(rules.clock, stage);
          const newDue = await extendDeadline(tx, c, DECISION_RULE_ID, total);
          Object.assign(set, { extension_stage: stage });
          Object.assign(data, { stage, totalDays: total, dueAt: newDue?.toISOString() ?? null });
          break;
        }
        case 'recordDecision':
          if (body.event !== 'decide') break;
          Object.assign(set, {
            decision: body.decision,
            decision_findings: body.findings,
            decision_basis: body.basis,
            remedy: body.remedy ?? null,
            remedy_amount: body.remedyAmount,
            decided_by: ctx.actor.id,
            decided_at: event === 'decide' ? now : null,
          });
          Object.assign(data, { remedyAmount: body.remedyAmount, requiredLevel: decisionLevel });
          break;
        case 'notifyComplainant':
          if (body.event !== 'inform') break;
          Object.assign(set, { informed_at: now, informed_channel: body.channel });
          data.channel = body.channel;
          data.met = await meetCaseDeadlines(tx, id, 'inform', now);
          break;
        case 'openCallbackDeadline':
          // The call-back delay is the head-office setting; the deadline rule gives its unit, warning and chain.
          await startDeadline(tx, c, CALLBACK_RULE_ID, now, rules.clock.callbackWorkingDays);
          break;
        case 'recordCallback':
          if (body.event !== 'recordCallback') break;
          Object.assign(set, {
            callback_score: body.score,
            callback_comment: body.comment ?? null,
            callback_at: now,
          });
          Object.assign(data, { score: body.score, satisfied: body.score >= rules.clock.satisfiedFromScore });
          data.met = await meetCaseDeadlines(tx, id, 'callback', now);
          break;
        case 'restartDecisionDeadline':
          // An unsatisfied complainant's complaint is handled again: a new decision limit from today.
          await startDeadline(tx, c, DECISION_RULE_ID, now);
          Object.assign(set, {
            extension_stage: 0,
            reopen_count: row.reopen_count + 1,
            ...CLEARED_DECISION,
            decided_at: null,
            decided_by: null,
            informed_at: null,
            informed_channel: null,
            callback_score: null,
            callback_comment: null,
            callback_at: null,
          });
          Object.assign(caseSet, { resolved_at: null, closed_at: null });
          break;
        case 'stopDecisionClock':
          if (body.event !== 'stopClock') break;
          Object.assign(
            data,
            await stopClock(tx, c, {
              reason: body.reason,
              note: body.note ?? '',
              noticeChannel: body.noticeChannel ?? null,
              actorId: ctx.actor.id,
              now,
            }),
          );
          break;
        case 'resumeDecisionClock':
          Object.assign(data, await resumeClock(tx, c, ctx.actor.id, now, noteOf(body) ?? null));
          break;
        case 'restartForNewFacts':
          Object.assign(data, await restartForNewFacts(tx, c, ctx.actor.id, now, noteOf(body) ?? ''));
          Object.assign(set, { extension_stage: 0 });
          break;
        case 'raiseHandlerLevel': {
          const raised = raiseHandlerRole((row.handler_role ?? 'agent') as HandlerRole);
          set.handler_role = raised;
          data.handlerRole = raised;
          break;
        }
        case 'endForWithdrawal': {
          if (body.event !== 'withdraw') break;
          const w = await endForWithdrawal(tx, {
            caseId: id,
            actorId: ctx.actor.id,
            now,
            ...body,
            note: body.note ?? '',
          });
          Object.assign(set, w.set);
          Object.assign(data, w.data);
          break;
        }
        case 'openReview':
        case 'recordReview': {
          const r = await reviewEffect(tx, effect, body, {
            ...c,
            actorId: ctx.actor.id,
            now,
            lastDay: review.lastDay,
          });
          Object.assign(set, r.set);
          Object.assign(caseSet, r.caseSet);
          Object.assign(data, r.data);
          break;
        }
        case 'markClosed':
          caseSet.closed_at = now;
          await meetCaseDeadlines(tx, id, 'close', now);
          break;
      }
    }
    if (caseStatusOfComplaint(result.to) === 'resolved' && row.status !== 'resolved')
      caseSet.resolved_at = now;
    await repo.updateComplaint(tx, id, set);
    if (!(await caseRepo.updateCaseVersioned(tx, id, body.version, caseSet)))
      throw new AppError('VERSION_CONFLICT');
    await recordMove(tx, ctx, {
      caseId: id,
      number: row.number,
      event,
      from: row.state,
      to: result.to,
      note: noteOf(body) ?? (body.event === 'recordCallback' ? (body.comment ?? null) : null),
      data,
    });
    return buildComplaintDetail(deps, tx, ctx, id);
  });
