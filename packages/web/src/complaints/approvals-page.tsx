import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatTime } from '../shell/format.ts';
import { useApprovalInbox } from './api.ts';
import { levelLabel } from './labels.ts';

/** Extension requests and decisions above their author's authority, that this user's level may settle. */
export const ApprovalInboxPage = () => {
  const { t } = useTranslation();
  const inbox = useApprovalInbox();
  return (
    <Card title={t('complaints.inbox.title')}>
      <Table
        rowKey="id"
        loading={inbox.isLoading}
        dataSource={inbox.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('complaints.inbox.empty')} /> }}
        pagination={false}
        data-testid="approval-inbox"
        onRow={(a) => ({ 'data-testid': 'approval-row', 'data-number': a.number }) as never}
        columns={[
          {
            title: t('complaints.field.number'),
            render: (_, a) => <Link to={`/complaints/${a.caseId}`}>{a.number}</Link>,
          },
          { title: t('complaints.intake.subject'), dataIndex: 'subject' },
          {
            title: t('complaints.field.state'),
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <Tag color={a.kind === 'extension' ? 'orange' : 'blue'}>
                  {t(`complaints.inbox.kind.${a.kind}`)}
                </Tag>
                {a.decision && <Typography.Text>{a.decision}</Typography.Text>}
                {a.amount !== null && a.amount > 0 && (
                  <Typography.Text>¥{a.amount.toFixed(2)}</Typography.Text>
                )}
                {a.note && <Typography.Text type="secondary">{a.note}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('complaints.inbox.requiredLevel'), render: (_, a) => levelLabel(t, a.requiredLevel) },
          {
            title: t('complaints.inbox.requestedBy'),
            render: (_, a) => `${a.requestedBy} · ${formatTime(a.requestedAt)}`,
          },
          {
            title: '',
            render: (_, a) => (
              <Link to={`/complaints/${a.caseId}`}>
                <Button type="primary" data-testid="approval-open">
                  {t('complaints.openDetail')}
                </Button>
              </Link>
            ),
          },
        ]}
      />
    </Card>
  );
};
