import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { isApiError } from '../api/client.ts';
import { CaseTimeline } from '../cases/case-timeline.tsx';
import { CustomerViewLink } from '../customer-view/customer-view-page.tsx';
import { CaseDeadlines } from '../deadlines/case-deadlines.tsx';
import { FraudScorePanel } from '../fraud/score-panel.tsx';
import { NextStepPanel } from '../shell/next-step-panel.tsx';
import { StatusTag } from '../shell/status-tag.tsx';
import { useClaimReport } from './api.ts';
import { MajorReportView } from './major-report-view.tsx';
import { CheckPanel, MajorPanel, ReportDescriptions, ScenePanel } from './report-panels.tsx';

/** Moves of the report's case (general table, hand-over), made on the case screen. */
const CASE_MOVES = ['start', 'resolve', 'close', 'accept'];

export const ClaimReportPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useClaimReport(id);
  const detail = query.data;
  if (isApiError(query.error) && query.error.status === 404) {
    return (
      <Result
        status="404"
        title={query.error.message}
        extra={<Button onClick={() => navigate('/cases')}>{t('common.back')}</Button>}
      />
    );
  }
  if (query.error && !detail) {
    return (
      <Result
        status="error"
        title={query.error.message}
        extra={<Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!detail) return <Skeleton active />;
  return (
    <Flex vertical gap={16} data-testid="claim-report">
      <Card
        title={
          <Space>
            {t('claims.detailTitle')}
            <Typography.Text strong data-testid="claim-report-number">
              {detail.number}
            </Typography.Text>
            <StatusTag status={detail.status} />
          </Space>
        }
        extra={
          <Space>
            <CustomerViewLink kind="case" id={id} />
            {/* Issue #14: the claim application, opened from its report in one click (policy carried over). */}
            <Link
              to={`/claim-applications/new?report=${detail.id}&number=${encodeURIComponent(detail.number)}`}
            >
              <Button type="primary" data-testid="claim-report-apply">
                {t('claimDesk.fromReport')}
              </Button>
            </Link>
            <Link to={`/cases/${detail.id}`}>
              <Button>{t('claims.openCase')}</Button>
            </Link>
            <Button icon={<ReloadOutlined />} loading={query.isFetching} onClick={() => void query.refetch()}>
              {t('common.refresh')}
            </Button>
          </Space>
        }
      >
        <Flex vertical gap={12}>
          {/* The case's own moves are made on the case screen; the report's own follow-up is right below. */}
          <NextStepPanel
            step={detail.nextStep}
            onAct={
              detail.nextStep && CASE_MOVES.includes(detail.nextStep.action.event ?? '')
                ? () => navigate(`/cases/${detail.id}`)
                : undefined
            }
          />
          <MajorPanel detail={detail} />
          <MajorReportView detail={detail} />
          <ScenePanel detail={detail} />
          <CheckPanel detail={detail} />
          <ReportDescriptions detail={detail} />
        </Flex>
      </Card>
      <FraudScorePanel caseId={detail.id} />
      {detail.deadlines && detail.deadlines.length > 0 && (
        <Card title={t('deadline.title')}>
          <CaseDeadlines deadlines={detail.deadlines} />
        </Card>
      )}
      <Card title={t('detail.timeline')}>
        <CaseTimeline caseId={detail.id} events={detail.events} />
      </Card>
    </Flex>
  );
};
