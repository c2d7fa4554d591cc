import { describe, expect, it } from 'vitest';
import {
  availableComplaintEvents,
  COMPLAINT_EVENTS,
  COMPLAINT_STATES,
  COMPLAINT_TRANSITIONS,
  type ComplaintContext,
  caseStatusOfComplaint,
  nextComplaintState,
} from './transitions.ts';

/** A context in which every guard passes; each refusal test flips one field. */
const all: ComplaintContext = {
  isOwner: true,
  canSupervise: true,
  hasAuthority: true,
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

describe('complaint transition table, row by row', () => {
  it.each([
    ['received', 'classify', all, 'classified'],
    ['classified', 'classify', all, 'classified'],
    ['classified', 'assign', all, 'assigned'],
    ['assigned', 'assign', all, 'assigned'],
    ['assigned', 'startInvestigation', all, 'investigating'],
    ['investigating', 'requestExtension', all, 'extensionRequested'],
    ['investigating', 'decide', all, 'decided'],
    ['investigating', 'proposeDecision', { ...all, hasAuthority: false }, 'decisionProposed'],
    ['extensionRequested', 'approveExtension', all, 'extended'],
    ['extensionRequested', 'rejectExtension', all, 'investigating'],
    ['extended', 'requestExtension', all, 'extensionRequested'],
    ['extended', 'decide', all, 'decided'],
    ['extended', 'proposeDecision', { ...all, hasAuthority: false }, 'decisionProposed'],
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
    expect(COMPLAINT_TRANSITIONS).toHaveLength(24 + 3 * CLOCK_STATES.length + OPEN_STATES.length);
  });

  it.each([
    ['received', 'classify', { ...all, isOwner: false, canSupervise: false }, 'NOT_CASE_OWNER'],
    ['classified', 'assign', { ...all, canSupervise: false }, 'SUPERVISOR_REQUIRED'],
    ['classified', 'assign', { ...all, assigneeHasInterest: true }, 'AVOIDANCE_CONFLICT'],
    ['assigned', 'startInvestigation', { ...all, isOwner: false }, 'NOT_CASE_OWNER'],
    ['investigating', 'requestExtension', { ...all, note: ' ' }, 'NOTE_REQUIRED'],
    ['investigating', 'requestExtension', { ...all, extensionAvailable: false }, 'EXTENSION_NOT_AVAILABLE'],
    ['investigating', 'requestExtension', { ...all, beforeDue: false }, 'EXTENSION_TOO_LATE'],
    ['investigating', 'decide', { ...all, hasAuthority: false }, 'APPROVAL_AUTHORITY_EXCEEDED'],
    ['investigating', 'proposeDecision', all, 'WITHIN_OWN_AUTHORITY'],
    [
      'extensionRequested',
      'approveExtension',
      { ...all, hasAuthority: false },
      'APPROVAL_AUTHORITY_EXCEEDED',
    ],
    ['extensionRequested', 'approveExtension', { ...all, isRequester: true }, 'SELF_APPROVAL_FORBIDDEN'],
    ['extensionRequested', 'rejectExtension', { ...all, note: undefined }, 'NOTE_REQUIRED'],
    ['decisionProposed', 'approveDecision', { ...all, isRequester: true }, 'SELF_APPROVAL_FORBIDDEN'],
    ['decisionProposed', 'approveDecision', { ...all, hasAuthority: false }, 'APPROVAL_AUTHORITY_EXCEEDED'],
    ['decided', 'inform', { ...all, isOwner: false, canSupervise: false }, 'NOT_CASE_OWNER'],
    ['calledBack', 'close', unsatisfied, 'COMPLAINANT_NOT_SATISFIED'],
    ['calledBack', 'close', { ...all, satisfied: null }, 'COMPLAINANT_NOT_SATISFIED'],
    ['calledBack', 'reopen', all, 'COMPLAINANT_SATISFIED'],
    ['calledBack', 'escalate', all, 'COMPLAINANT_SATISFIED'],
    ['closed', 'reopen', unsatisfied, 'TRANSITION_NOT_ALLOWED'],
    ['investigating', 'decide', stopped, 'COMPLAINT_CLOCK_STOPPED'],
    ['extended', 'proposeDecision', { ...stopped, hasAuthority: false }, 'COMPLAINT_CLOCK_STOPPED'],
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

  it('refuses every state/event pair that is not a row, even when every guard passes', () => {
    for (const from of COMPLAINT_STATES) {
      for (const event of COMPLAINT_EVENTS) {
        const row = COMPLAINT_TRANSITIONS.find((r) => r.from === from && r.event === event);
        const ctx =
          event === 'reopen' || event === 'escalate' ? unsatisfied : event === 'resumeClock' ? stopped : all;
        const needsProposal = event === 'proposeDecision' ? { ...ctx, hasAuthority: false } : ctx;
        expect(nextComplaintState(from, event, needsProposal).ok, `${from} ${event}`).toBe(Boolean(row));
      }
    }
  });

  it('has one row per state and event at most, and every state but closed has a way out', () => {
    const keys = COMPLAINT_TRANSITIONS.map((r) => `${r.from}/${r.event}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of COMPLAINT_STATES.filter((x) => x !== 'closed'))
      expect(
        COMPLAINT_TRANSITIONS.some((r) => r.from === s && r.to !== s),
        s,
      ).toBe(true);
  });
});

describe('availableComplaintEvents', () => {
  const agent = { ...all, canSupervise: false, hasAuthority: false, satisfied: null };
  it('offers the handler the decision (for approval) but not the approvals', () => {
    expect(availableComplaintEvents('investigating', agent).sort()).toEqual([
      'newFacts',
      'proposeDecision',
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
