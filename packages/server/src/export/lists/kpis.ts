import { KPI_DEFINITIONS, KPI_IDS, type KpiId } from '@claimline/domain/kpis';
import type { Deps, RequestCtx } from '../../http/context.ts';
import { refreshKpis } from '../../kpis/refresher.ts';
import { reportQuery } from '../../kpis/schema.ts';
import { agentsOf, periodFor, resolveScope } from '../../kpis/service.ts';
import { type Cell, defineExport, type ExportColumn } from '../declare.ts';

type KpiFilter = {
  scope: 'agent' | 'team' | 'branch';
  id?: string;
  period: 'day' | 'week' | 'month' | 'quarter';
  key?: string;
};
type KpiRow = Awaited<ReturnType<typeof agentsOf>>[number];

// One row per agent of the scope for the period: as small as the staff list, so a single page (no keyset).
const rowsOf = async (deps: Deps, ctx: RequestCtx, q: KpiFilter) => {
  await refreshKpis(deps);
  const who = await resolveScope(deps.db, ctx.actor, q);
  return agentsOf(deps.db, who.scope, ctx.actor.scope, periodFor(q.period, q.key, ctx.clock.now()));
};

/** A rate as a percentage with one decimal, seconds and scores to one decimal, counts whole: as the home pages show them. */
const cell = (id: KpiId, row: KpiRow): Cell => {
  const v = row.values.find((x) => x.id === id)?.value;
  if (v == null) return null;
  const unit = KPI_DEFINITIONS[id].unit;
  if (unit === 'ratio') return Math.round(v * 1000) / 10;
  if (unit === 'count') return Math.round(v);
  return Math.round(v * 10) / 10;
};

const kpiColumns: ExportColumn<KpiRow>[] = KPI_IDS.map((id) => {
  const { label, unit } = KPI_DEFINITIONS[id];
  const suffix =
    unit === 'ratio'
      ? { zh: '（%）', en: ' (%)' }
      : unit === 'seconds'
        ? { zh: '（秒）', en: ' (s)' }
        : { zh: '', en: '' };
  return { zh: `${label.zh}${suffix.zh}`, en: `${label.en}${suffix.en}`, value: (r: KpiRow) => cell(id, r) };
});

export const kpisExport = defineExport<KpiFilter, KpiRow>({
  name: 'kpis',
  title: { zh: '绩效指标', en: 'KPIs' },
  access: 'kpi.read',
  query: reportQuery,
  columns: [
    { zh: '坐席', en: 'Agent', value: (r) => r.name },
    { zh: '工号', en: 'Agent no.', value: (r) => r.agentNo },
    ...kpiColumns,
  ],
  check: async (deps, ctx, q) => {
    await resolveScope(deps.db, ctx.actor, q);
    periodFor(q.period, q.key, ctx.clock.now());
  },
  count: async (deps, ctx, q) => (await rowsOf(deps, ctx, q)).length,
  page: async (deps, ctx, q, after) => (after ? [] : rowsOf(deps, ctx, q)),
});
