import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Progress, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DeadlineBadge } from '../deadlines/deadline-badge.tsx';
import { CLAIM_TYPE_LABELS, useBoard } from './api.ts';

/** The claims desk board: one column per stage with each application's progress and most urgent countdown. */
export const ClaimDeskPage = () => {
  const { t, i18n } = useTranslation();
  const board = useBoard();
  const say = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  if (!board.data) return <Skeleton active />;
  const columns = board.data.columns.filter(
    (c) => c.items.length > 0 || !['closed', 'archived'].includes(c.state),
  );
  return (
    <Card
      title={t('claimDesk.boardTitle')}
      extra={
        <Link to="/claim-applications/new">
          <Button type="primary" icon={<PlusOutlined />} data-testid="claim-desk-new">
            {t('claimDesk.newApplication')}
          </Button>
        </Link>
      }
    >
      <Flex gap={12} style={{ overflowX: 'auto' }} data-testid="claim-desk-board">
        {columns.map((c) => (
          <Card
            key={c.state}
            size="small"
            title={say(c.label)}
            style={{ minWidth: 240 }}
            data-testid={`claim-desk-column-${c.state}`}
          >
            {c.items.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('claimDesk.empty')} />
            ) : (
              <List
                size="small"
                dataSource={c.items}
                renderItem={(i) => (
                  <List.Item>
                    <Space direction="vertical" size={2} style={{ width: '100%' }}>
                      <Link to={`/claim-applications/${i.id}`}>{i.number}</Link>
                      <Typography.Text type="secondary">
                        {say(CLAIM_TYPE_LABELS[i.claimType])} · {i.applicantNameMasked} · {i.policyNo}
                      </Typography.Text>
                      <Progress
                        percent={Math.round((100 * i.progress.satisfied) / Math.max(1, i.progress.total))}
                        size="small"
                      />
                      {i.nextDeadline && <DeadlineBadge deadline={i.nextDeadline} showKind />}
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </Card>
        ))}
      </Flex>
    </Card>
  );
};
