import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Descriptions, List, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SealedText } from '../cases/sealed-text.tsx';
import { DeadlineBadge } from '../deadlines/deadline-badge.tsx';
import { formatTime } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type ClaimReportDetail, noticeUrl, offersMove, useRecordNotice } from './api.ts';
import { MajorReportModal } from './major-report-modal.tsx';

type Props = { detail: ClaimReportDetail };

/** Preliminary check (seed 003 §(二) 信息初步审核): the reasons, the PDF notice and the archive/return record. */
export const CheckPanel = ({ detail }: Props) => {
  const { t, i18n } = useTranslation();
  const { check, notice } = detail.claimReport;
  const [copies, setCopies] = useState(notice?.copiesArchived ?? true);
  const [originals, setOriginals] = useState(notice?.originalsReturned ?? true);
  const record = useRecordNotice(detail.id);
  const { showError } = useFeedback();
  if (check.ok)
    return <Alert type="success" showIcon title={t('claims.checkPassed')} data-testid="check-passed" />;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="check-failed"
      title={t('claims.checkFailed')}
      description={
        <Space direction="vertical">
          {check.failures.map((f) => (
            <div key={f.code} data-testid={`check-failure-${f.code}`}>
              {i18n.language === 'en' ? f.reasonEn : f.reasonZh} <Tag>{f.source}</Tag>
            </div>
          ))}
          <Space wrap>
            <a href={noticeUrl(detail.id)} target="_blank" rel="noreferrer" data-testid="notice-pdf-link">
              <Button icon={<FilePdfOutlined />}>{t('claims.notice')}</Button>
            </a>
            {offersMove(detail, 'recordNotice') && (
              <>
                <Checkbox checked={copies} onChange={(e) => setCopies(e.target.checked)}>
                  {t('claims.copiesArchived')}
                </Checkbox>
                <Checkbox checked={originals} onChange={(e) => setOriginals(e.target.checked)}>
                  {t('claims.originalsReturned')}
                </Checkbox>
                <Button
                  loading={record.isPending}
                  data-testid="notice-record"
                  onClick={() =>
                    record.mutate(
                      { copiesArchived: copies, originalsReturned: originals },
                      { onError: showError },
                    )
                  }
                >
                  {t('claims.noticeRecord')}
                </Button>
              </>
            )}
          </Space>
          {notice?.issuedAt && (
            <span data-testid="notice-issued">
              {t('claims.noticeIssued', { at: formatTime(notice.issuedAt) })}
            </span>
          )}
        </Space>
      }
    />
  );
};

/** Major case (seed 003 重大案件): why, the 24-hour countdown, and the report form when the server offers it. */
export const MajorPanel = ({ detail }: Props) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { major } = detail.claimReport;
  if (!major.flagged) return null;
  const deadline = detail.deadlines?.find((d) => d.kind === 'majorCaseReport');
  return (
    <Alert
      type="error"
      data-testid="major-case"
      title={
        <Space wrap>
          <Tag color="red">{t('claims.major')}</Tag>
          {major.reasons.map((r) => (
            <span key={r.code}>{t(`claims.majorReasons.${r.code}`, { defaultValue: r.code })}</span>
          ))}
        </Space>
      }
      description={
        <Space wrap>
          {major.reportedAt ? (
            <span data-testid="major-reported">
              {t('claims.majorReported', {
                at: formatTime(major.reportedAt),
                to: major.report?.reportedTo ?? '',
              })}
            </span>
          ) : (
            <>
              <span>{t('claims.majorDue')}</span>
              {deadline && (
                <span data-testid="major-countdown">
                  <DeadlineBadge deadline={{ ...deadline, warned: deadline.warnedAt !== null }} />
                </span>
              )}
              {offersMove(detail, 'submitMajorReport') && (
                <Button danger onClick={() => setOpen(true)} data-testid="major-report-open">
                  {t('claims.majorReport')}
                </Button>
              )}
            </>
          )}
          <MajorReportModal caseId={detail.id} open={open} onClose={() => setOpen(false)} />
        </Space>
      }
    />
  );
};

export const ScenePanel = ({ detail }: Props) => {
  const { t, i18n } = useTranslation();
  const { scenePreservation, surveyTasks } = detail.claimReport;
  if (!scenePreservation && surveyTasks.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="scene-preservation"
      title={`${t('claims.scene')}：“${scenePreservation ? (i18n.language === 'en' ? scenePreservation.en : scenePreservation.zh) : ''}”`}
      description={
        <List
          size="small"
          header={t('claims.surveyTasks')}
          dataSource={surveyTasks}
          renderItem={(task) => (
            <List.Item>
              {task.note ? (
                <SealedText
                  caseId={detail.id}
                  field="survey_tasks.note"
                  rowId={task.id}
                  sealed={detail.sealedFields.includes(`survey_tasks.note:${task.id}`)}
                  text={task.note}
                />
              ) : null}{' '}
              <Tag>{task.status === 'open' ? t('claims.surveyOpen') : task.status}</Tag>{' '}
              {formatTime(task.createdAt)}
            </List.Item>
          )}
        />
      }
    />
  );
};

export const ReportDescriptions = ({ detail }: Props) => {
  const { t, i18n } = useTranslation();
  const { policy, accident, reporter } = detail.claimReport;
  const en = i18n.language === 'en';
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="claim-report-descriptions">
      <Descriptions.Item label={t('claims.lookupBy.policyNo')}>{policy.policyNo}</Descriptions.Item>
      <Descriptions.Item label={t('cases.kind')}>{policy.product}</Descriptions.Item>
      <Descriptions.Item
        label={t('claims.insured')}
      >{`${policy.insuredName} ${policy.insuredIdNumber}`}</Descriptions.Item>
      <Descriptions.Item
        label={t('claims.period')}
      >{`${policy.periodFirstDay} ~ ${policy.periodLastDay}`}</Descriptions.Item>
      <Descriptions.Item label={t('claims.occurredAt')}>{formatTime(accident.occurredAt)}</Descriptions.Item>
      <Descriptions.Item label={t('claims.cause')}>
        {en ? accident.cause.en : accident.cause.zh}
      </Descriptions.Item>
      <Descriptions.Item label={t('claims.place')} span={2}>
        {accident.place}
      </Descriptions.Item>
      <Descriptions.Item label={t('claims.course')} span={2}>
        {accident.course}
      </Descriptions.Item>
      <Descriptions.Item label={t('claims.injuryDegree')}>
        {t(`claims.injury.${accident.injuryDegree}`)} · {t('claims.deaths')} {accident.deaths}
      </Descriptions.Item>
      <Descriptions.Item label={t('claims.hospital')}>{accident.hospital ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('claims.reporterName')}>
        {reporter.name} · {t(`claims.relations.${reporter.relation}`)}
      </Descriptions.Item>
      <Descriptions.Item label={t('claims.reporterPhone')}>{reporter.phone}</Descriptions.Item>
    </Descriptions>
  );
};
