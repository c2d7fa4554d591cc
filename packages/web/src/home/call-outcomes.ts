import type { KpiValue } from './api.ts';
import { kpiOf } from './format.ts';

/** The call outcomes a stacked bar shows, in drill-down order: in 3 rings, late, never answered. */
export const OUTCOMES = ['inRings', 'late', 'abandoned'] as const;

/** Calls answered within the ring limit, answered late and never answered, from one set of KPI values. */
export const outcomesOf = (values: readonly KpiValue[]): [number, number, number] => {
  const inRings = kpiOf(values, 'answeredWithinRings')?.numerator ?? 0;
  const answered = kpiOf(values, 'averageSpeedOfAnswer')?.denominator ?? 0;
  const abandoned = kpiOf(values, 'abandonment')?.numerator ?? 0;
  return [inRings, Math.max(0, answered - inRings), abandoned];
};
