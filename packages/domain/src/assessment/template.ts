/**
 * Assessment templates (考核模板), seed 002 §五(一)–(二): a monthly or quarterly template weighs KPI items (the
 * measurable indicators of §五(一)1–2, read from the KPI rollup) against qualitative items the team lead scores
 * (service attitude §五(一)1 服务态度评价, product knowledge §五(一)3, teamwork §五(一)4). Templates are versioned:
 * an assessment keeps the version it was opened with.
 */

import type { Label } from '../core/labels.ts';
import type { KpiId } from '../kpis/definitions.ts';

export const ASSESSMENT_PERIOD_KINDS = ['month', 'quarter'] as const;
export type AssessmentPeriodKind = (typeof ASSESSMENT_PERIOD_KINDS)[number];

/**
 * A KPI item: `target` earns the full weight, `floor` earns nothing, linear in between (scoring.ts). For a KPI where
 * lower is better (handling time, abandonment) the target is below the floor.
 */
export type KpiItem = { kind: 'kpi'; kpi: KpiId; weight: number; target: number; floor: number };

export const QUALITATIVE_ITEM_IDS = ['serviceAttitude', 'teamwork', 'productKnowledge'] as const;
export type QualitativeItemId = (typeof QUALITATIVE_ITEM_IDS)[number];

export const QUALITATIVE_LABELS: Record<QualitativeItemId, Label> = {
  serviceAttitude: { zh: '服务态度', en: 'Service attitude' },
  teamwork: { zh: '团队协作', en: 'Teamwork' },
  productKnowledge: { zh: '业务知识', en: 'Product knowledge' },
};

/** A qualitative item: the team lead gives 0..QUALITATIVE_MAX_POINTS, scaled to the item's weight. */
export type QualitativeItem = { kind: 'qualitative'; id: QualitativeItemId; weight: number };

export type TemplateItem = KpiItem | QualitativeItem;

export type AssessmentTemplateBody = {
  periodKind: AssessmentPeriodKind;
  name: Label;
  items: readonly TemplateItem[];
};

/** The team lead's scale for a qualitative item: five points, the usual 优/良/中/差/很差 ladder (centre setting). */
export const QUALITATIVE_MAX_POINTS = 5;

/** Weights are percentages of the total: a template's weights add up to this. */
export const TEMPLATE_WEIGHT_TOTAL = 100;

export type TemplateProblem = {
  kind: 'WEIGHTS_NOT_100' | 'DUPLICATE_ITEM' | 'BAD_RANGE' | 'EMPTY';
  item?: string;
};

export const itemKey = (i: TemplateItem): string => (i.kind === 'kpi' ? `kpi:${i.kpi}` : `q:${i.id}`);

/** What is wrong with a template before it may be saved; empty when it is fine. */
export const templateProblems = (t: AssessmentTemplateBody): TemplateProblem[] => {
  const out: TemplateProblem[] = [];
  if (t.items.length === 0) out.push({ kind: 'EMPTY' });
  const seen = new Set<string>();
  for (const i of t.items) {
    const k = itemKey(i);
    if (seen.has(k)) out.push({ kind: 'DUPLICATE_ITEM', item: k });
    seen.add(k);
    if (!(i.weight > 0) || (i.kind === 'kpi' && i.target === i.floor))
      out.push({ kind: 'BAD_RANGE', item: k });
  }
  const sum = t.items.reduce((s, i) => s + i.weight, 0);
  if (Math.abs(sum - TEMPLATE_WEIGHT_TOTAL) > 1e-9) out.push({ kind: 'WEIGHTS_NOT_100' });
  return out;
};

/** The template a centre starts from: §五(一)1–2 KPIs 70 %, §五(一)1/3/4 qualitative items 30 %. */
export const DEFAULT_TEMPLATE_ITEMS: readonly TemplateItem[] = [
  { kind: 'kpi', kpi: 'satisfaction', weight: 20, target: 0.95, floor: 0.7 },
  { kind: 'kpi', kpi: 'problemResolution', weight: 15, target: 0.9, floor: 0.6 },
  { kind: 'kpi', kpi: 'complaintTimeliness', weight: 10, target: 1, floor: 0.8 },
  { kind: 'kpi', kpi: 'averageSpeedOfAnswer', weight: 10, target: 10, floor: 60 },
  { kind: 'kpi', kpi: 'businessSuccess', weight: 5, target: 0.95, floor: 0.7 },
  { kind: 'kpi', kpi: 'qaScore', weight: 10, target: 95, floor: 60 },
  { kind: 'qualitative', id: 'serviceAttitude', weight: 10 },
  { kind: 'qualitative', id: 'teamwork', weight: 10 },
  { kind: 'qualitative', id: 'productKnowledge', weight: 10 },
];
