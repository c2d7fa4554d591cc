import type { Label } from '../core/index.ts';

/**
 * Service analytics (服务优化, seed 004 四.9: "分析理赔数据和流程，提出改进建议，以提升理赔服务质量和效率"): how long a
 * claim application stays in each stage of its machine, and how long the files still open have been waiting.
 */

/** Stages a file can wait in (the claim application machine's states that still expect work). */
export const WAITING_STAGES = [
  'received',
  'documentsIncomplete',
  'complete',
  'handedOver',
  'investigating',
  'assessed',
  'decisionProposed',
  'decided',
  'paid',
  'refused',
  'closed',
] as const;

/**
 * Age buckets for "where files wait", upper bounds in days. The bounds are the legal and seed clocks a file meets,
 * so a bar says which promise a waiting file is close to.
 */
export const WAIT_BUCKETS = [
  { id: 'd1', upToDays: 1, label: { zh: '1天内', en: '≤ 1 day' } },
  // Seed 003 (五): materials handed to the insurer within 3 working days of receipt.
  { id: 'd3', upToDays: 3, label: { zh: '1–3天', en: '1–3 days' } },
  // Insurance Law art. 23: pay within 10 days of agreeing the amount.
  { id: 'd10', upToDays: 10, label: { zh: '3–10天', en: '3–10 days' } },
  // Insurance Law art. 23: decide within 30 days (complex cases).
  { id: 'd30', upToDays: 30, label: { zh: '10–30天', en: '10–30 days' } },
  // Insurance Law art. 25: advance payment when the amount is not fixed 60 days after the claim.
  { id: 'd60', upToDays: 60, label: { zh: '30–60天', en: '30–60 days' } },
  { id: 'over60', upToDays: Number.POSITIVE_INFINITY, label: { zh: '60天以上', en: 'Over 60 days' } },
] as const satisfies readonly { id: string; upToDays: number; label: Label }[];
export type WaitBucket = (typeof WAIT_BUCKETS)[number]['id'];
export const WAIT_BUCKET_IDS = WAIT_BUCKETS.map((b) => b.id) as [WaitBucket, ...WaitBucket[]];

/** The bucket of a file that has waited `days` (a bound belongs to the lower bucket: 3.0 days is "1–3 days"). */
export const bucketOf = (days: number): WaitBucket => {
  for (const b of WAIT_BUCKETS) if (days <= b.upToDays) return b.id;
  return 'over60';
};

/** Bounds of a bucket in days, for a query: (lower, upper]; the first starts at minus infinity. */
export const bucketBounds = (id: WaitBucket): { fromDays: number; toDays: number } => {
  const i = WAIT_BUCKETS.findIndex((b) => b.id === id);
  return {
    fromDays: i <= 0 ? Number.NEGATIVE_INFINITY : (WAIT_BUCKETS[i - 1]?.upToDays as number),
    toDays: WAIT_BUCKETS[i]?.upToDays ?? Number.POSITIVE_INFINITY,
  };
};

/** A reporting period on Beijing days: at most a year, the start not after the end. */
export const MAX_PERIOD_DAYS = 366; // a year and its leap day: longer ranges belong in an export, not a chart
export const periodProblem = (from: string, to: string): boolean => {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return !(a <= b) || (b - a) / 86_400_000 + 1 > MAX_PERIOD_DAYS;
};
