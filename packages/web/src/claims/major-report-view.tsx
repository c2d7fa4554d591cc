import { Button, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type ClaimReportDetail, offersMove, useAcknowledgeMajorReport } from './api.ts';

/**
 * The major-case report as the branch sent it, read-only, and head office's acknowledgement: the button shows only
 * when the follow-up table offers it to this person (head office itself, report sent, not yet acknowledged).
 */
export const MajorReportView = ({ detail }: { detail: ClaimReportDetail }) => {
  const { t } = useTranslation();
  const ack = useAcknowledgeMajorReport(detail.id);
  const { showError } = useFeedback();
  const { report, acknowledgedAt } = detail.claimReport.major;
  if (!report) return null;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      title={t('majorInbox.reportTitle')}
      data-testid="major-report-view"
      extra={
        acknowledgedAt ? (
          <Tag color="green" data-testid="major-report-acknowledged">
            {t('majorInbox.acknowledged')} · {formatTime(acknowledgedAt)}
          </Tag>
        ) : (
          offersMove(detail, 'acknowledgeMajorReport') && (
            <Button
              type="primary"
              loading={ack.isPending}
              data-testid="major-report-acknowledge"
              onClick={() => ack.mutate(undefined, { onError: showError })}
            >
              {t('majorInbox.acknowledge')}
            </Button>
          )
        )
      }
    >
      <Descriptions.Item label={t('claims.summary')}>
        <span data-testid="major-report-summary">{report.summary}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('claims.measuresTaken')}>{report.measuresTaken}</Descriptions.Item>
      <Descriptions.Item label={t('majorInbox.estimatedLoss')}>
        {report.estimatedLossYuan.toLocaleString('zh-CN', { minimumFractionDigits: 2 })}
      </Descriptions.Item>
      <Descriptions.Item label={t('majorInbox.reportedTo')}>{report.reportedTo}</Descriptions.Item>
      <Descriptions.Item label={t('majorInbox.reportedBy')}>{report.reportedBy}</Descriptions.Item>
    </Descriptions>
  );
};
