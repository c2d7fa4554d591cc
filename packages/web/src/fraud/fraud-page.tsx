import { Card, Segmented, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useMe } from '../api/auth.ts';
import { ExportButton } from '../shell/export-button.tsx';
import { formatTime, testId } from '../shell/format.ts';
import { type FraudQueue, type QueueFilter, useFraudQueue } from './api.ts';
import { InvestigationDrawer } from './investigation-drawer.tsx';
import { ProviderDirectory } from './provider-directory.tsx';
import { SignalSettings } from './signal-settings.tsx';

type Item = FraudQueue['items'][number];
const FILTERS: QueueFilter[] = ['open', 'queued', 'mine', 'awaitingApproval', 'closed'];

/** 反欺诈 (issue #22): the investigation queue (highest score first), each file in a drawer, the signal settings. */
export const FraudPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const manages = hasPermission(me.data, 'fraud.manage');
  const tabs = [
    { key: 'queue', label: t('fraud.tabQueue'), children: <Queue /> },
    ...(manages
      ? [
          { key: 'signals', label: t('fraud.tabSignals'), children: <SignalSettings /> },
          { key: 'providers', label: t('fraud.tabProviders'), children: <ProviderDirectory /> },
        ]
      : []),
  ];
  return (
    <Card title={t('fraud.title')} extra={<ExportButton list="fraud-confirmed" filters={{}} />}>
      <Tabs items={tabs} />
    </Card>
  );
};

const Queue = () => {
  const { t, i18n } = useTranslation();
  const words = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const [filter, setFilter] = useState<QueueFilter>('open');
  const [open, setOpen] = useState<string | null>(null);
  const queue = useFraudQueue(filter);
  return (
    <>
      <Segmented
        value={filter}
        onChange={(v) => setFilter(v as QueueFilter)}
        options={FILTERS.map((f) => ({ value: f, label: t(`fraud.filter.${f}`) }))}
        style={{ marginBottom: 12 }}
        {...testId('fraud-filter')}
      />
      <div {...testId('fraud-queue')}>
        <Table<Item>
          rowKey="id"
          size="small"
          loading={queue.isLoading}
          dataSource={queue.data?.items ?? []}
          pagination={{ pageSize: 20 }}
          onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('fraud.caseNumber'),
              dataIndex: 'caseNumber',
              render: (v: string) => <Typography.Link>{v}</Typography.Link>,
            },
            { title: t('fraud.caseKind'), render: (_, r) => words(r.caseKind) },
            { title: t('fraud.branch'), dataIndex: 'branch' },
            {
              title: t('fraud.score'),
              dataIndex: 'score',
              render: (v: number) => <Tag color={v >= 60 ? 'red' : 'orange'}>{v}</Tag>,
            },
            {
              title: t('fraud.signals'),
              render: (_, r) => r.signals.map((s) => <Tag key={s.code}>{words(s.label)}</Tag>),
            },
            {
              title: t('fraud.state'),
              render: (_, r) => <Tag data-state={r.state}>{words(r.stateLabel)}</Tag>,
            },
            { title: t('fraud.assignee'), render: (_, r) => r.assignee?.name ?? '—' },
            { title: t('fraud.outcome'), render: (_, r) => (r.outcome ? words(r.outcome) : '—') },
            { title: t('fraud.createdAt'), render: (_, r) => formatTime(r.createdAt) },
          ]}
        />
      </div>
      <InvestigationDrawer id={open} onClose={() => setOpen(null)} />
    </>
  );
};
