import type { Refusal } from '../core/index.ts';

/** CTI events a PBX sends for one call (issue #5 part 4). */
export const CTI_EVENTS = ['ringing', 'answered', 'ended'] as const;
export type CtiEvent = (typeof CTI_EVENTS)[number];

export const CALL_STATES = ['ringing', 'answered', 'ended'] as const;
export type CallState = (typeof CALL_STATES)[number];

export type CallEffect = 'recordRingStart' | 'recordAnswer' | 'recordEnd';

export type CallTransitionRow = {
  from: CallState | 'none';
  event: CtiEvent;
  to: CallState;
  effects: CallEffect[];
};

/**
 * Every legal move of a call, on one screen. `none` is a call id the system has not seen yet. A call ended
 * without an answer is abandoned (answered_at stays empty). A PBX may deliver events late or out of order: a late
 * event only fills in the time it carries and never moves the call back (the last three rows); a lost `ringing`
 * makes the answer the ring start. Replays of an event already applied are not transitions: see applyCtiEvent.
 */
export const CALL_TRANSITIONS: readonly CallTransitionRow[] = [
  { from: 'none', event: 'ringing', to: 'ringing', effects: ['recordRingStart'] },
  { from: 'none', event: 'answered', to: 'answered', effects: ['recordRingStart', 'recordAnswer'] },
  { from: 'ringing', event: 'answered', to: 'answered', effects: ['recordAnswer'] },
  { from: 'ringing', event: 'ended', to: 'ended', effects: ['recordEnd'] },
  { from: 'answered', event: 'ended', to: 'ended', effects: ['recordEnd'] },
  { from: 'answered', event: 'ringing', to: 'answered', effects: ['recordRingStart'] },
  { from: 'ended', event: 'ringing', to: 'ended', effects: ['recordRingStart'] },
  { from: 'ended', event: 'answered', to: 'ended', effects: ['recordAnswer'] },
];

export type CtiOutcome =
  | { ok: true; duplicate: false; to: CallState; effects: CallEffect[] }
  | { ok: true; duplicate: true }
  | Refusal;

/**
 * Applies one CTI event to a call. Idempotent by (call id, event): an event the call has already received is a
 * duplicate and changes nothing, so a PBX may retry freely. The one event that cannot start a call (an `ended` for a
 * call never seen) is refused with CALL_EVENT_OUT_OF_ORDER.
 */
export const applyCtiEvent = (
  state: CallState | 'none',
  received: readonly CtiEvent[],
  event: CtiEvent,
): CtiOutcome => {
  if (received.includes(event)) return { ok: true, duplicate: true };
  const row = CALL_TRANSITIONS.find((r) => r.from === state && r.event === event);
  if (!row) return { ok: false, code: 'CALL_EVENT_OUT_OF_ORDER', details: { state, event } };
  return { ok: true, duplicate: false, to: row.to, effects: row.effects };
};
