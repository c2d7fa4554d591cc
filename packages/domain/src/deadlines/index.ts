/*
 * Deadlines (C7): pure rules for computing a deadline on the business calendar and for the sweeper's moves.
 * No I/O and no clock: the server passes the calendar, the rule snapshot and `now`.
 */
export * from './messages.ts';
export * from './rules.ts';
export * from './sweep.ts';
