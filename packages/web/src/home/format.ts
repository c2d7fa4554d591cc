import { KPI_DEFINITIONS, type KpiId } from '@claimline/domain/kpis';
import type { KpiValue } from './api.ts';

export const isKpiId = (id: string): id is KpiId => Object.hasOwn(KPI_DEFINITIONS, id);

export const kpiUnit = (id: string) => (isKpiId(id) ? KPI_DEFINITIONS[id].unit : undefined);

/** 93.5 %, 12.3 s, 86.2, 4 — or null when there was nothing to measure. */
export const formatKpi = (v: Pick<KpiValue, 'id' | 'value'>): string | null => {
  if (v.value === null || !isKpiId(v.id)) return null;
  switch (KPI_DEFINITIONS[v.id].unit) {
    case 'ratio':
      return `${(v.value * 100).toFixed(1)} %`;
    case 'seconds':
      return `${v.value.toFixed(1)} s`;
    case 'score':
      return v.value.toFixed(1);
    case 'count':
      return String(Math.round(v.value));
  }
};

/** The number a chart plots: ratios as percentages. */
export const chartNumber = (v: Pick<KpiValue, 'id' | 'value'> | undefined): number | null => {
  if (!v || v.value === null || !isKpiId(v.id)) return null;
  return KPI_DEFINITIONS[v.id].unit === 'ratio'
    ? Math.round(v.value * 1000) / 10
    : Math.round(v.value * 10) / 10;
};

export const kpiOf = (values: readonly KpiValue[], id: KpiId) => values.find((v) => v.id === id);
