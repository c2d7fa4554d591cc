import { PhoneOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Space, Switch, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { hasPermission, useMe } from '../api/auth.ts';
import { ColumnChooser, chooserOptions, useHiddenColumns, visibleColumns } from '../shell/column-chooser.tsx';
import { ExportButton } from '../shell/export-button.tsx';
import { formatTime } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type CallSummary, useCalls, useSimulate } from './api.ts';
import { queueLabel } from './labels.ts';

const SCENARIOS = ['standard', 'claimReport', 'forbidden', 'lateAnswer', 'silent'] as const;

export const RingsTag = ({ call }: { call: Pick<CallSummary, 'rings' | 'answeredWithinRings'> }) => {
  const { t } = useTranslation();
  if (call.answeredWithinRings === null) return <Tag>{t('hotline.calls.notAnswered')}</Tag>;
  return (
    <Tag color={call.answeredWithinRings ? 'green' : 'red'} data-testid="rings-tag">
      {t('hotline.calls.rings', { n: call.rings })}
    </Tag>
  );
};

/** 通话: the calls of the branch subtree with their QA score; the simulator feeds demo calls. */
export const CallsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const { showError } = useFeedback();
  const [page, setPage] = useState(1);
  const [mine, setMine] = useState(false);
  const query = useCalls({ page, pageSize: 20, mine });
  const simulate = useSimulate();
  const [hidden, setHidden] = useHiddenColumns('calls');
  const columns: TableColumnsType<CallSummary> = [
    {
      key: 'time',
      title: t('hotline.calls.time'),
      fixed: 'left',
      render: (_v, c) => formatTime(c.ringStartedAt),
    },
    { key: 'caller', title: t('hotline.calls.caller'), dataIndex: 'callerMasked' },
    {
      key: 'agent',
      title: t('hotline.calls.agent'),
      render: (_v, c) => (c.agentName ? `${c.agentName}（${c.agentNo ?? '—'}）` : '—'),
    },
    { key: 'queue', title: t('hotline.calls.queue'), render: (_v, c) => queueLabel(t, c.queue) },
    { key: 'answer', title: t('hotline.calls.answer'), render: (_v, c) => <RingsTag call={c} /> },
    { key: 'state', title: t('hotline.calls.state'), render: (_v, c) => t(`hotline.state.${c.state}`) },
    {
      key: 'score',
      title: t('hotline.qa.score'),
      dataIndex: 'score',
      render: (v: number | null) => v ?? '—',
    },
    {
      key: 'hits',
      title: t('hotline.qa.hits'),
      dataIndex: 'hitCount',
      render: (v: number | null) => (v ? <Tag color="red">{v}</Tag> : (v ?? '—')),
    },
    {
      key: 'simulated',
      title: '',
      render: (_v, c) => (c.simulated ? <Tag>{t('hotline.calls.simulated')}</Tag> : null),
    },
  ];
  return (
    <Card
      title={t('hotline.calls.title')}
      extra={
        <Space>
          <Switch
            checked={mine}
            onChange={setMine}
            checkedChildren={t('hotline.calls.mine')}
            unCheckedChildren={t('hotline.calls.all')}
          />
          {hasPermission(me, 'call.work') && (
            <Dropdown
              menu={{
                items: SCENARIOS.map(
                  (s) =>
                    ({ key: s, label: t(`hotline.scenario.${s}`), 'data-testid': `simulate-${s}` }) as never,
                ),
                onClick: ({ key }) =>
                  simulate.mutate(key, {
                    onSuccess: (call) => navigate(`/calls/${call.id}`),
                    onError: showError,
                  }),
              }}
            >
              <Button
                type="primary"
                icon={<PhoneOutlined />}
                loading={simulate.isPending}
                data-testid="simulate"
              >
                {t('hotline.calls.simulate')}
              </Button>
            </Dropdown>
          )}
          <ColumnChooser
            options={chooserOptions(columns)}
            hidden={hidden}
            onChange={setHidden}
            testId="call-columns"
          />
          <ExportButton list="calls" filters={{ mine: mine ? 'true' : undefined }} />
          <Button icon={<ReloadOutlined />} loading={query.isFetching} onClick={() => void query.refetch()}>
            {t('common.refresh')}
          </Button>
        </Space>
      }
    >
      <Table<CallSummary>
        data-testid="calls-table"
        rowKey="id"
        size="middle"
        loading={query.isPending}
        dataSource={query.data?.items ?? []}
        onRow={(c) => ({ onClick: () => navigate(`/calls/${c.id}`), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize: 20,
          total: query.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={visibleColumns(columns, hidden)}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
};
