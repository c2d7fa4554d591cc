import { Alert, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatTime } from '../shell/format.ts';
import type { ReportSummary } from './api.ts';

/** Seed 003 §(二) 报案记录查询 1: an existing report is shown with its progress, not registered again. */
export const ExistingReports = ({ reports, title }: { reports: ReportSummary[]; title: string }) => {
  const { t } = useTranslation();
  if (reports.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="intake-existing-reports"
      title={title}
      description={
        <>
          <div>{t('claims.existingHint')}</div>
          <List
            size="small"
            dataSource={reports}
            renderItem={(r) => (
              <List.Item data-testid={`existing-report-${r.number}`}>
                <Link to={`/claim-reports/${r.caseId}`}>{r.number}</Link>
                <span>
                  {formatTime(r.occurredAt)} · {r.place}
                </span>
                <Tag>{t(`status.${r.status}`, { defaultValue: r.status })}</Tag>
                {r.major && <Tag color="red">{t('claims.major')}</Tag>}
                <span>{r.ownerName}</span>
              </List.Item>
            )}
          />
        </>
      }
    />
  );
};
