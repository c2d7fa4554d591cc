/**
 * The shortened report form while a catastrophe is in force. Seed 003 §(二) 接报案询问案情 lists policy, accident
 * and reporter information; in a surge the agent takes first what lets the center call back and reach the loss —
 * who, a phone, where, what happened — and the policy or plate only if the reporter has it at hand. The rest of
 * the seed's list (policy check, cause, injury degree, measures, hospital) is completed later on the full form.
 */
export const QUICK_REPORT_FIELDS = [
  'reporterName',
  'reporterPhone',
  'place',
  'happened',
  'policyNo',
  'plateNo',
] as const;
export type QuickReportField = (typeof QUICK_REPORT_FIELDS)[number];

/** Priority of a catastrophe report on the board (higher first): no seed number, a setting of the center. */
export const CATASTROPHE_PRIORITY = {
  /** Every report of an event goes before ordinary reports. */
  linked: 1,
  /** People hurt or trapped: these calls come first of all (seed 003 §(二) 现场保全 / injury first). */
  peopleAtRisk: 2,
} as const;

export const quickReportPriority = (r: { peopleAtRisk: boolean }): number =>
  r.peopleAtRisk ? CATASTROPHE_PRIORITY.peopleAtRisk : CATASTROPHE_PRIORITY.linked;

/** The event's perils a declaration may name (a subset of the claim perils relevant to natural catastrophes). */
export const CATASTROPHE_PERILS = [
  'typhoon',
  'rainstorm',
  'flood',
  'hail',
  'earthquake',
  'landslide',
  'snowstorm',
] as const;
export type CatastrophePeril = (typeof CATASTROPHE_PERILS)[number];

export const CATASTROPHE_PERIL_LABELS: Record<CatastrophePeril, { zh: string; en: string }> = {
  typhoon: { zh: '台风', en: 'Typhoon' },
  rainstorm: { zh: '暴雨', en: 'Rainstorm' },
  flood: { zh: '洪水', en: 'Flood' },
  hail: { zh: '冰雹', en: 'Hail' },
  earthquake: { zh: '地震', en: 'Earthquake' },
  landslide: { zh: '泥石流/滑坡', en: 'Landslide' },
  snowstorm: { zh: '暴雪', en: 'Snowstorm' },
};
