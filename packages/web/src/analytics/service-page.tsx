import { WAIT_BUCKETS } from '@claimline/domain/analytics';
import {
  CLAIM_APPLICATION_STATE_LABELS,
  CLAIM_APPLICATION_STATES,
} from '@claimline/domain/claim-applications';
import { Button, Card, Col, DatePicker, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBranches } from '../api/directory.ts';
import { useSay } from '../duty/labels.ts';
import { Chart } from '../home/chart.tsx';
import {
  type AnalyticsDrill,
  type AnalyticsFilter,
  type ServiceAnalytics,
  useServiceAnalytics,
} from './api.ts';
import { RowsDrawer } from './rows-drawer.tsx';

const DAY = 'YYYY-MM-DD';
const claimStates = CLAIM_APPLICATION_STATE_LABELS as Record<string, { zh: string; en: string }>;
const order = (s: string) => CLAIM_APPLICATION_STATES.indexOf(s as never);
const one = (n: number) => Math.round(n * 10) / 10;

/** 服务分析 (seed 004 四.9): stage cycle times, where files wait, refusal grounds and complaints per product. */
export const ServiceAnalyticsPage = () => {
  const { t } = useTranslation();
  const say = useSay();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(29, 'day'), dayjs()]);
  const [branchId, setBranchId] = useState<string | undefined>();
  const [product, setProduct] = useState<string | undefined>();
  const filter: AnalyticsFilter = useMemo(
    () => ({ from: range[0].format(DAY), to: range[1].format(DAY), branchId, product }),
    [range, branchId, product],
  );
  const q = useServiceAnalytics(filter);
  const branches = useBranches();
  const [drill, setDrill] = useState<AnalyticsDrill | null>(null);
  const d = q.data;
  const stateWord = useCallback(
    (s: string) => (claimStates[s] ? say(claimStates[s] as { zh: string; en: string }) : '—'),
    [say],
  );

  const cycle = useMemo(() => [...(d?.cycle ?? [])].sort((a, b) => order(a.state) - order(b.state)), [d]);
  const cycleCats = useMemo(() => cycle.map((c) => stateWord(c.state)), [cycle, stateWord]);
  const cycleSeries = useMemo(
    () => [
      { name: t('analytics.avgHours'), data: cycle.map((c) => one(c.avgHours)) },
      { name: t('analytics.p90Hours'), data: cycle.map((c) => one(c.p90Hours)) },
    ],
    [cycle, t],
  );

  const waitStates = useMemo(
    () => [...new Set((d?.waiting ?? []).map((w) => w.state))].sort((a, b) => order(a) - order(b)),
    [d],
  );
  const waitCats = useMemo(() => waitStates.map(stateWord), [waitStates, stateWord]);
  const waitSeries = useMemo(
    () =>
      WAIT_BUCKETS.map((b) => ({
        name: say(b.label),
        stack: 'wait',
        data: waitStates.map((s) => d?.waiting.find((w) => w.state === s && w.bucket === b.id)?.count ?? 0),
      })),
    [d, waitStates, say],
  );

  const refusals = useMemo(() => d?.refusals ?? [], [d]);
  const basisWord = useCallback(
    (r: ServiceAnalytics['refusals'][number]) =>
      `${r.product} · ${t(`analytics.basis.${r.basis.source as 'contract'}`)} ${r.basis.text}`,
    [t],
  );
  const refusalCats = useMemo(() => refusals.map(basisWord), [refusals, basisWord]);
  const refusalSeries = useMemo(
    () => [{ name: t('analytics.refusals'), data: refusals.map((r) => r.count) }],
    [refusals, t],
  );

  const complaintProducts = useMemo(() => [...new Set((d?.complaints ?? []).map((c) => c.product))], [d]);
  const complaintCategories = useMemo(() => [...new Set((d?.complaints ?? []).map((c) => c.category))], [d]);
  const complaintSeries = useMemo(
    () =>
      complaintCategories.map((cat) => ({
        name: t(`complaints.category.${cat as 'serviceAttitude'}`, { defaultValue: '—' }),
        stack: 'complaints',
        data: complaintProducts.map(
          (p) => d?.complaints.find((c) => c.product === p && c.category === cat)?.count ?? 0,
        ),
      })),
    [d, complaintProducts, complaintCategories, t],
  );

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card title={t('analytics.title')}>
        <Typography.Paragraph type="secondary">{t('analytics.intro')}</Typography.Paragraph>
        <Space wrap>
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            data-testid="analytics-period"
          />
          <Select
            allowClear
            placeholder={t('analytics.allBranches')}
            aria-label={t('analytics.allBranches')}
            style={{ minWidth: 180 }}
            value={branchId}
            onChange={setBranchId}
            options={(branches.data ?? []).map((b) => ({
              value: b.id,
              label: say({ zh: b.name, en: b.nameEn ?? b.name }),
            }))}
            data-testid="analytics-branch"
          />
          <Select
            allowClear
            placeholder={t('analytics.allProducts')}
            aria-label={t('analytics.allProducts')}
            style={{ minWidth: 180 }}
            value={product}
            onChange={setProduct}
            options={(d?.products ?? []).map((p) => ({ value: p, label: p }))}
            data-testid="analytics-product"
          />
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('analytics.cycleTitle')} size="small">
            <Chart
              testId="analytics-cycle"
              categories={cycleCats}
              series={cycleSeries}
              onPick={(i) => {
                const c = cycle[i];
                if (c)
                  setDrill({
                    chart: 'cycle',
                    state: c.state,
                    title: `${t('analytics.cycleTitle')} · ${stateWord(c.state)}`,
                  });
              }}
            />
            {/* The same figures as links: a stage of a few minutes has no bar to click. */}
            <Space size={0} wrap data-testid="analytics-cycle-table">
              {cycle.length === 0 && (
                <Typography.Text type="secondary">{t('analytics.none')}</Typography.Text>
              )}
              {cycle.map((c) => (
                <Button
                  key={c.state}
                  type="link"
                  size="small"
                  onClick={() =>
                    setDrill({
                      chart: 'cycle',
                      state: c.state,
                      title: `${t('analytics.cycleTitle')} · ${stateWord(c.state)}`,
                    })
                  }
                  data-testid={`analytics-cycle-${c.state}`}
                >
                  {`${stateWord(c.state)} ${one(c.avgHours)}h (${c.count})`}
                </Button>
              ))}
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('analytics.waitingTitle')} size="small">
            <Chart
              testId="analytics-waiting"
              categories={waitCats}
              series={waitSeries}
              onPick={(i, s) => {
                const state = waitStates[i];
                const b = WAIT_BUCKETS[s];
                if (state && b)
                  setDrill({
                    chart: 'waiting',
                    state,
                    bucket: b.id,
                    title: `${stateWord(state)} · ${say(b.label)}`,
                  });
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('analytics.refusalsTitle')} size="small">
            <Chart
              testId="analytics-refusals"
              categories={refusalCats}
              series={refusalSeries}
              onPick={(i) => {
                const r = refusals[i];
                if (r)
                  setDrill({ chart: 'refusals', rowProduct: r.product, basis: r.key, title: basisWord(r) });
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('analytics.complaintsTitle')} size="small">
            <Chart
              testId="analytics-complaints"
              categories={complaintProducts}
              series={complaintSeries}
              onPick={(i, s) => {
                const p = complaintProducts[i];
                const cat = complaintCategories[s];
                if (p && cat)
                  setDrill({
                    chart: 'complaints',
                    rowProduct: p,
                    category: cat,
                    title: `${p} · ${complaintSeries[s]?.name ?? ''}`,
                  });
              }}
            />
          </Card>
        </Col>
      </Row>
      <RowsDrawer filter={filter} drill={drill} onClose={() => setDrill(null)} />
    </Space>
  );
};
