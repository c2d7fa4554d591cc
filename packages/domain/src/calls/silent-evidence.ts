import type { SilentLog } from './silent-call.ts';

/**
 * What the records say about a call the agent logged as silent (issue #17 part 7): the latest transcript's customer
 * turns, the side the PBX says hung up, and the talk time from the CTI answer and end (null while the call runs).
 */
export type SilentEvidence = {
  customerTurns: number;
  hungUpBy: 'customer' | 'agent' | 'system' | null;
  talkMs: number | null;
};

export type SilentContradiction = 'CUSTOMER_TURNS' | 'CUSTOMER_HUNG_UP' | 'TALK_TIME';

/**
 * The panel's clock and the PBX's differ by network and click delay; beyond this the talk time and the logged
 * hang-up are different calls (one protocol round lasts 15 s, so 10 s is most of a round).
 */
export const SILENT_TALK_TOLERANCE_MS = 10_000;

/**
 * Where the log contradicts the records. Only a log that claims silence (the customer never spoke) and a protocol
 * hang-up is checked: that is the one that turns "customer hung up first" into n/a.
 * - CUSTOMER_TURNS: the transcript has the customer speaking;
 * - CUSTOMER_HUNG_UP: the PBX says the customer hung up, so the agent did not end it by the protocol;
 * - TALK_TIME: the talk time is not the logged hang-up time, within the tolerance.
 */
export const silentLogContradictions = (log: SilentLog, e: SilentEvidence): SilentContradiction[] => {
  if (log.customerSpoke || log.hungUpAtMs === null) return [];
  const found: SilentContradiction[] = [];
  if (e.customerTurns > 0) found.push('CUSTOMER_TURNS');
  if (e.hungUpBy === 'customer') found.push('CUSTOMER_HUNG_UP');
  if (e.talkMs !== null && Math.abs(e.talkMs - log.hungUpAtMs) > SILENT_TALK_TOLERANCE_MS)
    found.push('TALK_TIME');
  return found;
};

/**
 * A protocol hang-up excuses the agent's hang-up (seed 000 一(一)3: 再稍停5秒，挂机) only when the log claims
 * silence, ends in a hang-up, and nothing on record contradicts it.
 */
export const protocolExcusesHangUp = (log: SilentLog | null, e: SilentEvidence): boolean =>
  log !== null &&
  !log.customerSpoke &&
  log.hungUpAtMs !== null &&
  silentLogContradictions(log, e).length === 0;
