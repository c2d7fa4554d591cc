import { CLAIM_APPLICATION_STATE_LABELS } from '@claimline/domain/claim-applications';
import { Drawer, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ExportButton } from '../shell/export-button.tsx';
import { formatTime } from '../shell/format.ts';
import {
  type AnalyticsDrill,
  type AnalyticsFilter,
  drillQuery,
  type ServiceRows,
  useServiceRows,
} from './api.ts';

type Row = ServiceRows['rows'][number];
const claimStates = CLAIM_APPLICATION_STATE_LABELS as Record<string, { zh: string; en: string }>;

/** The rows behind a clicked bar; each opens its own page; the same rows export to Excel or CSV. */
export const RowsDrawer = ({
  filter,
  drill,
  onClose,
}: {
  filter: AnalyticsFilter;
  drill: AnalyticsDrill | null;
  onClose: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const q = useServiceRows(filter, drill);
  const stateWord = (r: Row) =>
    r.kind === 'complaint'
      ? t(`complaints.states.${r.state as 'received'}`, { defaultValue: '—' })
      : claimStates[r.state]
        ? (claimStates[r.state] as { zh: string; en: string })[i18n.language === 'en' ? 'en' : 'zh']
        : '—';
  const unit = drill?.chart === 'cycle' ? t('analytics.hours') : t('analytics.days');
  return (
    <Drawer open={drill !== null} onClose={onClose} size="large" title={drill?.title} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Text type="secondary" data-testid="analytics-rows-total">
            {t('analytics.rowsTotal', { count: q.data?.total ?? 0 })}
          </Typography.Text>
          {drill && <ExportButton list="service-analytics" filters={drillQuery(filter, drill)} />}
        </Space>
        <Table<Row>
          rowKey="id"
          size="small"
          loading={q.isPending}
          dataSource={q.data?.rows ?? []}
          pagination={{ pageSize: 20 }}
          data-testid="analytics-rows"
          columns={[
            {
              title: t('analytics.col.number'),
              render: (_, r) => (
                <Link to={r.kind === 'complaint' ? `/complaints/${r.id}` : `/claim-applications/${r.id}`}>
                  {r.number}
                </Link>
              ),
            },
            { title: t('analytics.col.product'), dataIndex: 'product' },
            { title: t('analytics.col.state'), render: (_, r) => stateWord(r) },
            ...(drill?.chart === 'cycle' || drill?.chart === 'waiting'
              ? [
                  {
                    title: `${t('analytics.col.duration')} (${unit})`,
                    render: (_: unknown, r: Row) => (r.measure === null ? '—' : r.measure.toFixed(1)),
                  },
                ]
              : []),
            { title: t('analytics.col.at'), render: (_, r) => formatTime(r.at) },
          ]}
        />
      </Space>
    </Drawer>
  );
};
