import { describe, expect, it } from 'vitest';
import { allowedEvents, checkTable, next } from '../workflow/index.ts';
import {
  COMPLAINT_EVENTS,
  COMPLAINT_MACHINE,
  COMPLAINT_STATES,
  type ComplaintFacts,
  caseStatusOfComplaint,
} from './transitions.ts';

const nextComplaintState = (from: string, event: string, facts: ComplaintFacts) =>
  next(COMPLAINT_MACHINE, from, event, facts);
const availableComplaintEvents = (from: string, facts: ComplaintFacts) =>
  allowedEvents(COMPLAINT_MACHINE, from, facts);
const ROWS = COMPLAINT_MACHINE.rows;

// Every row chosen when its guards pass, refused with each guard's code, and every other pair not allowed.
describe('complaint machine table', () => {
  it.each(checkTable(COMPLAINT_MACHINE).map((c) => [c.name, c.problems] as const))(
    '%s',
    (_name, problems) => {
      expect(problems).toEqual([]);
    },
  );
});

/** A context in which every guard passes; each refusal test flips one field. */
const all: ComplaintFacts = {
  isOwner: true,
  canSupervise: true,
  decisionWithinAuthority: true,
  coversPending: true,
  isRequester: false,
  extensionAvailable: true,
  beforeDue: true,
  assigneeHasInterest: false,
  satisfied: true,
  clockStopped: false,
  atSuperior: true,
  reviewAvailable: true,
  inReviewWindow: true,
  note: 'n',
};
const stopped = { ...all, clockStopped: true };
const CLOCK_STATES = ['assigned', 'investigating', 'extensionRequested', 'extended'] as const;
const unsatisfied = { ...all, satisfied: false };
const above = { ...all, decisionWithinAuthority: false };

describe('complaint transition table, row by row', () => {
  it.each([
    ['received', 'classify', all, 'classified'],
    ['classified', 'classify', all, 'classified'],
    ['classified', 'assign', all, 'assigned'],
    ['assigned', 'assign', all, 'assigned'],
    ['assigned', 'startInvestigation', all, 'investigating'],
    ['investigating', 'requestExtension', all, 'extensionRequested'],
    ['investigating', 'decide', all, 'decided'],
    ['investigating', 'decide', above, 'decisionProposed'],
    ['extensionRequested', 'approveExtension', all, 'extended'],
    ['extensionRequested', 'rejectExtension', all, 'investigating'],
    ['extended', 'requestExtension', all, 'extensionRequested'],
    ['extended', 'decide', all, 'decided'],
    ['extended', 'decide', above, 'decisionProposed'],
    ['decisionProposed', 'approveDecision', all, 'decided'],
    ['decisionProposed', 'rejectDecision', all, 'investigating'],
    ['decided', 'inform', all, 'informed'],
    ['informed', 'recordCallback', all, 'calledBack'],
    ['calledBack', 'close', all, 'closed'],
    ['calledBack', 'reopen', unsatisfied, 'investigating'],
    ['calledBack', 'escalate', unsatisfied, 'classified'],
    ['informed', 'requestReview', all, 'reviewing'],
    ['calledBack', 'requestReview', all, 'reviewing'],
    ['closed', 'requestReview', all, 'reviewing'],
    ['reviewing', 'decideReview', all, 'closed'],
  ] as const)('%s --%s--> %s', (from, event, ctx, to) => {
    expect(nextComplaintState(from, event, ctx)).toMatchObject({ ok: true, to });
  });

  // 办法 (2020) arts. 18 ¶2-3, 23: the decision clock stops, resumes and restarts without leaving the state.
  it.each(
    CLOCK_STATES.flatMap((s) => [
      [s, 'stopClock', all] as const,
      [s, 'resumeClock', stopped] as const,
      [s, 'newFacts', all] as const,
    ]),
  )('%s --%s--> itself', (from, event, ctx) => {
    expect(nextComplaintState(from, event, ctx)).toMatchObject({ ok: true, to: from });
  });

  // 办法 (2020) art. 15: a withdrawal ends the procedure from any open state.
  const OPEN_STATES = COMPLAINT_STATES.filter((s) => s !== 'closed');
  it.each(OPEN_STATES)('%s --withdraw--> closed, with a note, by the owner or a lead', (from) => {
    expect(nextComplaintState(from, 'withdraw', all)).toMatchObject({
      ok: true,
      to: 'closed',
      effects: ['endForWithdrawal', 'markClosed'],
    });
    expect(nextComplaintState(from, 'withdraw', { ...all, note: ' ' })).toMatchObject({
      code: 'NOTE_REQUIRED',
    });
    expect(
      nextComplaintState(from, 'withdraw', { ...all, isOwner: false, canSupervise: false }),
    ).toMatchObject({
      code: 'NOT_CASE_OWNER',
    });
  });
  it('a closed complaint cannot be withdrawn', () => {
    expect(nextComplaintState('closed', 'withdraw', all)).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('has exactly the rows tested above', () => {
    expect(ROWS).toHaveLength(24 + 3 * CLOCK_STATES.length + OPEN_STATES.length);
  });

  // Above the handler's authority a decision is the second row of `decide`, recorded under another name.
  it.each(['investigating', 'extended'] as const)(
    '%s: decide is recorded as decided or as proposed',
    (from) => {
      expect(nextComplaintState(from, 'decide', all)).toMatchObject({ ok: true, name: 'decide' });
      expect(nextComplaintState(from, 'decide', above)).toMatchObject({
        ok: true,
        name: 'proposeDecision',
        effects: ['recordDecision', 'openApproval'],
      });
    },
  );

  it.each([
    ['received', 'classify', { ...all, isOwner: false, canSupervise: false }, 'NOT_CASE_OWNER'],
    ['classified', 'assign', { ...all, canSupervise: false }, 'SUPERVISOR_REQUIRED'],
    ['classified', 'assign', { ...all, assigneeHasInterest: true }, 'AVOIDANCE_CONFLICT'],
    ['assigned', 'startInvestigation', { ...all, isOwner: false }, 'NOT_CASE_OWNER'],
    ['investigating', 'requestExtension', { ...all, note: ' ' }, 'NOTE_REQUIRED'],
    ['investigating', 'requestExtension', { ...all, extensionAvailable: false }, 'EXTENSION_NOT_AVAILABLE'],
    ['investigating', 'requestExtension', { ...all, beforeDue: false }, 'EXTENSION_TOO_LATE'],
    ['investigating', 'decide', { ...above, note: ' ' }, 'NOTE_REQUIRED'],
    ['investigating', 'decide', { ...above, isOwner: false }, 'NOT_CASE_OWNER'],
    // The recorded name is not an event: nobody asks for it.
    ['investigating', 'proposeDecision', above, 'TRANSITION_NOT_ALLOWED'],
    [
      'extensionRequested',
      'approveExtension',
      { ...all, coversPending: false },
      'APPROVAL_AUTHORITY_EXCEEDED',
    ],
    ['extensionRequested', 'approveExtension', { ...all, isRequester: true }, 'SELF_APPROVAL_FORBIDDEN'],
    ['extensionRequested', 'rejectExtension', { ...all, note: undefined }, 'NOTE_REQUIRED'],
    ['decisionProposed', 'approveDecision', { ...all, isRequester: true }, 'SELF_APPROVAL_FORBIDDEN'],
    ['decisionProposed', 'approveDecision', { ...all, coversPending: false }, 'APPROVAL_AUTHORITY_EXCEEDED'],
    ['decided', 'inform', { ...all, isOwner: false, canSupervise: false }, 'NOT_CASE_OWNER'],
    ['calledBack', 'close', unsatisfied, 'COMPLAINANT_NOT_SATISFIED'],
    ['calledBack', 'close', { ...all, satisfied: null }, 'COMPLAINANT_NOT_SATISFIED'],
    ['calledBack', 'reopen', all, 'COMPLAINANT_SATISFIED'],
    ['calledBack', 'escalate', all, 'COMPLAINANT_SATISFIED'],
    ['closed', 'reopen', unsatisfied, 'TRANSITION_NOT_ALLOWED'],
    ['investigating', 'decide', stopped, 'COMPLAINT_CLOCK_STOPPED'],
    ['extended', 'decide', { ...stopped, decisionWithinAuthority: false }, 'COMPLAINT_CLOCK_STOPPED'],
    ['investigating', 'stopClock', stopped, 'COMPLAINT_CLOCK_STOPPED'],
    ['investigating', 'stopClock', { ...all, note: '' }, 'NOTE_REQUIRED'],
    ['investigating', 'resumeClock', all, 'COMPLAINT_CLOCK_RUNNING'],
    ['investigating', 'newFacts', { ...all, isOwner: false, canSupervise: false }, 'NOT_CASE_OWNER'],
    ['decided', 'stopClock', all, 'TRANSITION_NOT_ALLOWED'],
    ['decisionProposed', 'newFacts', all, 'TRANSITION_NOT_ALLOWED'],
    ['received', 'stopClock', all, 'TRANSITION_NOT_ALLOWED'],
    ['received', 'assign', all, 'TRANSITION_NOT_ALLOWED'],
    ['decided', 'close', all, 'TRANSITION_NOT_ALLOWED'],
    // 办法 (2020) art. 20: review above a branch's decision, applied for in 30 days, handled by a lead there.
    ['informed', 'requestReview', { ...all, atSuperior: false }, 'REVIEW_BY_SUPERIOR_ONLY'],
    ['closed', 'requestReview', { ...all, canSupervise: false }, 'REVIEW_BY_SUPERIOR_ONLY'],
    ['closed', 'requestReview', { ...all, reviewAvailable: false }, 'REVIEW_NOT_AVAILABLE'],
    ['calledBack', 'requestReview', { ...all, inReviewWindow: false }, 'REVIEW_TOO_LATE'],
    ['informed', 'requestReview', { ...all, note: ' ' }, 'NOTE_REQUIRED'],
    ['decided', 'requestReview', all, 'TRANSITION_NOT_ALLOWED'],
    ['reviewing', 'decideReview', { ...all, atSuperior: false }, 'REVIEW_BY_SUPERIOR_ONLY'],
    ['reviewing', 'decideReview', { ...all, note: undefined }, 'NOTE_REQUIRED'],
    ['reviewing', 'requestReview', all, 'TRANSITION_NOT_ALLOWED'],
  ] as const)('%s --%s--> refused with %s', (from, event, ctx, code) => {
    expect(nextComplaintState(from, event, ctx)).toMatchObject({ ok: false, code });
  });

  it('refuses every state/event pair that is not a row with real facts too', () => {
    for (const from of COMPLAINT_STATES) {
      for (const event of COMPLAINT_EVENTS) {
        const hasRow = ROWS.some((r) => r.from === from && r.event === event);
        const facts =
          event === 'reopen' || event === 'escalate' ? unsatisfied : event === 'resumeClock' ? stopped : all;
        expect(nextComplaintState(from, event, facts).ok, `${from} ${event}`).toBe(hasRow);
      }
    }
  });

  it('every state but closed has a way out', () => {
    for (const s of COMPLAINT_STATES.filter((x) => x !== 'closed'))
      expect(
        ROWS.some((r) => r.from === s && r.to !== s),
        s,
      ).toBe(true);
  });
});

describe('availableComplaintEvents', () => {
  const agent = {
    ...all,
    canSupervise: false,
    decisionWithinAuthority: false,
    coversPending: false,
    satisfied: null,
    note: undefined,
  };
  it('offers the handler the decision (the server sends it for approval) but not the approvals', () => {
    expect(availableComplaintEvents('investigating', agent).sort()).toEqual([
      'decide',
      'newFacts',
      'requestExtension',
      'stopClock',
      'withdraw',
    ]);
    // While an appraisal runs the decision waits; the clock can only be resumed.
    expect(availableComplaintEvents('investigating', { ...agent, clockStopped: true }).sort()).toEqual([
      'newFacts',
      'requestExtension',
      'resumeClock',
      'withdraw',
    ]);
    // Waiting for approval the handler can do nothing but record a withdrawal.
    expect(availableComplaintEvents('decisionProposed', agent)).toEqual(['withdraw']);
  });
  it('offers a lead approval of someone else’s request, not their own', () => {
    const lead = { ...all, isOwner: false, satisfied: null };
    expect(availableComplaintEvents('decisionProposed', lead).sort()).toEqual([
      'approveDecision',
      'rejectDecision',
      'withdraw',
    ]);
    expect(availableComplaintEvents('decisionProposed', { ...lead, isRequester: true })).toEqual([
      'withdraw',
    ]);
  });
  it('offers close only after a satisfied call-back and reopen/escalate only after an unsatisfied one', () => {
    const notAbove = { ...all, atSuperior: false };
    expect(availableComplaintEvents('calledBack', notAbove)).toEqual(['close', 'withdraw']);
    expect(availableComplaintEvents('calledBack', { ...unsatisfied, atSuperior: false }).sort()).toEqual([
      'escalate',
      'reopen',
      'withdraw',
    ]);
    expect(availableComplaintEvents('closed', notAbove)).toEqual([]);
  });
  it('offers review only to a lead above the deciding branch, in time', () => {
    expect(availableComplaintEvents('closed', all)).toEqual(['requestReview']);
    expect(availableComplaintEvents('calledBack', all).sort()).toEqual([
      'close',
      'requestReview',
      'withdraw',
    ]);
    expect(availableComplaintEvents('closed', { ...all, inReviewWindow: false })).toEqual([]);
    expect(availableComplaintEvents('closed', { ...all, reviewAvailable: false })).toEqual([]);
    expect(availableComplaintEvents('reviewing', all).sort()).toEqual(['decideReview', 'withdraw']);
    expect(availableComplaintEvents('reviewing', { ...all, atSuperior: false })).toEqual(['withdraw']);
  });
  it('offers assignment to leads whatever the future assignee (that is checked on submit)', () => {
    expect(availableComplaintEvents('classified', all)).toContain('assign');
  });
});

describe('caseStatusOfComplaint', () => {
  it('maps the flow onto the general case statuses', () => {
    expect(COMPLAINT_STATES.map(caseStatusOfComplaint)).toEqual([
      'new',
      'inProgress',
      'inProgress',
      'inProgress',
      'inProgress',
      'inProgress',
      'inProgress',
      'resolved',
      'resolved',
      'resolved',
      'inProgress', // reviewing: open again until the review is decided
      'closed',
    ]);
  });
});
