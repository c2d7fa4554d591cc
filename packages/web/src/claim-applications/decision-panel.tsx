import { Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../shell/format.ts';
import { formatYuan } from '../shell/money.ts';
import { AdvanceAndSettlement } from './advance-panel.tsx';
import type { ApplicationDetail, Decision, Payout } from './api.ts';

type Step = Payout['steps'][number];

/** The payout breakdown exactly as the server computed it (calculatePayout): each step's label and amount. */
export const PayoutTable = ({ payout }: { payout: Payout }) => {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <>
      <Table<Step>
        rowKey={(s) => `${s.code}-${s.subject?.zh ?? ''}-${s.amountFen}`}
        size="small"
        pagination={false}
        dataSource={payout.steps}
        data-testid="claim-app-payout"
        columns={[
          {
            title: t('claimDesk.step'),
            render: (_, s) =>
              `${en ? s.en : s.zh}${s.subject ? ` · ${en ? s.subject.en : s.subject.zh}` : ''}`,
          },
          {
            title: t('claimDesk.change'),
            align: 'right',
            render: (_, s) =>
              s.changeFen === 0 ? '' : `${s.changeFen > 0 ? '+' : '−'}${formatYuan(Math.abs(s.changeFen))}`,
          },
          { title: t('claimDesk.amount'), align: 'right', render: (_, s) => formatYuan(s.amountFen) },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 12 }}>
        {t('claimDesk.payable')}：<span data-testid="claim-app-payable">{formatYuan(payout.payableFen)}</span>
      </Typography.Title>
    </>
  );
};

/** A decision as it will be told to the customer: kind, amount, reasons with their contract or law basis. */
export const DecisionSummary = ({ decision }: { decision: Decision }) => {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      <span>
        <Tag color={decision.kind === 'refuse' ? 'red' : 'green'}>
          {t(`claimDesk.decisionKind.${decision.kind}`)}
        </Tag>
        {decision.amountFen !== undefined && formatYuan(decision.amountFen)}
      </span>
      {(decision.reasons ?? []).map((r) => (
        <Typography.Text key={`${r.text}-${r.basis.clause ?? r.basis.article}`} type="secondary">
          {r.text}（
          {r.basis.source === 'contract' ? `保险合同${r.basis.clause}` : `${r.basis.law}${r.basis.article}`}）
        </Typography.Text>
      ))}
    </Flex>
  );
};

/** Assessment, decision and the pending approval of an application, when there are any. */
export const DecisionPanel = ({ detail }: { detail: ApplicationDetail }) => {
  const { t } = useTranslation();
  const a = detail.application;
  if (!a.payout && !a.decisionDetail && !a.pendingApproval && !a.advance) return null;
  return (
    <Card title={t('claimDesk.assessmentTitle')} data-testid="claim-app-decision-panel">
      {a.assessment && (
        <Typography.Paragraph>
          {t('claimDesk.findings')}：{a.assessment}
        </Typography.Paragraph>
      )}
      {a.payout && <PayoutTable payout={a.payout} />}
      <AdvanceAndSettlement detail={detail} />
      {a.pendingApproval && (
        <Descriptions
          size="small"
          column={2}
          title={t('claimDesk.pendingApproval')}
          data-testid="claim-app-pending"
        >
          <Descriptions.Item label={t('claimDesk.proposal')}>
            <DecisionSummary decision={a.pendingApproval.decision} />
          </Descriptions.Item>
          <Descriptions.Item label={t('claimDesk.requiredLevel')}>
            {t(`claimDesk.level.${a.pendingApproval.requiredLevel}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('claimDesk.requestedAt')}>
            {formatTime(a.pendingApproval.requestedAt)}
          </Descriptions.Item>
        </Descriptions>
      )}
      {a.decisionDetail && a.decision && (
        <Descriptions size="small" column={2} title={t('claimDesk.decisionTitle')}>
          <Descriptions.Item label={t('claimDesk.outcome')}>
            <DecisionSummary decision={a.decisionDetail} />
          </Descriptions.Item>
          <Descriptions.Item label={t('claimDesk.decidedAt')}>{formatTime(a.decidedAt)}</Descriptions.Item>
          {a.paidAt && (
            <Descriptions.Item label={t('claimDesk.paidAt')}>{formatTime(a.paidAt)}</Descriptions.Item>
          )}
          {a.refusedAt && (
            <Descriptions.Item label={t('claimDesk.refusedAt')}>{formatTime(a.refusedAt)}</Descriptions.Item>
          )}
        </Descriptions>
      )}
    </Card>
  );
};
