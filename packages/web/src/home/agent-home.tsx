import { Card, Col, List, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMyDeadlines } from '../deadlines/api.ts';
import { kindLabel } from '../deadlines/countdown.ts';
import { useMyShifts } from '../duty/api.ts';
import { useSay } from '../duty/labels.ts';
import { formatTime } from '../shell/format.ts';
import { type DrillRequest, useAgentHome } from './api.ts';
import { OUTCOMES, outcomesOf } from './call-outcomes.ts';
import { Chart } from './chart.tsx';
import { DrillDrawer } from './drill-drawer.tsx';
import { KpiCards } from './kpi-cards.tsx';

/** 我的一天: my month's KPIs, my calls of the week (click a bar for the calls), my deadlines, QA and shifts. */
export const AgentHome = () => {
  const { t } = useTranslation();
  const say = useSay();
  const home = useAgentHome();
  const deadlines = useMyDeadlines();
  const shifts = useMyShifts();
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const days = home.data?.days ?? [];
  const categories = useMemo(() => days.map((d) => d.period.from.slice(5)), [days]);
  const series = useMemo(
    () =>
      OUTCOMES.map((o, i) => ({
        name: t(`home.outcome.${o}`),
        stack: 'calls',
        data: days.map((d) => outcomesOf(d.values)[i] ?? 0),
      })),
    [days, t],
  );
  if (!home.data) return <Card loading />;
  const h = home.data;
  return (
    <div data-testid="home-agent">
      <Typography.Title level={4}>{t('home.agentTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('home.month', { from: h.month.from, to: h.month.to })}
      </Typography.Paragraph>
      <KpiCards values={h.values} testId="home-kpis" />
      <Row gutter={12} style={{ marginTop: 12 }}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('home.callsByDay')} extra={t('home.clickToDrill')}>
            <Chart
              testId="chart-my-calls"
              categories={categories}
              series={series}
              onPick={(c, s) => {
                const day = days[c]?.period.from;
                const outcome = OUTCOMES[s];
                if (day && outcome)
                  setDrill({
                    source: 'calls',
                    scope: 'agent',
                    from: day,
                    to: day,
                    state: outcome,
                    title: `${day} ${t(`home.outcome.${outcome}`)}`,
                  });
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('home.myDeadlines')} data-testid="home-deadlines">
            <List
              size="small"
              locale={{ emptyText: t('home.noDeadlines') }}
              dataSource={(deadlines.data?.items ?? []).filter((d) => d.state !== 'met').slice(0, 6)}
              renderItem={(d) => (
                <List.Item>
                  <Link to={`/cases/${d.caseId}`}>{d.caseNumber}</Link> {kindLabel(t, d.kind)} ·{' '}
                  {formatTime(d.dueAt)}
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={12} style={{ marginTop: 12 }}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('home.myQa')} data-testid="home-qa">
            <List
              size="small"
              locale={{ emptyText: t('home.noQa') }}
              dataSource={h.qa}
              renderItem={(q) => (
                <List.Item>
                  <Link to={`/calls/${q.id}`}>{q.ref}</Link> · {formatTime(q.at)} · {t('hotline.qa.score')}{' '}
                  {q.score === null ? '—' : q.score.toFixed(1)} · {t('hotline.qa.hits')} {q.hits}
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('home.myShifts')} data-testid="home-shifts">
            <List
              size="small"
              locale={{ emptyText: t('home.noShifts') }}
              dataSource={(shifts.data ?? []).slice(0, 5)}
              renderItem={(s) => (
                <List.Item>
                  {s.date} · {s.start}–{s.end} · {say(s.post)}
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <DrillDrawer request={drill} onClose={() => setDrill(null)} />
    </div>
  );
};
