import { type GuardDef, type Label, type MachineDef, movesFrom } from '@claimline/domain/workflow';
import { ERRORS, type ErrorCode } from '../errors.ts';

/** A move as the console receives it: what to call the button and, when it is greyed out, why. */
export type OfferedMove = {
  event: string;
  label: Label;
  allowed: boolean;
  reason: { code: string; zh: string; en: string } | null;
  /** Refused because of who the person is: only another role could make it (screens may hide it). */
  byRole: boolean;
  /** What the dialog must ask for before the move can pass (the names of the table's input guards). */
  inputs: string[];
};

/**
 * The moves this person may make now, read off the machine itself, so the console asks instead of copying guards.
 * `hide` leaves out refusals not worth showing (a move only another role could ever make).
 */
export const offeredMoves = <
  S extends string,
  E extends string,
  F,
  G extends Record<string, GuardDef<F> & { code: ErrorCode }>,
  X extends string,
  N extends ErrorCode,
>(
  m: MachineDef<S, E, F, G, X, N>,
  state: string,
  facts: F,
): OfferedMove[] =>
  movesFrom(m, state, facts).map((o) => ({
    event: o.event,
    label: m.events[o.event],
    allowed: o.allowed,
    reason:
      o.refusal === null ? null : { code: o.refusal, zh: ERRORS[o.refusal].zh, en: ERRORS[o.refusal].en },
    byRole: o.refusedBy === 'actor',
    inputs: o.inputs,
  }));
