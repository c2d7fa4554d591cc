import { CHANNELS } from '@claimline/domain/cases';
import {
  APPROVAL_LEVELS,
  CLOCK_STOP_REASONS,
  COMPLAINT_EVENTS,
  COMPLAINT_SOURCES,
  COMPLAINT_STATES,
  COMPLEXITIES,
  HANDLER_ROLES,
  MAJOR_COMPLAINT_REASONS,
  URGENCIES,
} from '@claimline/domain/complaints';
import { DEADLINE_STATES } from '@claimline/domain/deadlines';
import { z } from 'zod';
import { caseDetailAnswer } from '../cases/schema.ts';
import { answers, fileAnswer, instant, localDay, named, offeredMoveAnswer, stored } from '../http/answers.ts';

// ——— Answers of the complaints desk (views.ts, assign.ts) ———

const state = stored(COMPLAINT_STATES);
const source = stored(COMPLAINT_SOURCES);
const urgency = stored(URGENCIES).nullable();
const complexity = stored(COMPLEXITIES).nullable();
const handlerRole = stored(HANDLER_ROLES).nullable();
const majorReasons = z.array(stored(MAJOR_COMPLAINT_REASONS));

/** complaintFields (views.ts): the complaint record, complainant masked in the case part. */
export const complaintFieldsAnswer = z.object({
  state,
  source,
  regulatorRef: z.string().nullable(),
  product: z.string(),
  policyNo: z.string().nullable(),
  category: z.string(),
  request: z.string(),
  apologyGiven: z.boolean(),
  complainantCount: z.number().int(),
  representatives: z.number().int().nullable(),
  disasterRelated: z.boolean(),
  regulatorDesignated: z.boolean(),
  majorReasons,
  committedReplyHours: z.number().nullable(),
  complainedUser: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  urgency,
  complexity,
  handlerRole,
  extensionStage: z.number().int(),
  decision: z.string().nullable(),
  findings: z.string().nullable(),
  basis: z.string().nullable(),
  remedy: z.string().nullable(),
  remedyAmount: z.number().nullable(),
  withdrawnAt: instant.nullable(),
  withdrawnChannel: z.string().nullable(),
  decidedAt: instant.nullable(),
  informedAt: instant.nullable(),
  informedChannel: z.string().nullable(),
  callbackScore: z.number().int().nullable(),
  callbackComment: z.string().nullable(),
  callbackAt: instant.nullable(),
  reopenCount: z.number().int(),
  review: z
    .object({
      requestedAt: instant,
      channel: z.string().nullable(),
      request: z.string().nullable(),
      outcome: z.enum(['upheld', 'changed']).nullable(),
      findings: z.string().nullable(),
      reviewedAt: instant.nullable(),
    })
    .nullable(),
  /** 办法 (2020) art. 20: the last day a review may still be applied for, while it may. */
  reviewLastDay: localDay.nullable(),
});

export const approvalAnswer = named(
  'Approval',
  z.object({
    id: z.string(),
    kind: z.enum(['extension', 'decision']),
    requiredLevel: stored(APPROVAL_LEVELS),
    requestedBy: z.string(),
    requestedAt: instant,
    amount: z.number().nullable(),
    stage: z.number().int().nullable(),
    note: z.string().nullable(),
    noticeChannel: z.string().nullable(),
    outcome: z.enum(['approved', 'rejected', 'withdrawn']).nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: instant.nullable(),
    decisionNote: z.string().nullable(),
  }),
);

/**
 * The complaint detail (buildComplaintDetail): the case detail plus the complaint and the moves this actor may
 * make. Its own constant so that new fields (e.g. `moves`) are added here once.
 */
export const complaintDetailAnswer = named(
  'ComplaintDetail',
  caseDetailAnswer.extend({
    complaint: complaintFieldsAnswer,
    /** The complaint machine's moves for this person; `noteRequired` and `otherRole` serve the dialog. */
    moves: z.array(
      offeredMoveAnswer.extend({
        event: z.enum(COMPLAINT_EVENTS),
        noteRequired: z.boolean(),
        otherRole: z.boolean(),
      }),
    ),
    availableComplaintEvents: z.array(z.enum(COMPLAINT_EVENTS)),
    canFeedback: z.boolean(),
    nextExtension: z
      .object({
        stage: z.union([z.literal(1), z.literal(2)]),
        totalDays: z.number().int(),
        approverLevel: z.enum(APPROVAL_LEVELS),
        noticeToComplainant: z.boolean(),
      })
      .nullable(),
    letterAvailable: z.boolean(),
    /** The decision clock stands still (appraisal or mediation, 办法 2020 arts. 18 ¶2, 23). */
    clockStopped: z.boolean(),
    clockStops: z.array(
      z.object({
        id: z.string(),
        reason: stored(CLOCK_STOP_REASONS),
        startedAt: instant,
        note: z.string(),
        noticeChannel: z.string().nullable(),
        endedAt: instant.nullable(),
        endNote: z.string().nullable(),
      }),
    ),
    approvals: z.array(approvalAnswer),
  }),
);

export const boardItemAnswer = named(
  'BoardItem',
  z.object({
    id: z.string(),
    number: z.string(),
    subject: z.string(),
    channel: stored(CHANNELS),
    state,
    source,
    category: z.string(),
    product: z.string(),
    urgency,
    complexity,
    handlerRole,
    extensionStage: z.number().int(),
    majorReasons,
    ownerId: z.string(),
    ownerName: z.string(),
    branchName: z.string(),
    customerName: z.string().nullable(),
    createdAt: instant,
    version: z.number().int(),
    deadlines: z.array(
      z.object({
        kind: z.string(),
        dueAt: instant,
        state: stored(DEADLINE_STATES),
        warned: z.boolean(),
        escalationLevel: z.number().int(),
        calendarNotPublished: z.boolean(),
      }),
    ),
  }),
);

export const inboxItemAnswer = named(
  'InboxItem',
  z.object({
    id: z.string(),
    caseId: z.string(),
    number: z.string(),
    subject: z.string(),
    version: z.number().int(),
    state,
    kind: z.enum(['extension', 'decision']),
    requiredLevel: stored(APPROVAL_LEVELS),
    amount: z.number().nullable(),
    stage: z.number().int().nullable(),
    urgency,
    decision: z.string().nullable(),
    remedy: z.string().nullable(),
    note: z.string().nullable(),
    requestedBy: z.string(),
    requestedAt: instant,
    branchName: z.string(),
  }),
);

export const routingProposalAnswer = named(
  'RoutingProposal',
  z.object({
    handlerRole: z.enum(HANDLER_ROLES),
    suggestion: z.object({ id: z.string(), ruleId: z.string().nullable() }).nullable(),
    candidates: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        role: z.string(),
        openComplaints: z.number().int(),
        eligible: z.boolean(),
        interested: z.boolean(),
      }),
    ),
  }),
);

export const complaintDetailResponse = answers({ 200: complaintDetailAnswer });
/** A registration answers 201; a replay of the same Idempotency-Key answers with the complaint as it is now. */
export const complaintCreatedResponse = answers({ 200: complaintDetailAnswer, 201: complaintDetailAnswer });
export const boardResponse = answers({ 200: z.object({ items: z.array(boardItemAnswer) }) });
export const inboxResponse = answers({
  200: z.object({ level: z.enum(APPROVAL_LEVELS).nullable(), items: z.array(inboxItemAnswer) }),
});
export const routingProposalResponse = answers({ 200: routingProposalAnswer });
export const letterResponse = answers({ 200: fileAnswer('application/pdf', 'The decision letter (PDF)') });
