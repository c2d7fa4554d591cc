import type { InvestigationOutcome } from './investigation.machine.ts';

/** One approved investigation: the signals that flagged it and the outcome a manager approved. */
export type ClosedCase = { signals: readonly string[]; outcome: InvestigationOutcome };
export type SignalPrecision = {
  code: string;
  confirmed: number;
  cleared: number;
  inconclusive: number;
  /** confirmed / (confirmed + cleared); inconclusive cases say nothing either way. Null with no decided case. */
  precision: number | null;
};

/**
 * Learning from outcomes (issue #22 part 4): per signal, how the approved investigations it flagged ended, so head
 * office tunes weights with evidence. Only approved conclusions count (an unapproved one may still change).
 */
export const signalPrecision = (codes: readonly string[], cases: readonly ClosedCase[]): SignalPrecision[] =>
  codes.map((code) => {
    const c = { confirmed: 0, cleared: 0, inconclusive: 0 };
    for (const k of cases) if (k.signals.includes(code)) c[k.outcome] += 1;
    const decided = c.confirmed + c.cleared;
    return { code, ...c, precision: decided === 0 ? null : c.confirmed / decided };
  });
