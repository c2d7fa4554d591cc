import { Button, Card, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatTime } from '../shell/format.ts';
import { formatYuan } from '../shell/money.ts';
import { type ClaimApprovals, useClaimApprovals } from './api.ts';
import { DecisionSummary } from './decision-panel.tsx';

type Item = ClaimApprovals['items'][number];

/**
 * 审批待办 of the claims desk: decisions proposed above their handler's authority, in this person's scope. The
 * application's page approves or rejects (the server checks the level and that no one approves their own).
 */
export const ClaimApprovalsPage = () => {
  const { t } = useTranslation();
  const inbox = useClaimApprovals();
  return (
    <Card title={t('claimDesk.approvalsTitle')}>
      <Table<Item>
        rowKey="id"
        loading={inbox.isLoading}
        dataSource={inbox.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('claimDesk.approvalsEmpty')} /> }}
        pagination={false}
        data-testid="claim-approvals"
        onRow={(a) => ({ 'data-testid': 'claim-approval-row', 'data-number': a.number }) as never}
        columns={[
          {
            title: t('claimDesk.number'),
            render: (_, a) => <Link to={`/claim-applications/${a.caseId}`}>{a.number}</Link>,
          },
          { title: t('claimDesk.proposal'), render: (_, a) => <DecisionSummary decision={a.decision} /> },
          {
            title: t('claimDesk.amount'),
            align: 'right',
            render: (_, a) => <Typography.Text strong>{formatYuan(a.amountFen)}</Typography.Text>,
          },
          { title: t('claimDesk.requiredLevel'), render: (_, a) => t(`claimDesk.level.${a.requiredLevel}`) },
          {
            title: t('claimDesk.requestedBy'),
            render: (_, a) => `${a.requestedBy} · ${formatTime(a.requestedAt)}`,
          },
          {
            title: '',
            render: (_, a) => (
              <Link to={`/claim-applications/${a.caseId}`}>
                <Button type="primary" data-testid="claim-approval-open">
                  {t('claimDesk.open')}
                </Button>
              </Link>
            ),
          },
        ]}
      />
    </Card>
  );
};
