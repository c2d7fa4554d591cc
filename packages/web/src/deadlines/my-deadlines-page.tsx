import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { MyDeadline } from '../api/types.ts';
import { formatTime, testId } from '../shell/format.ts';
import { StatusTag } from '../shell/status-tag.tsx';
import { useMyDeadlines } from './api.ts';
import { kindLabel } from './countdown.ts';
import { DeadlineBadge } from './deadline-badge.tsx';

/** 我的时效: every unmet deadline of the caller's cases, most urgent first (the server sorts by due time). */
export const MyDeadlinesPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useMyDeadlines();
  const columns: TableColumnsType<MyDeadline> = [
    {
      key: 'countdown',
      title: t('deadline.countdown'),
      render: (_v, d) => <DeadlineBadge deadline={{ ...d, warned: d.warnedAt !== null }} />,
    },
    { key: 'due', title: t('deadline.due'), render: (_v, d) => formatTime(d.dueAt) },
    { key: 'kind', title: t('deadline.kind'), render: (_v, d) => kindLabel(t, d.kind) },
    {
      key: 'case',
      title: t('deadline.case'),
      render: (_v, d) => (
        <Link to={`/cases/${d.caseId}`} onClick={(e) => e.stopPropagation()}>
          {d.caseNumber}
        </Link>
      ),
    },
    { key: 'subject', title: t('deadline.subject'), dataIndex: 'caseSubject', ellipsis: true },
    { key: 'status', title: t('cases.status'), render: (_v, d) => <StatusTag status={d.caseStatus} /> },
    {
      key: 'source',
      title: t('deadline.source'),
      responsive: ['xl'],
      render: (_v, d) => <Typography.Text type="secondary">{d.ruleSource}</Typography.Text>,
    },
  ];
  return (
    <Card
      title={t('deadline.mine')}
      extra={
        <Button icon={<ReloadOutlined />} loading={query.isFetching} onClick={() => void query.refetch()}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('deadline.mineHint')}</Typography.Paragraph>
      {query.error && (
        <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<MyDeadline>
        data-testid="my-deadlines"
        rowKey="id"
        size="middle"
        loading={query.isPending}
        columns={columns}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('deadline.empty') }}
        pagination={false}
        onRow={(d) => ({
          onClick: () => navigate(`/cases/${d.caseId}`),
          style: { cursor: 'pointer' },
          ...testId(`deadline-row-${d.caseNumber}`),
        })}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
};
