import { Card, Col, Row, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type GuardOverride, useDesk, useOverrides } from '../scripts/api.ts';
import { ExportButton } from '../shell/export-button.tsx';
import { formatTime } from '../shell/format.ts';
import { type AgentQa, useAgentQa, useTrend } from './api.ts';
import { TrendChart } from './trend-chart.tsx';

/** 质检: per-agent QA list, the score trend, and the texts sent past the forbidden-phrase guard. */
export const QaPage = () => {
  const { t } = useTranslation();
  const [days, setDays] = useState(30);
  const [agent, setAgent] = useState<AgentQa | undefined>();
  const agents = useAgentQa(days);
  const trend = useTrend(days, agent?.agentId);
  const overrides = useOverrides(days);
  // Hits carry the phrase's id; the words come from the list in force.
  const desk = useDesk();
  const phraseOf = (id: string) =>
    desk.data?.forbidden.data.phrases.find((p) => p.id === id)?.phrase ?? t('hotline.qa.retiredPhrase');
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Segmented
          value={days}
          onChange={(v) => setDays(Number(v))}
          options={[7, 30, 90].map((d) => ({ value: d, label: t('hotline.qa.days', { d }) }))}
        />
      </Col>
      <Col xs={24} xl={13}>
        <Card
          title={t('hotline.qa.agents')}
          size="small"
          extra={<ExportButton list="qa" filters={{ days }} />}
        >
          <Table<AgentQa>
            data-testid="qa-agents"
            rowKey="agentId"
            size="small"
            loading={agents.isPending}
            dataSource={agents.data?.items ?? []}
            pagination={{ pageSize: 10 }}
            rowSelection={{
              type: 'radio',
              selectedRowKeys: agent ? [agent.agentId] : [],
              onChange: (_k, rows) => setAgent(rows[0]),
            }}
            columns={[
              { title: t('hotline.calls.agent'), render: (_v, a) => `${a.name}（${a.agentNo ?? '—'}）` },
              { title: t('hotline.qa.calls'), dataIndex: 'calls', width: 70 },
              {
                title: t('hotline.qa.avg'),
                dataIndex: 'avgScore',
                width: 80,
                render: (v: number | null) => (
                  <Tag color={v === null ? 'default' : v >= 90 ? 'green' : v >= 70 ? 'gold' : 'red'}>
                    {v ?? '—'}
                  </Tag>
                ),
              },
              { title: t('hotline.qa.hits'), dataIndex: 'forbiddenHits', width: 70 },
              { title: t('hotline.qa.overrides'), dataIndex: 'overrides', width: 80 },
              {
                title: t('hotline.qa.withinRings'),
                dataIndex: 'withinRingsPct',
                width: 90,
                render: (v: number | null) => (v === null ? '—' : `${v}%`),
              },
              { title: t('hotline.qa.reviewedCount'), dataIndex: 'reviewed', width: 70 },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={11}>
        <Card
          size="small"
          title={agent ? t('hotline.qa.trendOf', { name: agent.name }) : t('hotline.qa.trendAll')}
        >
          <TrendChart points={trend.data?.items ?? []} />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={t('hotline.qa.overrideList')}>
          <Table<GuardOverride>
            data-testid="qa-overrides"
            rowKey="id"
            size="small"
            loading={overrides.isPending}
            dataSource={overrides.data?.items ?? []}
            columns={[
              { title: t('hotline.calls.time'), width: 170, render: (_v, o) => formatTime(o.at) },
              {
                title: t('hotline.calls.agent'),
                width: 140,
                render: (_v, o) => `${o.actorName}（${o.agentNo ?? '—'}）`,
              },
              {
                title: t('hotline.calls.cases'),
                width: 190,
                render: (_v, o) => (o.caseId ? <Link to={`/cases/${o.caseId}`}>{o.caseNumber}</Link> : '—'),
              },
              {
                title: t('hotline.qa.phrases'),
                render: (_v, o) =>
                  o.hits.map((h) => <Tag key={`${h.phraseId}-${h.start}`}>{phraseOf(h.phraseId)}</Tag>),
              },
              {
                title: t('hotline.guard.overrideReason'),
                render: (_v, o) => <Typography.Text>{o.reason}</Typography.Text>,
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
};
