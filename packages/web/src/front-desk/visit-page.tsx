import { VISIT_MACHINE, VISIT_STAGES } from '@claimline/domain/front-desk';
import { Alert, Button, Card, Descriptions, Result, Space, Spin, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { inLanguage } from '../knowledge/api.ts';
import { formatTime } from '../shell/format.ts';
import { minSec, useElapsedSince, useVisit, type Visit } from './api.ts';
import { StageForm } from './stage-form.tsx';

const Steps9 = ({ visit, readAt }: { visit: Visit; readAt: number }) => {
  const { t } = useTranslation();
  const elapsed = Math.floor(useElapsedSince(readAt) / 1000);
  const current = VISIT_STAGES.indexOf(visit.state as (typeof VISIT_STAGES)[number]);
  return (
    <Steps
      size="small"
      orientation="vertical"
      current={current === -1 ? VISIT_STAGES.length : current}
      items={VISIT_STAGES.map((stage) => {
        const s = visit.stages.find((x) => x.stage === stage);
        const secs = s ? s.seconds + (s.running ? elapsed : 0) : null;
        return {
          title: inLanguage(VISIT_MACHINE.states[stage]),
          content:
            secs === null ? null : (
              <span data-testid={`stage-time-${stage}`}>{t('frontDesk.seconds', minSec(secs))}</span>
            ),
        };
      })}
    />
  );
};

/** One walk-in visit: the nine stages with their times, the counter prompt, and the current stage's form. */
export const VisitPage = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const q = useVisit(id);
  const visit = q.data;
  if (!visit) return <Spin />;
  return (
    <Card
      title={
        <Space>
          <Typography.Text strong data-testid="visit-ticket">
            {visit.ticketNo}
          </Typography.Text>
          {visit.visitorName}
          {visit.careLabel && <Tag color="orange">{inLanguage(visit.careLabel)}</Tag>}
          <Tag color="blue" data-testid="visit-state">
            {inLanguage(visit.stateLabel)}
          </Tag>
        </Space>
      }
      extra={<Button onClick={() => navigate('/front-desk')}>{t('frontDesk.back')}</Button>}
    >
      <div style={{ display: 'flex', gap: 32, alignItems: 'flex-start' }}>
        <div style={{ minWidth: 220 }}>
          <Steps9 visit={visit} readAt={q.dataUpdatedAt} />
        </div>
        <Space orientation="vertical" style={{ flex: 1 }}>
          {visit.prompt && (
            <Alert
              type="success"
              showIcon
              data-testid={`visit-prompt-${visit.prompt.kind}`}
              title={visit.prompt.kind === 'greeting' ? t('frontDesk.greeting') : t('frontDesk.farewell')}
              description={visit.prompt.text}
            />
          )}
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('frontDesk.arrivedAt')}>
              {formatTime(visit.arrivedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('frontDesk.waiting')}>
              {t('frontDesk.seconds', minSec(visit.waitingSeconds))}
            </Descriptions.Item>
            {visit.purposeLabel && (
              <Descriptions.Item label={t('frontDesk.purpose')}>
                {inLanguage(visit.purposeLabel)}
                {visit.claimTypeLabel && ` · ${inLanguage(visit.claimTypeLabel)}`}
              </Descriptions.Item>
            )}
            {visit.policyNo && (
              <Descriptions.Item label={t('frontDesk.policyNo')}>{visit.policyNo}</Descriptions.Item>
            )}
            {visit.summary && (
              <Descriptions.Item label={t('frontDesk.summary')}>{visit.summary}</Descriptions.Item>
            )}
            {visit.idNumber && (
              <Descriptions.Item label={t('frontDesk.idNumber')}>{visit.idNumber}</Descriptions.Item>
            )}
            {visit.assessment && (
              <Descriptions.Item label={t('frontDesk.assessment')}>{visit.assessment}</Descriptions.Item>
            )}
            {visit.explanations.length > 0 && (
              <Descriptions.Item label={t('frontDesk.explained')}>
                {visit.explanations.map((e) => e.title).join('、')}
              </Descriptions.Item>
            )}
            {visit.followUp && (
              <Descriptions.Item label={t('frontDesk.followUp')}>{visit.followUp}</Descriptions.Item>
            )}
            {visit.linkedCase && (
              <Descriptions.Item label={t('frontDesk.linkedCase')}>
                {visit.linkedCase.number}
              </Descriptions.Item>
            )}
            {visit.satisfaction !== null && (
              <Descriptions.Item label={t('frontDesk.satisfaction')}>
                {visit.satisfaction} / 5
              </Descriptions.Item>
            )}
          </Descriptions>
          {visit.state === 'archived' ? (
            <Result status="success" title={t('frontDesk.archived')} data-testid="visit-archived" />
          ) : (
            <StageForm visit={visit} />
          )}
        </Space>
      </div>
    </Card>
  );
};
