import { CLAIM_APPLICATION_STATE_LABELS } from '@claimline/domain/claim-applications';
import { Drawer, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatTime } from '../shell/format.ts';
import { type DrillRequest, type KpiDrill, useDrill } from './api.ts';

type Row = KpiDrill['rows'][number];

const claimStateLabel = (state: string, lang: string) => {
  const l = (CLAIM_APPLICATION_STATE_LABELS as Record<string, { zh: string; en: string }>)[state];
  return l ? (lang === 'en' ? l.en : l.zh) : '—';
};

/** The words for a row's state: call outcome, case status, complaint or claim-application state. */
const stateLabel = (t: TFunction, lang: string, source: DrillRequest['source'], state: string) => {
  switch (source) {
    case 'calls':
      return t(`home.outcome.${state as 'inRings'}`, { defaultValue: '—' });
    case 'cases':
      return t(`status.${state as 'new'}`, { defaultValue: '—' });
    case 'complaints':
      return t(`complaints.states.${state as 'received'}`, { defaultValue: '—' });
    case 'claims':
      return claimStateLabel(state, lang);
  }
};

const linkOf = (source: DrillRequest['source'], row: Row) =>
  source === 'calls'
    ? `/calls/${row.id}`
    : source === 'complaints'
      ? `/complaints/${row.id}`
      : source === 'claims'
        ? `/claim-applications/${row.id}`
        : `/cases/${row.id}`;

/** The rows behind a clicked bar or point, in a drawer; each row opens its own page. */
export const DrillDrawer = ({ request, onClose }: { request: DrillRequest | null; onClose: () => void }) => {
  const { t, i18n } = useTranslation();
  const q = useDrill(request);
  const source = request?.source ?? 'calls';
  const columns = [
    {
      title: t('home.col.ref'),
      dataIndex: 'ref',
      render: (ref: string, row: Row) => <Link to={linkOf(source, row)}>{ref}</Link>,
    },
    { title: t('home.col.at'), dataIndex: 'at', render: (at: string) => formatTime(at) },
    { title: t('home.col.agent'), dataIndex: 'agentName', render: (n: string | null) => n ?? '—' },
    ...(source === 'calls'
      ? []
      : [
          {
            title: t('home.col.kind'),
            dataIndex: 'kind',
            render: (k: string | null) => (k ? t(`kind.${k as 'complaint'}`, { defaultValue: '—' }) : '—'),
          },
        ]),
    {
      title: t('home.col.state'),
      dataIndex: 'state',
      render: (s: string) => stateLabel(t, i18n.language, source, s),
    },
    ...(source === 'calls'
      ? [
          {
            title: t('home.col.wait'),
            dataIndex: 'measure',
            render: (m: number | null) => (m === null ? '—' : m.toFixed(0)),
          },
        ]
      : []),
    ...(source === 'complaints'
      ? [
          {
            title: t('home.col.score'),
            dataIndex: 'measure',
            render: (m: number | null) => (m === null ? '—' : String(m)),
          },
        ]
      : []),
    ...(source === 'cases'
      ? [
          {
            title: t('home.col.fcr'),
            dataIndex: 'flag',
            render: (f: boolean | null) => (f === null ? '—' : f ? t('home.yes') : t('home.no')),
          },
        ]
      : []),
  ];
  return (
    <Drawer
      open={request !== null}
      onClose={onClose}
      size="large"
      title={request ? t('home.drillTitle', { what: request.title }) : ''}
      destroyOnHidden
    >
      <div data-testid="drill-drawer" data-source={source}>
        {q.data && (
          <Typography.Paragraph type="secondary" data-testid="drill-total">
            {t('home.drillTotal', { n: q.data.total, shown: q.data.rows.length })}
          </Typography.Paragraph>
        )}
        <Table<Row>
          rowKey="id"
          size="small"
          loading={q.isLoading}
          dataSource={q.data?.rows ?? []}
          columns={columns}
          pagination={{ pageSize: 20 }}
          data-testid="drill-table"
        />
      </div>
    </Drawer>
  );
};
