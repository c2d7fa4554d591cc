import { Badge, Button, Card, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../api/auth.ts';
import { useLiveEvents } from '../api/live.ts';
import type { Me } from '../api/types.ts';
import { inLanguage } from '../knowledge/api.ts';
import { formatTime } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type Catastrophe, useCatastropheReports, useCatastrophes, useMoveCatastrophe } from './api.ts';
import { CompleteButton } from './complete-button.tsx';
import { DeclareModal } from './declare-modal.tsx';

const STATE_COLORS: Record<string, string> = { declared: 'blue', active: 'red', closed: 'default' };

const Moves = ({ event }: { event: Catastrophe }) => {
  const { t } = useTranslation();
  const move = useMoveCatastrophe();
  const { message, showError } = useFeedback();
  const run = (eventName: string, note?: string) =>
    move.mutate(
      {
        id: event.id,
        body: { event: eventName as never, version: event.version, ...(note ? { note } : {}) },
      },
      { onSuccess: () => void message.success(t('catastrophes.moved')), onError: showError },
    );
  return (
    <Space>
      {event.moves
        .filter((m) => !m.byRole)
        .map((m) => (
          <Button
            key={m.event}
            size="small"
            disabled={!m.allowed}
            title={m.reason ? inLanguage(m.reason) : undefined}
            data-testid={`catastrophe-move-${m.event}`}
            onClick={() => {
              if (!m.inputs.includes('noted')) return run(m.event);
              let note = '';
              Modal.confirm({
                title: t('catastrophes.noteTitle'),
                content: (
                  <Input.TextArea data-testid="catastrophe-note" onChange={(e) => (note = e.target.value)} />
                ),
                onOk: () => run(m.event, note),
              });
            }}
          >
            {inLanguage(m.label)}
          </Button>
        ))}
    </Space>
  );
};

/** One event's reports in my branches: people at risk first, then the rest, oldest first (the order of work). */
const Reports = ({ event }: { event: Catastrophe }) => {
  const { t } = useTranslation();
  const reports = useCatastropheReports(event.id);
  return (
    <Table
      size="small"
      rowKey="caseId"
      loading={reports.isLoading}
      dataSource={reports.data?.items ?? []}
      pagination={false}
      data-testid={`catastrophe-reports-${event.code}`}
      columns={[
        { title: t('catastrophes.number'), dataIndex: 'number' },
        {
          title: t('catastrophes.priority'),
          dataIndex: 'priority',
          render: (_: number, r) => (
            <Tag color={r.peopleAtRisk ? 'red' : 'orange'}>
              {r.peopleAtRisk ? t('catastrophes.priorityUrgent') : t('catastrophes.priorityHigh')}
            </Tag>
          ),
        },
        { title: t('catastrophes.reporter'), dataIndex: 'reporterName' },
        { title: t('catastrophes.phone'), dataIndex: 'reporterPhone' },
        { title: t('catastrophes.place'), dataIndex: 'place' },
        { title: t('catastrophes.happened'), dataIndex: 'happened' },
        {
          title: t('catastrophes.reportedAt'),
          dataIndex: 'reportedAt',
          render: (v: string) => formatTime(v),
        },
        {
          title: t('catastrophes.state'),
          dataIndex: 'completed',
          render: (done: boolean) =>
            done ? (
              <Tag>{t('catastrophes.completed')}</Tag>
            ) : (
              <Tag color="gold">{t('catastrophes.toComplete')}</Tag>
            ),
        },
        { title: '', key: 'complete', render: (_: unknown, r) => <CompleteButton report={r} /> },
      ]}
    />
  );
};

/**
 * 巨灾事件: the claim-report board grouped by event with its counts (live), each event's reports on opening it;
 * head office declares, activates and closes events here.
 */
export const CatastrophesPage = ({ me }: { me: Me }) => {
  const { t, i18n } = useTranslation();
  const list = useCatastrophes();
  useLiveEvents(['catastrophe', 'claimReport']);
  const [declaring, setDeclaring] = useState(false);
  const areaName = (a: Catastrophe['area'][number]) => (i18n.language === 'en' ? a.nameEn : a.name);
  return (
    <Card
      title={t('catastrophes.title')}
      extra={
        hasPermission(me, 'catastrophe.manage') && (
          <Button type="primary" data-testid="declare-open" onClick={() => setDeclaring(true)}>
            {t('catastrophes.declare')}
          </Button>
        )
      }
    >
      <Table
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('catastrophes.empty') }}
        pagination={false}
        expandable={{ expandedRowRender: (event) => <Reports event={event} /> }}
        data-testid="catastrophe-list"
        columns={[
          { title: t('catastrophes.code'), dataIndex: 'code' },
          { title: t('catastrophes.name'), dataIndex: 'name' },
          {
            title: t('catastrophes.state'),
            dataIndex: 'state',
            render: (_: string, c) => (
              <Tag color={STATE_COLORS[c.state]} data-testid={`catastrophe-state-${c.code}`}>
                {inLanguage(c.stateLabel)}
              </Tag>
            ),
          },
          {
            title: t('catastrophes.area'),
            dataIndex: 'area',
            render: (_: unknown, c) => c.area.map(areaName).join('、'),
          },
          {
            title: t('catastrophes.perils'),
            dataIndex: 'perils',
            render: (_: unknown, c) => c.perils.map((p) => inLanguage(p.label)).join('、'),
          },
          {
            title: t('catastrophes.period'),
            dataIndex: 'startsAt',
            render: (_: unknown, c) =>
              `${formatTime(c.startsAt)} – ${c.endsAt ? formatTime(c.endsAt) : t('catastrophes.openEnded')}`,
          },
          {
            title: t('catastrophes.reports'),
            dataIndex: 'counts',
            render: (_: unknown, c) => (
              <Space data-testid={`catastrophe-counts-${c.code}`}>
                <Typography.Text strong>{c.counts.reports}</Typography.Text>
                <Badge color="gold" text={`${t('catastrophes.open')} ${c.counts.open}`} />
                <Badge color="red" text={`${t('catastrophes.peopleAtRisk')} ${c.counts.peopleAtRisk}`} />
              </Space>
            ),
          },
          { title: '', key: 'moves', render: (_: unknown, c) => <Moves event={c} /> },
        ]}
      />
      {declaring && <DeclareModal onClose={() => setDeclaring(false)} />}
    </Card>
  );
};
