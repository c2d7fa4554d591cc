/**
 * Refusals of the KPI reports and the home pages (issue #17 parts 1–3), kept apart from errors.ts so each
 * capability's part of the one error table stays readable; errors.ts spreads it into ERRORS.
 */
export const KPI_ERRORS = {
  KPI_SCOPE_FORBIDDEN: {
    status: 403,
    zh: '只能查看本人的指标；团队和机构指标需组长及以上权限',
    en: 'You may see your own figures only; team and branch figures need a team lead or above',
  },
  KPI_SCOPE_NOT_FOUND: {
    status: 404,
    zh: '未找到该人员或机构，或不在您的数据范围内',
    en: 'No such person or branch in your data scope',
  },
  KPI_PERIOD_INVALID: {
    status: 400,
    zh: '统计期间无效（日：2026-12-07，周：2026-W50，月：2026-12，季度：2026-Q4）',
    en: 'Invalid period (day 2026-12-07, week 2026-W50, month 2026-12, quarter 2026-Q4)',
  },
} as const;
