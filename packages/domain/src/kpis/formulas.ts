import type { KpiCounters } from './counters.ts';
import { KPI_DEFINITIONS, KPI_IDS, type KpiId } from './definitions.ts';

/** A KPI's value with what it was computed from; `value` is null when there is nothing to measure (0 of 0). */
export type KpiValue = { value: number | null; numerator: number; denominator: number | null };
export type KpiValues = Record<KpiId, KpiValue>;

export const kpiValue = (id: KpiId, c: KpiCounters): KpiValue => {
  const d = KPI_DEFINITIONS[id];
  const numerator = c[d.numerator];
  if (d.denominator === null) return { value: numerator * d.scale, numerator, denominator: null };
  const denominator = c[d.denominator];
  return { value: denominator === 0 ? null : (numerator / denominator) * d.scale, numerator, denominator };
};

/** Every KPI of one set of counters (an agent's month, a branch's day…). */
export const kpiValues = (c: KpiCounters): KpiValues =>
  Object.fromEntries(KPI_IDS.map((id) => [id, kpiValue(id, c)])) as KpiValues;

/**
 * What one inbound call adds to the call counters: the same rule the server's SQL rollup applies, stated once
 * here so it can be tested. A call that rang and was never answered is offered and abandoned, and it is a miss
 * for "answered within 3 rings" (its flag is null, never true).
 */
export type CallFacts = {
  ringStartedAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  answeredWithinRings: boolean | null;
};

export const callCounters = (call: CallFacts): Partial<KpiCounters> => {
  const answered = call.answeredAt !== null;
  const handled = answered && call.endedAt !== null;
  return {
    callsOffered: 1,
    callsAnswered: answered ? 1 : 0,
    callsAnsweredInRings: call.answeredWithinRings === true ? 1 : 0,
    callsAbandoned: answered ? 0 : 1,
    answerWaitMs: answered
      ? Math.max(0, (call.answeredAt as Date).getTime() - call.ringStartedAt.getTime())
      : 0,
    callsHandled: handled ? 1 : 0,
    handleMs: handled
      ? Math.max(0, (call.endedAt as Date).getTime() - (call.answeredAt as Date).getTime())
      : 0,
  };
};
