import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSay } from '../duty/labels.ts';
import { type DrillRequest, type TeamHome as TeamHomeAnswer, useTeamHome } from './api.ts';
import { OUTCOMES, outcomesOf } from './call-outcomes.ts';
import { Chart } from './chart.tsx';
import { DrillDrawer } from './drill-drawer.tsx';
import { kpiOf } from './format.ts';
import { KpiCards } from './kpi-cards.tsx';

const TODAY_KPIS = [
  'answeredWithinRings',
  'abandonment',
  'averageSpeedOfAnswer',
  'averageHandlingTime',
  'qaScore',
  'forbiddenPhraseHits',
];

type OnDuty = TeamHomeAnswer['onDuty'][number];

/** 团队今日: queue, service level, per-agent calls and QA hits (click for the calls), who is on duty. */
export const TeamHome = () => {
  const { t } = useTranslation();
  const say = useSay();
  const home = useTeamHome();
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const agents = home.data?.agents ?? [];
  const day = home.data?.today.from ?? '';
  const categories = useMemo(() => agents.map((a) => a.name), [agents]);
  const callSeries = useMemo(
    () =>
      OUTCOMES.map((o, i) => ({
        name: t(`home.outcome.${o}`),
        stack: 'calls',
        data: agents.map((a) => outcomesOf(a.values)[i] ?? 0),
      })),
    [agents, t],
  );
  const hitSeries = useMemo(
    () => [
      {
        name: t('hotline.qa.hits'),
        data: agents.map((a) => kpiOf(a.values, 'forbiddenPhraseHits')?.value ?? 0),
      },
    ],
    [agents, t],
  );
  if (!home.data) return <Card loading />;
  const h = home.data;
  const forAgent = (index: number, state: string | undefined, title: string) => {
    const a = agents[index];
    if (a)
      setDrill({
        source: 'calls',
        scope: 'agent',
        id: a.agentId,
        from: day,
        to: day,
        state,
        title: `${a.name} ${title}`,
      });
  };
  return (
    <div data-testid="home-team">
      <Typography.Title level={4}>
        {t('home.teamTitle')} · {say({ zh: h.branch.name, en: h.branch.nameEn })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.today', { day })}</Typography.Paragraph>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col span={24}>
          <Card size="small" title={t('home.queue')} data-testid="home-queue">
            <Row>
              <Col span={8}>
                <Statistic title={t('home.ringing')} value={h.queue.ringing} />
              </Col>
              <Col span={8}>
                <Statistic title={t('home.openCases')} value={h.queue.openCases} />
              </Col>
              <Col span={8}>
                <Statistic title={t('home.transfers')} value={h.queue.transfers} />
              </Col>
            </Row>
          </Card>
        </Col>
      </Row>
      <KpiCards values={h.values.filter((v) => TODAY_KPIS.includes(v.id))} testId="home-kpis" />
      <Row gutter={12} style={{ marginTop: 12 }}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('home.agentsToday')} extra={t('home.clickToDrill')}>
            <Chart
              testId="chart-team-calls"
              categories={categories}
              series={callSeries}
              onPick={(c, s) => forAgent(c, OUTCOMES[s], t(`home.outcome.${OUTCOMES[s] ?? 'inRings'}`))}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('home.qaHits')}>
            <Chart
              testId="chart-team-hits"
              categories={categories}
              series={hitSeries}
              onPick={(c) => forAgent(c, undefined, t('hotline.qa.hits'))}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('home.onDuty')} style={{ marginTop: 12 }}>
        <Table<OnDuty>
          rowKey={(r) => `${r.userId}-${r.shift}`}
          size="small"
          pagination={false}
          locale={{ emptyText: t('home.noOnDuty') }}
          dataSource={h.onDuty}
          data-testid="home-on-duty"
          columns={[
            { title: t('home.col.name'), dataIndex: 'name' },
            { title: t('home.col.shift'), render: (_v, r) => `${r.start}–${r.end}` },
            { title: t('home.col.post'), render: (_v, r) => say(r.post) },
            {
              title: t('home.col.presence'),
              render: (_v, r) =>
                r.presence
                  ? t(`handover.presenceStates.${r.presence as 'ready'}`, { defaultValue: '—' })
                  : '—',
            },
          ]}
        />
      </Card>
      <DrillDrawer request={drill} onClose={() => setDrill(null)} />
    </div>
  );
};
