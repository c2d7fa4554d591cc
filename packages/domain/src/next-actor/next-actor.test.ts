import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_APPLICATION_STATES } from '../claim-applications/index.ts';
import { COMPLAINT_MACHINE, COMPLAINT_STATES } from '../complaints/index.ts';
import { nextForCase, nextForClaimApplication, nextForClaimReport, nextForComplaint } from './next-actor.ts';

const OWNER = 'u-owner';
const LEAD = 'u-lead';
const ROUTED = 'u-routed';
const viewer = (id: string, allowedEvents: string[] = []) => ({ id, allowedEvents });
const who = (s: ReturnType<typeof nextForCase>) =>
  s.actor.kind === 'person' ? s.actor.userId : s.actor.kind === 'role' ? s.actor.role : s.actor.kind;

describe('who acts next on a case', () => {
  it.each([
    ['consultation', 'new', null, OWNER, 'answer'],
    ['consultation', 'answered', null, OWNER, 'resolve'],
    ['consultation', 'resolved', null, OWNER, 'close'],
    ['consultation', 'closed', null, 'nobody', null],
    ['general', 'new', null, OWNER, 'start'],
    ['general', 'inProgress', null, OWNER, 'resolve'],
    ['general', 'inProgress', 'u-colleague', 'u-colleague', 'accept'],
    ['general', 'closed', 'u-colleague', 'nobody', null],
  ] as const)('%s %s (hand-over to %s) → %s %s', (machine, status, transferToId, actor, event) => {
    const s = nextForCase({ machine, status, ownerId: OWNER, transferToId, viewer: viewer(OWNER) });
    expect(who(s)).toBe(actor);
    expect(s.event).toBe(event);
  });

  it('is the viewer’s turn only when they are the person named and the table allows the move', () => {
    const base = { machine: 'consultation', status: 'new', ownerId: OWNER, transferToId: null } as const;
    expect(nextForCase({ ...base, viewer: viewer(OWNER, ['answer']) }).viewerActs).toBe(true);
    expect(nextForCase({ ...base, viewer: viewer(OWNER, []) }).viewerActs).toBe(false);
    // A lead may make the move too, but the step is the owner's.
    expect(nextForCase({ ...base, viewer: viewer(LEAD, ['answer']) }).viewerActs).toBe(false);
    expect(nextForCase({ ...base, viewer: viewer(OWNER, ['answer']) }).action).toEqual({
      zh: '答复',
      en: 'Answer',
    });
  });
});

describe('who acts next on a complaint', () => {
  const input = (state: (typeof COMPLAINT_STATES)[number], extra: object = {}) => ({
    state,
    ownerId: OWNER,
    routedTo: ROUTED,
    clockStopped: false,
    satisfied: null,
    viewer: viewer(OWNER),
    ...extra,
  });
  it.each([
    ['received', {}, OWNER, 'classify'],
    ['classified', {}, 'lead', 'assign'],
    ['assigned', {}, OWNER, 'startInvestigation'],
    ['investigating', {}, OWNER, 'decide'],
    ['investigating', { clockStopped: true }, OWNER, 'resumeClock'],
    ['extended', {}, OWNER, 'decide'],
    ['extensionRequested', {}, 'approver', 'approveExtension'],
    ['decisionProposed', {}, 'approver', 'approveDecision'],
    ['decided', {}, OWNER, 'inform'],
    ['informed', {}, OWNER, 'recordCallback'],
    ['calledBack', { satisfied: true }, OWNER, 'close'],
    ['calledBack', { satisfied: false }, OWNER, 'reopen'],
    ['reviewing', {}, 'superior', 'decideReview'],
    ['closed', {}, 'nobody', null],
  ] as const)('%s %o → %s %s', (state, extra, actor, event) => {
    const s = nextForComplaint(input(state, extra));
    expect(who(s)).toBe(actor);
    expect(s.event).toBe(event);
  });

  it('names the routed handler on an assignment, for a lead and for an agent who may not assign', () => {
    const lead = nextForComplaint(input('classified', { viewer: viewer(LEAD, ['assign']) }));
    expect(lead).toMatchObject({ viewerActs: true, routedTo: ROUTED, action: { zh: '分派处理人' } });
    const agent = nextForComplaint(input('classified', { viewer: viewer(OWNER, ['classify']) }));
    expect(agent).toMatchObject({ viewerActs: false, routedTo: ROUTED });
    // Outside an assignment the routing's choice is not the step's business.
    expect(nextForComplaint(input('assigned')).routedTo).toBeNull();
  });

  it('every open state names an actor and an event of the complaint machine leaving that state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMPLAINT_STATES.filter((s) => s !== 'closed')),
        fc.boolean(),
        fc.constantFrom(true, false, null),
        (state, clockStopped, satisfied) => {
          const s = nextForComplaint(input(state, { clockStopped, satisfied }));
          expect(s.actor.kind === 'person' || s.actor.kind === 'role').toBe(true);
          expect(COMPLAINT_MACHINE.rows.some((r) => r.from === state && r.event === s.event)).toBe(true);
        },
      ),
    );
  });
});

describe('who acts next on a claim report', () => {
  const base = {
    status: 'inProgress',
    followUp: 'ordinary',
    noticeOwed: false,
    ownerId: OWNER,
    transferToId: null,
    viewer: viewer(OWNER),
  } as const;
  it.each([
    [{ followUp: 'majorFlagged' }, OWNER, 'submitMajorReport'],
    [{ followUp: 'majorReported' }, 'headOffice', 'acknowledgeMajorReport'],
    [{ followUp: 'majorAcknowledged' }, OWNER, 'resolve'],
    [{ noticeOwed: true }, OWNER, 'recordNotice'],
    [{ status: 'new' }, OWNER, 'start'],
    [{ status: 'closed', followUp: 'majorFlagged' }, 'nobody', null],
  ] as const)('%o → %s %s', (extra, actor, event) => {
    const s = nextForClaimReport({ ...base, ...extra });
    expect(who(s)).toBe(actor);
    expect(s.event).toBe(event);
  });
});

describe('who acts next on a claim application', () => {
  const base = {
    ownerId: OWNER,
    ownerIsClaimsHandler: false,
    setComplete: false,
    receiptConfirmed: false,
    decision: null,
    viewer: viewer(OWNER),
  } as const;
  it.each([
    ['received', {}, OWNER, 'recordDocuments'],
    ['received', { setComplete: true }, OWNER, 'markComplete'],
    ['documentsIncomplete', {}, 'customer', null],
    ['documentsIncomplete', { setComplete: true }, OWNER, 'markComplete'],
    ['complete', {}, OWNER, 'handOver'],
    ['handedOver', {}, OWNER, 'confirmReceipt'],
    ['handedOver', { receiptConfirmed: true }, 'claimsHandler', 'startInvestigation'],
    ['handedOver', { receiptConfirmed: true, ownerIsClaimsHandler: true }, OWNER, 'startInvestigation'],
    ['investigating', {}, 'claimsHandler', 'recordAssessment'],
    ['assessed', {}, 'claimsHandler', 'decide'],
    ['decisionProposed', {}, 'approver', 'approveDecision'],
    ['decided', { decision: 'pay' }, 'claimsHandler', 'pay'],
    ['decided', { decision: 'refuse' }, 'claimsHandler', 'refuse'],
    ['paid', {}, OWNER, 'close'],
    ['refused', {}, OWNER, 'close'],
    ['closed', {}, OWNER, 'archive'],
    ['archived', {}, 'nobody', null],
  ] as const)('%s %o → %s %s', (state, extra, actor, event) => {
    const s = nextForClaimApplication({ ...base, state, ...extra });
    expect(who(s)).toBe(actor);
    expect(s.event).toBe(event);
  });

  it('covers every state of the machine; the customer’s step is worded for people', () => {
    for (const state of CLAIM_APPLICATION_STATES)
      expect(nextForClaimApplication({ ...base, state }).action.zh.length).toBeGreaterThan(0);
    expect(nextForClaimApplication({ ...base, state: 'documentsIncomplete' }).action.zh).toBe(
      '补交缺少的材料',
    );
  });

  it('a claims handler in the queue acts when the table allows them', () => {
    const s = nextForClaimApplication({
      ...base,
      state: 'investigating',
      viewer: viewer('u-handler', ['recordAssessment']),
    });
    expect(s.viewerActs).toBe(true);
  });
});
