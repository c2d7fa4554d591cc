import { describe, expect, it } from 'vitest';
import { allowedEvents, movesFrom, next } from '../workflow/index.ts';
import { DEFAULT_HANDOVER_SETTINGS, HANDOVER_MACHINE, type HandoverFacts } from './handover.machine.ts';

const SHIFT_START = new Date('2025-09-29T16:00:00+08:00');
const minutesBefore = (m: number) => new Date(SHIFT_START.getTime() - m * 60_000);
const READY = { uniform: true, badge: true, materials: true };

/** Incoming agent 王芳 (wang), outgoing agent 李明 (li), duty lead 张伟 (zhang). */
const facts = (actorId: string, over: Partial<HandoverFacts> = {}): HandoverFacts => ({
  actorId,
  incomingAgentId: 'wang',
  outgoingAgentId: 'li',
  actorIsDutyLead: actorId === 'zhang',
  at: minutesBefore(10),
  shiftStart: SHIFT_START,
  checklist: READY,
  incomingConfirmed: false,
  settings: DEFAULT_HANDOVER_SETTINGS,
  ...over,
});

const move = (from: string, event: string, f: HandoverFacts) => next(HANDOVER_MACHINE, from, event, f);

describe('check-in (第九条, 第十条)', () => {
  it('5 minutes before the start is on time; 4 minutes before is recorded as late', () => {
    expect(move('scheduled', 'checkIn', facts('wang', { at: minutesBefore(5) }))).toMatchObject({
      ok: true,
      to: 'incomingCheckedIn',
      name: 'checkIn',
      effects: ['recordCheckIn'],
    });
    expect(move('scheduled', 'checkIn', facts('wang', { at: minutesBefore(4) }))).toMatchObject({
      ok: true,
      to: 'incomingCheckedIn',
      name: 'checkInLate',
      effects: ['recordCheckIn', 'recordLate'],
    });
  });

  it('the lead time is a setting', () => {
    const settings = { checkInLeadMinutes: 15 };
    expect(move('scheduled', 'checkIn', facts('wang', { at: minutesBefore(10), settings }))).toMatchObject({
      name: 'checkInLate',
    });
  });

  it('only the incoming agent, in uniform, with badge and materials', () => {
    expect(move('scheduled', 'checkIn', facts('li'))).toMatchObject({
      ok: false,
      code: 'NOT_INCOMING_AGENT',
    });
    const noBadge = facts('wang', { checklist: { ...READY, badge: false } });
    expect(move('scheduled', 'checkIn', noBadge)).toMatchObject({
      ok: false,
      code: 'PRE_SHIFT_CHECK_INCOMPLETE',
    });
    expect(move('scheduled', 'checkIn', facts('wang', { checklist: undefined }))).toMatchObject({
      ok: false,
      code: 'PRE_SHIFT_CHECK_INCOMPLETE',
    });
  });
});

describe('missing relief (第十一条)', () => {
  it('escalates only once the shift has started, and keeps the outgoing agent on duty', () => {
    expect(move('scheduled', 'escalateMissingRelief', facts('li', { at: minutesBefore(1) }))).toMatchObject({
      ok: false,
      code: 'SHIFT_NOT_STARTED',
    });
    expect(move('scheduled', 'escalateMissingRelief', facts('zhang', { at: SHIFT_START }))).toMatchObject({
      ok: true,
      to: 'reliefMissing',
      effects: ['notifyManager', 'keepOutgoingOnDuty'],
    });
    expect(move('scheduled', 'escalateMissingRelief', facts('wang', { at: SHIFT_START }))).toMatchObject({
      ok: false,
      code: 'NOT_OUTGOING_AGENT',
    });
  });

  it('the relief who then arrives checks in late', () => {
    expect(move('reliefMissing', 'checkIn', facts('wang', { at: minutesBefore(-20) }))).toMatchObject({
      ok: true,
      to: 'incomingCheckedIn',
      name: 'checkInLate',
    });
  });
});

describe('statistics, confirmation and signatures (第十条, 第十一条)', () => {
  it('walks the whole hand-over with each person on their own login', () => {
    expect(move('incomingCheckedIn', 'generateStatistics', facts('li'))).toMatchObject({
      to: 'statisticsGenerated',
    });
    expect(move('statisticsGenerated', 'confirm', facts('wang'))).toMatchObject({ to: 'incomingConfirmed' });
    expect(move('incomingConfirmed', 'sign', facts('li', { incomingConfirmed: true }))).toMatchObject({
      to: 'signed',
    });
    expect(move('signed', 'close', facts('li'))).toMatchObject({
      to: 'closed',
      effects: ['releaseOutgoing'],
    });
    expect(move('signed', 'close', facts('zhang'))).toMatchObject({ to: 'closed' });
  });

  it('nobody confirms for the incoming agent, and the outgoing one cannot sign first', () => {
    expect(move('statisticsGenerated', 'confirm', facts('li'))).toMatchObject({ code: 'NOT_INCOMING_AGENT' });
    expect(move('statisticsGenerated', 'confirm', facts('zhang'))).toMatchObject({
      code: 'NOT_INCOMING_AGENT',
    });
    // Refused for the reason the outgoing agent must hear (第十一条), not as a move of the wrong state.
    expect(move('statisticsGenerated', 'sign', facts('li'))).toMatchObject({
      code: 'INCOMING_NOT_CONFIRMED',
    });
    expect(move('incomingConfirmed', 'sign', facts('li', { incomingConfirmed: false }))).toMatchObject({
      code: 'INCOMING_NOT_CONFIRMED',
    });
    expect(move('incomingConfirmed', 'sign', facts('wang', { incomingConfirmed: true }))).toMatchObject({
      code: 'NOT_OUTGOING_AGENT',
    });
  });

  it("the statistics are the outgoing agent's, and the outgoing agent cannot leave before it is closed", () => {
    expect(move('incomingCheckedIn', 'generateStatistics', facts('wang'))).toMatchObject({
      code: 'NOT_OUTGOING_AGENT',
    });
    expect(move('incomingConfirmed', 'close', facts('li'))).toMatchObject({
      code: 'HANDOVER_TRANSITION_NOT_ALLOWED',
    });
  });

  it('offers each person only their own moves', () => {
    expect(allowedEvents(HANDOVER_MACHINE, 'scheduled', facts('wang', { checklist: undefined }))).toEqual([
      'checkIn',
    ]);
    expect(allowedEvents(HANDOVER_MACHINE, 'scheduled', facts('li', { at: SHIFT_START }))).toEqual([
      'escalateMissingRelief',
    ]);
    const offered = movesFrom(HANDOVER_MACHINE, 'scheduled', facts('wang', { checklist: undefined }));
    expect(offered.find((m) => m.event === 'checkIn')?.inputs).toEqual(['readyForDuty']);
  });
});
