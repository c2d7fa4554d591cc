import type { KpiId } from '../kpis/definitions.ts';

/**
 * A branch's work plan for a month with targets on the KPIs (issue #20 part 4; seed 002 §二(三)1 客服主管 "制定和完善
 * 客服部门的工作计划、目标", §五(一) 考核指标). The KPIs are the seed's assessment items; a target is a number in the
 * KPI's unit, and `better` says which way is good (so a screen can compare a result with it).
 */
export const PLAN_KPIS = {
  satisfaction: {
    zh: '客户满意度',
    en: 'Customer satisfaction',
    unit: '%',
    better: 'higher',
    source: 'seed 002 §五(一)1',
  },
  resolutionRate: {
    zh: '问题解决率',
    en: 'Resolution rate',
    unit: '%',
    better: 'higher',
    source: 'seed 002 §五(一)1',
  },
  complaintOnTime: {
    zh: '投诉处理及时率',
    en: 'Complaints handled on time',
    unit: '%',
    better: 'higher',
    source: 'seed 002 §五(一)1',
  },
  avgResponseSeconds: {
    zh: '平均响应时间',
    en: 'Average response time',
    unit: 's',
    better: 'lower',
    source: 'seed 002 §五(一)2',
  },
  avgHandlingMinutes: {
    zh: '平均处理时间',
    en: 'Average handling time',
    unit: 'min',
    better: 'lower',
    source: 'seed 002 §五(一)2',
  },
  knowledgeScore: {
    zh: '业务知识考核得分',
    en: 'Product and law knowledge score',
    unit: '分',
    better: 'higher',
    source: 'seed 002 §五(一)3',
  },
} as const;
export type PlanKpi = keyof typeof PLAN_KPIS;
export const PLAN_KPI_CODES = Object.keys(PLAN_KPIS) as [PlanKpi, ...PlanKpi[]];

/** A percentage or a score lies in [0, 100]; a time is positive and below a day. */
export const targetProblem = (kpi: PlanKpi, value: number): string | null => {
  const unit = PLAN_KPIS[kpi].unit;
  if (!Number.isFinite(value) || value < 0) return 'negative';
  if ((unit === '%' || unit === '分') && value > 100) return 'above100';
  if ((unit === 's' && value > 86_400) || (unit === 'min' && value > 1_440)) return 'tooLong';
  return null;
};

/**
 * Where a plan target's actual figure comes from: a KPI of the rollup (its value times `scale` is in the plan's unit:
 * a ratio becomes a percentage, handling seconds become minutes), or the knowledge score, which is the branch's mean
 * of its agents' self-study mastery (seed 002 §五(一)3; knowledge/quiz.ts).
 */
export const PLAN_ACTUAL_SOURCE: Record<PlanKpi, { kpi: KpiId; scale: number } | 'knowledge'> = {
  satisfaction: { kpi: 'satisfaction', scale: 100 },
  resolutionRate: { kpi: 'problemResolution', scale: 100 },
  complaintOnTime: { kpi: 'complaintTimeliness', scale: 100 },
  avgResponseSeconds: { kpi: 'averageSpeedOfAnswer', scale: 1 },
  avgHandlingMinutes: { kpi: 'averageHandlingTime', scale: 1 / 60 },
  knowledgeScore: 'knowledge',
};

/** The actual figure of each plan KPI in the plan's unit (one decimal); null when there was nothing to measure. */
export const planActuals = (
  kpis: Partial<Record<KpiId, number | null>>,
  knowledge: number | null,
): Record<PlanKpi, number | null> =>
  Object.fromEntries(
    PLAN_KPI_CODES.map((k) => {
      const src = PLAN_ACTUAL_SOURCE[k];
      const raw = src === 'knowledge' ? knowledge : (kpis[src.kpi] ?? null);
      const v = raw === null ? null : src === 'knowledge' ? raw : raw * src.scale;
      return [k, v === null ? null : Math.round(v * 10) / 10];
    }),
  ) as Record<PlanKpi, number | null>;

/** Whether the actual meets the target, in the KPI's good direction; null when either is missing. */
export const targetMet = (kpi: PlanKpi, target: number | null, actual: number | null): boolean | null =>
  target === null || actual === null
    ? null
    : PLAN_KPIS[kpi].better === 'higher'
      ? actual >= target
      : actual <= target;
