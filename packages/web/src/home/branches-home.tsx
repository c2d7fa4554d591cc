import { KPI_IDS, type KpiId } from '@claimline/domain/kpis';
import { Card, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSay } from '../duty/labels.ts';
import { type BranchesHome as BranchesAnswer, type DrillRequest, useBranchesHome } from './api.ts';
import { Chart } from './chart.tsx';
import { DrillDrawer } from './drill-drawer.tsx';
import { chartNumber, formatKpi, kpiOf } from './format.ts';
import { kpiLabel } from './kpi-labels.ts';
import { DRILL_OF } from './kpi-sources.ts';

type BranchRow = BranchesAnswer['branches'][number];

/** 各机构对比: head office sees its branches side by side on one KPI (click a bar for its rows) and on all. */
export const BranchesHome = () => {
  const { t, i18n } = useTranslation();
  const say = useSay();
  const home = useBranchesHome();
  const [kpi, setKpi] = useState<KpiId>('answeredWithinRings');
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const branches = home.data?.branches ?? [];
  const categories = useMemo(() => branches.map((b) => say({ zh: b.name, en: b.nameEn })), [branches, say]);
  const series = useMemo(
    () => [
      { name: kpiLabel(kpi, i18n.language), data: branches.map((b) => chartNumber(kpiOf(b.values, kpi))) },
    ],
    [branches, kpi, i18n.language],
  );
  if (!home.data) return <Card loading />;
  const m = home.data.month;
  return (
    <div data-testid="home-branches">
      <Typography.Title level={4}>{t('home.branchesTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('home.month', { from: m.from, to: m.to })}
      </Typography.Paragraph>
      <Card
        size="small"
        title={t('home.branches')}
        extra={
          <Select<KpiId>
            value={kpi}
            onChange={setKpi}
            style={{ width: 220 }}
            aria-label={t('home.kpi')}
            data-testid="home-kpi-select"
            options={KPI_IDS.map((id) => ({ value: id, label: kpiLabel(id) }))}
          />
        }
      >
        <Chart
          testId="chart-branches"
          categories={categories}
          series={series}
          onPick={(c) => {
            const b = branches[c];
            if (b)
              setDrill({
                ...DRILL_OF[kpi],
                scope: 'branch',
                id: b.branchId,
                from: m.from,
                to: m.to,
                title: `${categories[c]} ${kpiLabel(kpi)}`,
              });
          }}
        />
      </Card>
      <Card size="small" style={{ marginTop: 12 }}>
        <Table<BranchRow>
          rowKey="branchId"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={branches}
          data-testid="home-branches-table"
          columns={[
            {
              title: t('home.col.branch'),
              fixed: 'left',
              render: (_v, b) => say({ zh: b.name, en: b.nameEn }),
            },
            ...KPI_IDS.map((id) => ({
              title: kpiLabel(id),
              key: id,
              render: (_v: unknown, b: BranchRow) => {
                const v = kpiOf(b.values, id);
                return (v && formatKpi(v)) ?? '—';
              },
            })),
          ]}
        />
      </Card>
      <DrillDrawer request={drill} onClose={() => setDrill(null)} />
    </div>
  );
};
