import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, AUDIT_RESULTS } from '@claimline/domain/audit';
import { Alert, Card, Input, Select, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useAuditLog } from '../api/audit.ts';
import { useUsers } from '../api/directory.ts';
import type { AuditEntry, AuditQuery } from '../api/types.ts';
import { ExportButton } from '../shell/export-button.tsx';
import { formatTime } from '../shell/format.ts';
import { codeLabel } from '../shell/labels.ts';
import { AUDIT_PAGE_SIZES, readAuditQuery, writeAuditQuery } from './audit-query.ts';
import { VerifyChain } from './verify-chain.tsx';

const ACTION_CODES = Object.keys(AUDIT_ACTIONS);

export const AuditPage = () => {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = readAuditQuery(params);
  const log = useAuditLog(query);
  const users = useUsers();
  const update = (patch: Partial<AuditQuery>) => setParams(writeAuditQuery({ ...query, page: 1, ...patch }));

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', dataIndex: 'at', title: t('audit.at'), render: (at: string) => formatTime(at), width: 180 },
    {
      key: 'actor',
      dataIndex: 'actorName',
      title: t('audit.actor'),
      render: (name: string | null) => name ?? '—',
    },
    {
      key: 'action',
      dataIndex: 'action',
      title: t('audit.action'),
      // The code stays on the element for tests and support, out of sight.
      render: (a: string) => <span data-action={a}>{codeLabel(AUDIT_ACTIONS, a)}</span>,
    },
    {
      key: 'object',
      title: t('audit.object'),
      render: (_v, row) =>
        row.objectType ? `${codeLabel(AUDIT_OBJECT_TYPES, row.objectType)} · ${row.objectId ?? ''}` : '—',
    },
    {
      key: 'result',
      dataIndex: 'result',
      title: t('audit.result'),
      render: (r: string) => (
        <Tag color={r === 'success' ? 'green' : 'red'} data-result={r}>
          {codeLabel(AUDIT_RESULTS, r)}
        </Tag>
      ),
    },
    { key: 'requestId', dataIndex: 'requestId', title: t('audit.requestId'), responsive: ['xl'] },
  ];

  return (
    <Card
      title={t('audit.title')}
      extra={
        <Space>
          <ExportButton list="audit" filters={query} />
          <VerifyChain />
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 240 }}
          placeholder={t('audit.actionPlaceholder')}
          aria-label={t('audit.actionPlaceholder')}
          value={query.action}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="audit-filter-action"
          options={[...new Set([...ACTION_CODES, ...(query.action ? [query.action] : [])])].map((code) => ({
            value: code,
            label: codeLabel(AUDIT_ACTIONS, code),
          }))}
          onChange={(action?: string) => update({ action })}
        />
        <Select
          allowClear
          style={{ width: 220 }}
          placeholder={t('audit.actorPlaceholder')}
          aria-label={t('audit.actorPlaceholder')}
          value={query.actorId}
          loading={users.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="audit-filter-actor"
          options={(users.data ?? []).map((u) => ({
            value: u.id,
            label: `${u.displayName} (${u.username})`,
          }))}
          onChange={(actorId?: string) => update({ actorId })}
        />
        <Input.Search
          allowClear
          style={{ width: 320 }}
          placeholder={t('audit.objectId')}
          key={`object-${query.objectId ?? ''}`}
          defaultValue={query.objectId}
          data-testid="audit-filter-object"
          onSearch={(objectId) => update({ objectId: objectId.trim() || undefined })}
        />
      </Space>
      {log.error && <Alert type="error" showIcon title={log.error.message} style={{ marginBottom: 16 }} />}
      <Table<AuditEntry>
        data-testid="audit-table"
        rowKey="id"
        size="small"
        loading={log.isFetching}
        columns={columns}
        dataSource={log.data?.items ?? []}
        expandable={{
          rowExpandable: (row) => row.details !== null && row.details !== undefined,
          expandedRowRender: (row) => (
            <Typography.Paragraph style={{ margin: 0 }}>
              <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(row.details, null, 2)}</pre>
            </Typography.Paragraph>
          ),
        }}
        onChange={(pagination) => {
          const pageSize = pagination.pageSize ?? query.pageSize;
          update({ page: pageSize === query.pageSize ? (pagination.current ?? 1) : 1, pageSize });
        }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: log.data?.total ?? 0,
          pageSizeOptions: AUDIT_PAGE_SIZES,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
        }}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
};
