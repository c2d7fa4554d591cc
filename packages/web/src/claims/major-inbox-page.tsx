import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { DeadlineBadge } from '../deadlines/deadline-badge.tsx';
import { formatTime } from '../shell/format.ts';
import { type MajorInboxItem, type MajorInboxStatus, useMajorInbox } from './api.ts';

const STATUSES: readonly MajorInboxStatus[] = ['all', 'unreported', 'reported'];
const isStatus = (s: string | null): s is MajorInboxStatus => STATUSES.some((x) => x === s);

/**
 * 重大案件: every major claim report of the caller's scope with its 24-hour report to head office, most urgent
 * first as the server sorts it (overdue, then due soonest; sent reports after). The filter lives in the URL so a
 * reload or a shared link keeps it.
 */
export const MajorInboxPage = () => {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status: MajorInboxStatus = isStatus(raw) ? raw : 'all';
  const query = useMajorInbox(status);
  const columns = [
    {
      title: t('majorInbox.columns.number'),
      key: 'number',
      render: (_: unknown, r: MajorInboxItem) => (
        <Link to={`/claim-reports/${r.caseId}`} data-testid="major-inbox-open">
          {r.number}
        </Link>
      ),
    },
    {
      title: t('majorInbox.columns.branch'),
      key: 'branch',
      render: (_: unknown, r: MajorInboxItem) => r.branch.name,
    },
    {
      title: t('majorInbox.columns.reasons'),
      key: 'reasons',
      render: (_: unknown, r: MajorInboxItem) => (
        <Space wrap size={4}>
          {r.reasons.map((x) => (
            <Tag color="red" key={x.code}>
              {t(`claims.majorReasons.${x.code}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('majorInbox.columns.flaggedAt'),
      key: 'flaggedAt',
      render: (_: unknown, r: MajorInboxItem) => (r.flaggedAt ? formatTime(r.flaggedAt) : '—'),
    },
    {
      title: t('majorInbox.columns.deadline'),
      key: 'deadline',
      render: (_: unknown, r: MajorInboxItem) =>
        r.deadline ? (
          <span data-testid="major-inbox-countdown">
            <DeadlineBadge deadline={r.deadline} />
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('majorInbox.columns.report'),
      key: 'report',
      render: (_: unknown, r: MajorInboxItem) =>
        r.reportedAt && r.report ? (
          <Space direction="vertical" size={0}>
            <Typography.Text type="secondary">
              {t('majorInbox.reportedAt', { at: formatTime(r.reportedAt), by: r.report.reportedBy })}
            </Typography.Text>
            <Typography.Text data-testid="major-inbox-summary">{r.report.summary}</Typography.Text>
          </Space>
        ) : (
          <Tag color="orange">{t('majorInbox.notReported')}</Tag>
        ),
    },
    {
      title: t('majorInbox.columns.acknowledged'),
      key: 'acknowledged',
      render: (_: unknown, r: MajorInboxItem) =>
        r.acknowledgedAt ? (
          <Tag color="green" data-testid="major-inbox-acknowledged">
            {t('majorInbox.acknowledgedAt', { at: formatTime(r.acknowledgedAt), by: r.acknowledgedBy ?? '' })}
          </Tag>
        ) : r.reportedAt ? (
          <Tag>{t('majorInbox.notAcknowledged')}</Tag>
        ) : null,
    },
  ];
  return (
    <Card
      title={t('majorInbox.title')}
      extra={
        <Button icon={<ReloadOutlined />} loading={query.isFetching} onClick={() => void query.refetch()}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('majorInbox.intro')}</Typography.Text>
        <Segmented
          data-testid="major-inbox-filter"
          value={status}
          options={STATUSES.map((s) => ({ value: s, label: t(`majorInbox.filter.${s}`) }))}
          onChange={(v) => setParams(v === 'all' ? {} : { status: String(v) })}
        />
        <Table
          rowKey="caseId"
          size="small"
          data-testid="major-inbox"
          loading={query.isLoading}
          dataSource={query.data?.items ?? []}
          columns={columns}
          pagination={false}
          locale={{ emptyText: t('majorInbox.empty') }}
          scroll={{ x: true }}
        />
      </Flex>
    </Card>
  );
};
