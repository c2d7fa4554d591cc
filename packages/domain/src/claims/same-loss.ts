/**
 * "Same loss" (seed 003 §(二) 报案记录查询 1: 如系统中有报案记录，则告知报案人我司已受理及进展): two reports on
 * the same policy whose accident times lie within a window are one loss, so the second caller is told the
 * progress of the first instead of registering it again. The seed fixes no window; it is a setting.
 */
export type SameLossSettings = { windowHours: number };

/** Setting: 24 hours either side catches a caller who remembers the time or even the day slightly differently. */
export const DEFAULT_SAME_LOSS_SETTINGS: SameLossSettings = { windowHours: 24 };

export type LossKey = { policyId: string; occurredAt: Date };

export const isSameLoss = (a: LossKey, b: LossKey, s: SameLossSettings = DEFAULT_SAME_LOSS_SETTINGS) =>
  a.policyId === b.policyId &&
  Math.abs(a.occurredAt.getTime() - b.occurredAt.getTime()) <= s.windowHours * 3_600_000;

/** The window to search in storage for possible duplicates of a loss. */
export const sameLossWindow = (occurredAt: Date, s: SameLossSettings = DEFAULT_SAME_LOSS_SETTINGS) => ({
  from: new Date(occurredAt.getTime() - s.windowHours * 3_600_000),
  to: new Date(occurredAt.getTime() + s.windowHours * 3_600_000),
});
