/**
 * The counters every KPI is computed from. One set of counters is kept per branch, agent and Beijing day (the
 * server's rollup); any period, team or branch is the plain sum of its days, so every formula is a ratio of sums and
 * never an average of averages.
 *
 * Each counter names the event whose day it is counted on (see definitions.ts for the tables it reads).
 */
export const COUNTER_NAMES = [
  // Calls (inbound), counted on the day the call started ringing.
  'callsOffered', // every inbound call that rang, answered or not
  'callsAnswered',
  'callsAnsweredInRings', // answered within the ring limit (seed 001: three rings)
  'callsAbandoned', // rang and was never answered (ended without an answer, or still ringing)
  'answerWaitMs', // sum of ring start → answer over answered calls
  'callsHandled', // answered and ended: the calls with a handling time
  'handleMs', // sum of answer → end over handled calls
  // Cases, counted on the day they were opened.
  'casesOpened',
  'casesOpenedResolved', // of those, resolved since
  'businessOpened', // surrender, endorsement and claim-application cases
  'businessSucceeded', // of those, resolved and not refused
  // Cases, counted on the day they were resolved.
  'casesResolved', // resolved with the first-contact answer recorded
  'casesResolvedFirstContact',
  // Complaints, counted on the day of the decision and of the call-back.
  'complaintsDecided',
  'complaintsDecidedOnTime', // decided without its decision deadline breached
  'callbacks', // complaint call-backs with a score
  'callbacksSatisfied', // score at or above the satisfied threshold
  // QA, counted on the call's ring day.
  'qaScored',
  'qaScoreSum',
  'phraseHits', // forbidden-phrase hits in scored transcripts
] as const;
export type CounterName = (typeof COUNTER_NAMES)[number];
export type KpiCounters = Record<CounterName, number>;

export const zeroCounters = (): KpiCounters =>
  Object.fromEntries(COUNTER_NAMES.map((n) => [n, 0])) as KpiCounters;

/** The counters of a period, team or branch: the sum of its rows. */
export const sumCounters = (rows: readonly Partial<KpiCounters>[]): KpiCounters => {
  const out = zeroCounters();
  for (const row of rows) for (const n of COUNTER_NAMES) out[n] += Number(row[n] ?? 0);
  return out;
};
