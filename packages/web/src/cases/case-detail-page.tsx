import { AuditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { hasPermission, useMe } from '../api/auth.ts';
import { useCase } from '../api/cases.ts';
import { isApiError } from '../api/client.ts';
import { CustomerViewLink } from '../customer-view/customer-view-page.tsx';
import { CaseDeadlines } from '../deadlines/case-deadlines.tsx';
import { KnowledgeSuggestions } from '../knowledge/suggestion-panel.tsx';
import { formatTime } from '../shell/format.ts';
import { StatusTag } from '../shell/status-tag.tsx';
import { CaseActions } from './case-actions.tsx';
import { CaseDescriptions } from './case-descriptions.tsx';
import { CaseTimeline } from './case-timeline.tsx';

export const CaseDetailPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const query = useCase(id);
  const detail = query.data;

  // CASE_NOT_FOUND (404) also covers a case of another branch: the server does not say it exists.
  if (isApiError(query.error) && query.error.status === 404) {
    return (
      <Result
        status="404"
        title={t('detail.notFound')}
        subTitle={query.error.message}
        data-testid="case-not-found"
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
    <Flex vertical gap={16} data-testid="case-detail">
      <Card
        title={
          <Space>
            <Typography.Text strong data-testid="case-detail-number">
              {detail.number}
            </Typography.Text>
            <StatusTag status={detail.status} />
          </Space>
        }
        extra={
          <Space>
            <CustomerViewLink kind="case" id={detail.id} />
            {detail.kind === 'claimReport' && (
              <Link
                to={`/claim-reports/${encodeURIComponent(detail.id)}`}
                data-testid="case-claim-report-link"
              >
                <Button>{t('claims.openReport')}</Button>
              </Link>
            )}
            {(detail.kind === 'surrender' || detail.kind === 'endorsement') && (
              <Link to={`/policy-services/${encodeURIComponent(detail.id)}`} data-testid="case-service-link">
                <Button>{t('policyService.openService')}</Button>
              </Link>
            )}
            {hasPermission(me, 'audit.read') && (
              <Link to={`/audit?objectId=${encodeURIComponent(detail.id)}`} data-testid="case-audit-link">
                <Button icon={<AuditOutlined />}>{t('detail.auditTrail')}</Button>
              </Link>
            )}
            <Button icon={<ReloadOutlined />} loading={query.isFetching} onClick={() => void query.refetch()}>
              {t('common.refresh')}
            </Button>
          </Space>
        }
      >
        <Flex vertical gap={16}>
          <CaseActions detail={detail} />
          {detail.pendingTransfer && (
            <Alert
              type="warning"
              showIcon
              data-testid="pending-transfer"
              title={t('detail.pendingTransfer', {
                name: detail.pendingTransfer.toUserName,
                at: formatTime(detail.pendingTransfer.requestedAt),
              })}
            />
          )}
          <CaseDescriptions detail={detail} />
        </Flex>
      </Card>
      {detail.deadlines && detail.deadlines.length > 0 && (
        <Card title={t('deadline.title')}>
          <CaseDeadlines deadlines={detail.deadlines} />
        </Card>
      )}
      {hasPermission(me, 'knowledge.read') && (
        <KnowledgeSuggestions text={`${detail.subject} ${detail.description}`} caseId={detail.id} />
      )}
      <Card title={t('detail.timeline')}>
        <CaseTimeline caseId={detail.id} events={detail.events} />
      </Card>
    </Flex>
  );
};
