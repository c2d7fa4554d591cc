import { CONSULTATION_MACHINE, GENERAL_CASE_MACHINE, TRANSFER_MACHINE } from '../cases/index.ts';
import { CLAIM_APPLICATION_MACHINE, type ClaimApplicationState } from '../claim-applications/index.ts';
import { CLAIM_REPORT_MACHINE, type ClaimReportState } from '../claims/index.ts';
import { COMPLAINT_MACHINE, type ComplaintState } from '../complaints/index.ts';
import type { Label } from '../core/labels.ts';
import {
  CUSTOMER_ACTION_LABELS,
  type CustomerAction,
  FINISHED_LABEL,
  type NextActor,
  type NextStep,
  type QueueRole,
  type Viewer,
} from './vocabulary.ts';

/** One row of a kind's table: who acts in this state and which event is theirs. */
type Row = { who: 'owner' | QueueRole | { person: string }; event: string } | 'customer' | 'done';

const actorOf = (who: Exclude<Row, string>['who'], ownerId: string): NextActor =>
  who === 'owner'
    ? { kind: 'person', userId: ownerId }
    : typeof who === 'object'
      ? { kind: 'person', userId: who.person }
      : { kind: 'role', role: who };

const stepOf = (
  row: Row,
  ownerId: string,
  viewer: Viewer,
  events: Readonly<Record<string, Label>>,
  customerAction: CustomerAction = 'bringDocuments',
  routedTo: string | null = null,
): NextStep => {
  if (row === 'done')
    return {
      actor: { kind: 'nobody' },
      event: null,
      action: FINISHED_LABEL,
      viewerActs: false,
      routedTo: null,
    };
  if (row === 'customer')
    return {
      actor: { kind: 'customer' },
      event: null,
      action: CUSTOMER_ACTION_LABELS[customerAction],
      viewerActs: false,
      routedTo: null,
    };
  const actor = actorOf(row.who, ownerId);
  // A lead may make an owner's move too, but the step is still the named person's: only they see "your turn".
  const isThem = actor.kind !== 'person' || actor.userId === viewer.id;
  return {
    actor,
    event: row.event,
    action: events[row.event] ?? { zh: row.event, en: row.event },
    viewerActs: isThem && viewer.allowedEvents.includes(row.event),
    routedTo,
  };
};

export type CaseNextInput = {
  /** Consultations run their own table; other kinds without one run the general case table. */
  machine: 'consultation' | 'general';
  status: string;
  ownerId: string;
  /** The colleague asked to take a hand-over: until they answer, the case waits for them (首问负责). */
  transferToId: string | null;
  viewer: Viewer;
};

const CONSULTATION_ROWS: Readonly<Record<string, Row>> = {
  new: { who: 'owner', event: 'answer' },
  answered: { who: 'owner', event: 'resolve' },
  resolved: { who: 'owner', event: 'close' },
  closed: 'done',
};
const GENERAL_ROWS: Readonly<Record<string, Row>> = {
  new: { who: 'owner', event: 'start' },
  inProgress: { who: 'owner', event: 'resolve' },
  resolved: { who: 'owner', event: 'close' },
  closed: 'done',
};

/** A case (consultation or general): the owner works it from first contact to closing; a hand-over waits first. */
export const nextForCase = (c: CaseNextInput): NextStep => {
  if (c.transferToId !== null && c.status !== 'closed')
    return stepOf(
      { who: { person: c.transferToId }, event: 'accept' },
      c.ownerId,
      c.viewer,
      TRANSFER_MACHINE.events,
    );
  const m = c.machine === 'consultation' ? CONSULTATION_MACHINE : GENERAL_CASE_MACHINE;
  const rows = c.machine === 'consultation' ? CONSULTATION_ROWS : GENERAL_ROWS;
  return stepOf(rows[c.status] ?? 'done', c.ownerId, c.viewer, m.events);
};

export type ComplaintNextInput = {
  state: ComplaintState;
  /** The case owner: the intake agent until assignment, then the responsible handler. */
  ownerId: string;
  /** Whom the routing chooses for the assignment (routeComplaint); null when nobody is eligible. */
  routedTo: string | null;
  clockStopped: boolean;
  /** From the call-back: null until there is one. */
  satisfied: boolean | null;
  viewer: Viewer;
};

const complaintRow = (c: ComplaintNextInput): Row => {
  switch (c.state) {
    case 'received':
      return { who: 'owner', event: 'classify' };
    case 'classified':
      return { who: 'lead', event: 'assign' };
    case 'assigned':
      return { who: 'owner', event: 'startInvestigation' };
    case 'investigating':
    case 'extended':
      return { who: 'owner', event: c.clockStopped ? 'resumeClock' : 'decide' };
    case 'extensionRequested':
      return { who: 'approver', event: 'approveExtension' };
    case 'decisionProposed':
      return { who: 'approver', event: 'approveDecision' };
    case 'decided':
      return { who: 'owner', event: 'inform' };
    case 'informed':
      return { who: 'owner', event: 'recordCallback' };
    case 'calledBack':
      return { who: 'owner', event: c.satisfied === false ? 'reopen' : 'close' };
    case 'reviewing':
      return { who: 'superior', event: 'decideReview' };
    case 'closed':
      return 'done';
  }
};

/** A complaint (seed 002 §三(二)): owner → lead assigns (to the routed handler) → handler → approver → … */
export const nextForComplaint = (c: ComplaintNextInput): NextStep =>
  stepOf(
    complaintRow(c),
    c.ownerId,
    c.viewer,
    COMPLAINT_MACHINE.events,
    'bringDocuments',
    c.state === 'classified' ? c.routedTo : null,
  );

export type ClaimReportNextInput = {
  /** The report's case status (general case table). */
  status: string;
  followUp: ClaimReportState;
  /** Failed the preliminary check and no written notice is recorded yet. */
  noticeOwed: boolean;
  ownerId: string;
  transferToId: string | null;
  viewer: Viewer;
};

/**
 * A claim report: what it owes first (the 24-hour major-case report, head office's acknowledgement, the written
 * notice of a failed check: seed 003 §(二) and 重大案件), then its case table.
 */
export const nextForClaimReport = (c: ClaimReportNextInput): NextStep => {
  const events = CLAIM_REPORT_MACHINE.events;
  if (c.status !== 'closed') {
    if (c.followUp === 'majorFlagged')
      return stepOf({ who: 'owner', event: 'submitMajorReport' }, c.ownerId, c.viewer, events);
    if (c.followUp === 'majorReported')
      return stepOf({ who: 'headOffice', event: 'acknowledgeMajorReport' }, c.ownerId, c.viewer, events);
    if (c.noticeOwed) return stepOf({ who: 'owner', event: 'recordNotice' }, c.ownerId, c.viewer, events);
  }
  return nextForCase({ ...c, machine: 'general' });
};

export type ClaimApplicationNextInput = {
  state: ClaimApplicationState;
  /** The desk person who took it (首问负责). */
  ownerId: string;
  /** The owner is a claims handler: the handler's steps are theirs by name, not the queue's. */
  ownerIsClaimsHandler: boolean;
  setComplete: boolean;
  receiptConfirmed: boolean;
  decision: 'pay' | 'refuse' | null;
  viewer: Viewer;
};

const applicationRow = (c: ClaimApplicationNextInput): Row => {
  const handler = c.ownerIsClaimsHandler ? 'owner' : 'claimsHandler';
  switch (c.state) {
    case 'received':
      return { who: 'owner', event: c.setComplete ? 'markComplete' : 'recordDocuments' };
    case 'documentsIncomplete':
      // Insurance Law art. 22: after the one notice of everything missing, the applicant brings the rest.
      return c.setComplete ? { who: 'owner', event: 'markComplete' } : 'customer';
    case 'complete':
      return { who: 'owner', event: 'handOver' };
    case 'handedOver':
      return c.receiptConfirmed
        ? { who: handler, event: 'startInvestigation' }
        : { who: 'owner', event: 'confirmReceipt' };
    case 'investigating':
      return { who: handler, event: 'recordAssessment' };
    case 'assessed':
      return { who: handler, event: 'decide' };
    case 'decisionProposed':
      return { who: 'approver', event: 'approveDecision' };
    case 'decided':
      return { who: handler, event: c.decision === 'refuse' ? 'refuse' : 'pay' };
    case 'paid':
    case 'refused':
      return { who: 'owner', event: 'close' };
    case 'closed':
      return { who: 'owner', event: 'archive' };
    case 'archived':
      return 'done';
  }
};

/** A claim application (seed 003 §(四)(五), seed 004 四): desk → insurer → claims handler → approver → desk. */
export const nextForClaimApplication = (c: ClaimApplicationNextInput): NextStep =>
  stepOf(applicationRow(c), c.ownerId, c.viewer, CLAIM_APPLICATION_MACHINE.events);
