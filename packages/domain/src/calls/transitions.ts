import { defineMachine, next, type RefusalCodeOf } from '../workflow/index.ts';

/** CTI events a PBX sends for one call (issue #5 part 4). */
export const CTI_EVENTS = ['ringing', 'answered', 'ended'] as const;
export type CtiEvent = (typeof CTI_EVENTS)[number];

export const CALL_STATES = ['ringing', 'answered', 'ended'] as const;
export type CallState = (typeof CALL_STATES)[number];

/** A PBX event is not a person's move: no guards, so the rows need no facts. */
export type CallFacts = Record<string, never>;
export const CALL_FACTS: CallFacts = {};

const SOURCE = 'seed 001 第二篇 七(一) (answer within three rings); issue #5 part 4';

/**
 * Every legal move of a call, on one screen. `none` is a call id the system has not seen yet. A call ended
 * without an answer is abandoned (answered_at stays empty). A PBX may deliver events late or out of order: a late
 * event only fills in the time it carries and never moves the call back (the last three rows); a lost `ringing`
 * makes the answer the ring start. Replays of an event already applied are not moves: see applyCtiEvent.
 */
export const CALL_MACHINE = defineMachine<CallFacts>()({
  id: 'call',
  title: { zh: '通话', en: 'Call' },
  source: 'A call follows the events its PBX reports; the ring start and the answer decide the 3-ring flag.',
  initial: 'none',
  states: {
    none: { zh: '未收到', en: 'Not seen yet' },
    ringing: { zh: '振铃中', en: 'Ringing' },
    answered: { zh: '通话中', en: 'In call' },
    ended: { zh: '已结束', en: 'Ended' },
  },
  events: {
    ringing: { zh: '振铃', en: 'Ringing' },
    answered: { zh: '接听', en: 'Answered' },
    ended: { zh: '结束', en: 'Ended' },
  },
  guards: {},
  effects: {
    recordRingStart: 'keeps the ring start the event carries; rings and the 3-ring flag are recomputed',
    recordAnswer: 'keeps the answer time and the answering agent; rings and the 3-ring flag are recomputed',
    recordEnd: 'keeps the end time and who hung up first',
  },
  rows: [
    {
      from: 'none',
      event: 'ringing',
      guards: [],
      to: 'ringing',
      effects: ['recordRingStart'],
      source: SOURCE,
    },
    {
      from: 'none',
      event: 'answered',
      guards: [],
      to: 'answered',
      effects: ['recordRingStart', 'recordAnswer'],
    },
    {
      from: 'ringing',
      event: 'answered',
      guards: [],
      to: 'answered',
      effects: ['recordAnswer'],
      source: SOURCE,
    },
    { from: 'ringing', event: 'ended', guards: [], to: 'ended', effects: ['recordEnd'] },
    { from: 'answered', event: 'ended', guards: [], to: 'ended', effects: ['recordEnd'] },
    // Late events: they fill in their time and leave the state where it is.
    { from: 'answered', event: 'ringing', guards: [], to: 'answered', effects: ['recordRingStart'] },
    { from: 'ended', event: 'ringing', guards: [], to: 'ended', effects: ['recordRingStart'] },
    { from: 'ended', event: 'answered', guards: [], to: 'ended', effects: ['recordAnswer'] },
  ],
  notAllowed: 'CALL_EVENT_OUT_OF_ORDER',
});

export type CallEffect = keyof typeof CALL_MACHINE.effects;

/** The state the table reads: a call row with no event applied yet (just inserted) is a call not seen. */
export const callStateOf = (state: CallState, received: readonly string[]): CallState | 'none' =>
  received.length === 0 ? 'none' : state;

export type CtiOutcome =
  | { ok: true; duplicate: false; to: CallState | 'none'; effects: readonly CallEffect[] }
  | { ok: true; duplicate: true }
  | { ok: false; code: RefusalCodeOf<typeof CALL_MACHINE>; details: { state: string; event: string } };

/** Idempotent by (call id, event): an event the call has already received is a duplicate, whatever its state. */
export const isDuplicateCti = (received: readonly string[], event: CtiEvent) => received.includes(event);

/**
 * Applies one CTI event to a call. A duplicate changes nothing, so a PBX may retry freely; otherwise the table
 * decides. The one event that cannot start a call (an `ended` for a call never seen) is refused with
 * CALL_EVENT_OUT_OF_ORDER.
 */
export const applyCtiEvent = (
  state: CallState | 'none',
  received: readonly CtiEvent[],
  event: CtiEvent,
): CtiOutcome => {
  if (isDuplicateCti(received, event)) return { ok: true, duplicate: true };
  const r = next(CALL_MACHINE, state, event, CALL_FACTS);
  if (!r.ok) return { ok: false, code: r.code, details: { state, event } };
  return { ok: true, duplicate: false, to: r.to, effects: r.effects };
};
