import { CLAIM_APPLICATION_STATE_LABELS } from '@claimline/domain/claim-applications';
import type { KpiId } from '@claimline/domain/kpis';
import { Card, Col, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSay } from '../duty/labels.ts';
import { ExportButton } from '../shell/export-button.tsx';
import { type DrillRequest, useBranchHome } from './api.ts';
import { Chart } from './chart.tsx';
import { DrillDrawer } from './drill-drawer.tsx';
import { chartNumber, kpiOf } from './format.ts';
import { KpiCards } from './kpi-cards.tsx';
import { kpiLabel } from './kpi-labels.ts';
import { DRILL_OF } from './kpi-sources.ts';

const claimLabels = CLAIM_APPLICATION_STATE_LABELS as Record<string, { zh: string; en: string }>;

const TREND_KPIS: KpiId[] = [
  'answeredWithinRings',
  'abandonment',
  'satisfaction',
  'complaintTimeliness',
  'firstContactResolution',
];

/** 机构概览: the branch's month, the monthly trend (click a point), complaints and claims by state (click a bar). */
export const BranchHome = () => {
  const { t, i18n } = useTranslation();
  const say = useSay();
  const home = useBranchHome();
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const trend = home.data?.trend ?? [];
  const months = useMemo(() => trend.map((p) => p.period.key), [trend]);
  const trendSeries = useMemo(
    () =>
      TREND_KPIS.map((id) => ({
        name: kpiLabel(id, i18n.language),
        type: 'line' as const,
        data: trend.map((p) => chartNumber(kpiOf(p.values, id))),
      })),
    [trend, i18n.language],
  );
  const complaints = home.data?.complaints ?? [];
  const claims = home.data?.claims ?? [];
  const complaintCats = useMemo(
    () => complaints.map((c) => t(`complaints.states.${c.state as 'received'}`, { defaultValue: '—' })),
    [complaints, t],
  );
  const complaintSeries = useMemo(
    () => [{ name: t('home.complaintsByState'), data: complaints.map((c) => c.count) }],
    [complaints, t],
  );
  const claimCats = useMemo(
    () =>
      claims.map((c) =>
        claimLabels[c.state] ? say(claimLabels[c.state] as { zh: string; en: string }) : '—',
      ),
    [claims, say],
  );
  const claimSeries = useMemo(
    () => [{ name: t('home.claimsByState'), data: claims.map((c) => c.count) }],
    [claims, t],
  );
  if (!home.data) return <Card loading />;
  const h = home.data;
  return (
    <div data-testid="home-branch">
      <Typography.Title level={4}>{t('home.branchTitle')}</Typography.Title>
      <ExportButton list="kpis" filters={{ scope: 'branch', period: 'month' }} />
      <Typography.Paragraph type="secondary">
        {t('home.month', { from: h.month.from, to: h.month.to })}
      </Typography.Paragraph>
      <KpiCards values={h.values} testId="home-kpis" />
      <Card size="small" title={t('home.trend')} extra={t('home.clickToDrill')} style={{ marginTop: 12 }}>
        <Chart
          testId="chart-branch-trend"
          categories={months}
          series={trendSeries}
          onPick={(c, s) => {
            const p = trend[c]?.period;
            const id = TREND_KPIS[s];
            if (p && id)
              setDrill({
                ...DRILL_OF[id],
                scope: 'branch',
                from: p.from,
                to: p.to,
                title: `${p.key} ${kpiLabel(id)}`,
              });
          }}
        />
      </Card>
      <Row gutter={12} style={{ marginTop: 12 }}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('home.complaintsByState')}>
            <Chart
              testId="chart-branch-complaints"
              categories={complaintCats}
              series={complaintSeries}
              onPick={(c) => {
                const row = complaints[c];
                if (row)
                  setDrill({
                    source: 'complaints',
                    scope: 'branch',
                    from: h.window.from,
                    to: h.window.to,
                    state: row.state,
                    title: `${t('home.complaintsByState')} · ${complaintCats[c]}`,
                  });
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('home.claimsByState')}>
            <Chart
              testId="chart-branch-claims"
              categories={claimCats}
              series={claimSeries}
              onPick={(c) => {
                const row = claims[c];
                if (row)
                  setDrill({
                    source: 'claims',
                    scope: 'branch',
                    from: h.window.from,
                    to: h.window.to,
                    state: row.state,
                    title: `${t('home.claimsByState')} · ${claimCats[c]}`,
                  });
              }}
            />
          </Card>
        </Col>
      </Row>
      <DrillDrawer request={drill} onClose={() => setDrill(null)} />
    </div>
  );
};
