/**
 * The scoring rule of an assessment (seed 002 §五(二)1: "考核数据来源于客户反馈、系统记录、上级评价" — KPI items from
 * the system's records, qualitative items from the lead's evaluation). Pure and total: every item gets points in
 * [0, weight] or is "not measured".
 *
 * - KPI item: fraction = (value − floor) / (target − floor), clamped to [0, 1]; points = weight × fraction. The
 *   same formula serves "higher is better" (target > floor) and "lower is better" (target < floor).
 * - A KPI with nothing to measure in the period (0 of 0 calls) is not measured: it earns no points and its weight
 *   leaves the total's base, so an agent who took no complaints is neither rewarded nor punished for it.
 * - Qualitative item: points = weight × given / QUALITATIVE_MAX_POINTS; not yet scored is not measured.
 * - Total = 100 × Σ points / Σ weights of measured items (rounded to 0.1); null when nothing was measured.
 * - §五(三)3 培训与发展指导: an item whose fraction is below LOW_ITEM_FRACTION is low and suggests training.
 */

import type { KpiId } from '../kpis/definitions.ts';
import { itemKey, QUALITATIVE_MAX_POINTS, type QualitativeItemId, type TemplateItem } from './template.ts';

/** §五(三)2–3 "考核不达标…培训再考核": below 60 % of an item's points is 不达标 (the usual pass line; a setting). */
export const LOW_ITEM_FRACTION = 0.6;

export type ItemScore = {
  key: string;
  item: TemplateItem;
  /** The KPI value or the lead's points; null when not measured. */
  input: number | null;
  points: number | null;
  fraction: number | null;
  low: boolean;
};

export type AssessmentScore = { items: ItemScore[]; total: number | null; lowItems: string[] };

const round1 = (x: number) => Math.round(x * 10) / 10;

export const kpiFraction = (value: number, target: number, floor: number): number => {
  const f = (value - floor) / (target - floor);
  return Number.isFinite(f) ? Math.min(1, Math.max(0, f)) : 0;
};

export const scoreAssessment = (
  items: readonly TemplateItem[],
  kpis: Partial<Record<KpiId, number | null>>,
  qualitative: Partial<Record<QualitativeItemId, number>>,
  lowFraction = LOW_ITEM_FRACTION,
): AssessmentScore => {
  const scored: ItemScore[] = items.map((item) => {
    const input = item.kind === 'kpi' ? (kpis[item.kpi] ?? null) : (qualitative[item.id] ?? null);
    if (input === null) return { key: itemKey(item), item, input, points: null, fraction: null, low: false };
    const fraction =
      item.kind === 'kpi'
        ? kpiFraction(input, item.target, item.floor)
        : Math.min(1, Math.max(0, input / QUALITATIVE_MAX_POINTS));
    return {
      key: itemKey(item),
      item,
      input,
      points: item.weight * fraction,
      fraction,
      low: fraction < lowFraction,
    };
  });
  const measured = scored.filter((s) => s.points !== null);
  const base = measured.reduce((s, i) => s + i.item.weight, 0);
  const total = base === 0 ? null : round1((100 * measured.reduce((s, i) => s + (i.points ?? 0), 0)) / base);
  return { items: scored, total, lowItems: scored.filter((s) => s.low).map((s) => s.key) };
};

/**
 * Which training topic (seed 002 §四(一)2 培训内容) a low item points to: the KPI or quality the item measures maps
 * to the course that teaches it.
 */
export const TRAINING_TOPIC_OF_ITEM: Record<string, string> = {
  'kpi:satisfaction': 'serviceSkills',
  'kpi:problemResolution': 'productKnowledge',
  'kpi:firstContactResolution': 'productKnowledge',
  'kpi:complaintTimeliness': 'serviceSkills',
  'kpi:averageSpeedOfAnswer': 'systemOperation',
  'kpi:answeredWithinRings': 'systemOperation',
  'kpi:averageHandlingTime': 'systemOperation',
  'kpi:abandonment': 'systemOperation',
  'kpi:businessSuccess': 'productKnowledge',
  'kpi:forbiddenPhraseHits': 'communication',
  'kpi:qaScore': 'communication',
  'q:serviceAttitude': 'serviceSkills',
  'q:teamwork': 'communication',
  'q:productKnowledge': 'insuranceBasics',
};

/** The training topics the low items suggest, each once, in item order. */
export const suggestedTraining = (score: AssessmentScore): string[] => [
  ...new Set(
    score.lowItems.map((k) => TRAINING_TOPIC_OF_ITEM[k]).filter((t): t is string => t !== undefined),
  ),
];
