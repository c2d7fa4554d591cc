import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Input,
  Progress,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import {
  type PolicyImportDetail,
  type PolicyImportStatus,
  type PolicyImportSummary,
  type ReportEntry,
  reportUrl,
  usePolicyImport,
  usePolicyImports,
  useUploadPolicies,
} from './api.ts';

const STATUS_COLOR: Record<PolicyImportStatus, string> = {
  running: 'processing',
  done: 'success',
  failed: 'error',
};

const percentOf = (d: PolicyImportSummary) =>
  d.status !== 'running'
    ? 100
    : d.totalRows > 0
      ? Math.min(99, Math.floor((d.processedRows / d.totalRows) * 100))
      : 0;

/** One import: its progress while it runs, then the counts, the row report and the report download. */
const ImportOutcome = ({ detail }: { detail: PolicyImportDetail }) => {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const fieldLabel = (f: string | null) => (f ? t(`policyImport.fields.${f}`, { defaultValue: f }) : '—');
  return (
    <Flex vertical gap={12} data-testid="policy-import-outcome">
      <Space>
        <Typography.Text strong>{detail.fileName}</Typography.Text>
        <Tag
          color={STATUS_COLOR[detail.status]}
          data-testid="policy-import-status"
          data-status={detail.status}
        >
          {t(`policyImport.status.${detail.status}`)}
        </Tag>
      </Space>
      <div data-testid="policy-import-progress" data-percent={percentOf(detail)}>
        <Progress
          percent={percentOf(detail)}
          status={
            detail.status === 'failed' ? 'exception' : detail.status === 'running' ? 'active' : 'success'
          }
        />
      </div>
      <Descriptions size="small" column={5} bordered data-testid="policy-import-summary">
        <Descriptions.Item label={t('policyImport.processed')}>
          {detail.processedRows}
          {detail.status === 'running' && detail.totalRows > 0 ? ` / ${detail.totalRows}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('policyImport.inserted')}>
          <span data-testid="policy-import-inserted">{detail.inserted}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('policyImport.updated')}>{detail.updated}</Descriptions.Item>
        <Descriptions.Item label={t('policyImport.rejected')}>
          <span data-testid="policy-import-rejected">{detail.rejected}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('policyImport.warnings')}>{detail.warnings}</Descriptions.Item>
      </Descriptions>
      {detail.status !== 'running' && detail.reportSize > 0 && (
        <>
          <Space>
            <Typography.Text>
              {detail.reportSize > detail.report.length
                ? t('policyImport.reportShown', { shown: detail.report.length, total: detail.reportSize })
                : t('policyImport.report')}
            </Typography.Text>
            <Button
              icon={<DownloadOutlined />}
              href={reportUrl(detail.id, english ? 'en' : 'zh')}
              {...testId('policy-import-download')}
            >
              {t('policyImport.download')}
            </Button>
          </Space>
          <Table<ReportEntry>
            size="small"
            rowKey={(e) => `${e.row}-${e.field}-${e.code}`}
            dataSource={detail.report}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="policy-import-report"
            onRow={(e) => testId(`report-row-${e.row}`)}
            columns={[
              { title: t('policyImport.row'), dataIndex: 'row', width: 80 },
              { title: t('policyImport.policyNo'), dataIndex: 'policyNo', width: 180 },
              { title: t('policyImport.field'), dataIndex: 'field', width: 140, render: fieldLabel },
              {
                title: t('policyImport.severity'),
                dataIndex: 'severity',
                width: 90,
                render: (s: ReportEntry['severity']) => (
                  <Tag color={s === 'error' ? 'red' : 'gold'}>{t(`policyImport.severities.${s}`)}</Tag>
                ),
              },
              {
                title: t('policyImport.reason'),
                render: (_: unknown, e: ReportEntry) => (english ? e.en : e.zh),
              },
            ]}
          />
        </>
      )}
    </Flex>
  );
};

/**
 * Policy import (issue #4): a branch administrator or head office uploads the insurer's CSV or .xlsx export;
 * the server imports it in the background while this page polls its progress; bad rows are listed with their
 * reason and the whole report can be downloaded. Past imports are listed below.
 */
export const PolicyImportPage = () => {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [file, setFile] = useState<File | null>(null);
  const [branchDefault, setBranchDefault] = useState('');
  const [currentId, setCurrentId] = useState<string | null>(null);
  const upload = useUploadPolicies();
  const current = usePolicyImport(currentId);
  const history = usePolicyImports();

  const start = () => {
    if (!file) return;
    upload.mutate(
      { file, ...(branchDefault.trim() ? { branchDefault: branchDefault.trim() } : {}) },
      {
        onSuccess: ({ id }) => {
          setCurrentId(id);
          setFile(null);
          void message.success(t('policyImport.started'));
        },
        onError: showError,
      },
    );
  };

  return (
    <Flex vertical gap={16}>
      <Card title={t('policyImport.title')}>
        <Flex vertical gap={12}>
          <Alert
            type="info"
            showIcon
            title={t('policyImport.hint')}
            description={t('policyImport.columns')}
          />
          <Upload.Dragger
            accept=".csv,.xlsx"
            maxCount={1}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            data-testid="policy-file"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('policyImport.choose')}</p>
          </Upload.Dragger>
          <Space wrap>
            <Input
              style={{ width: 380 }}
              value={branchDefault}
              onChange={(e) => setBranchDefault(e.target.value)}
              placeholder={t('policyImport.branchDefault')}
              data-testid="policy-branch-default"
            />
            <Button
              type="primary"
              icon={<UploadOutlined />}
              disabled={!file}
              loading={upload.isPending}
              onClick={start}
              {...testId('policy-import-start')}
            >
              {t('policyImport.start')}
            </Button>
          </Space>
          {current.data && <ImportOutcome detail={current.data} />}
          {current.error && <Alert type="error" title={current.error.message} />}
        </Flex>
      </Card>
      <Card title={t('policyImport.history')}>
        <Table<PolicyImportSummary>
          size="small"
          rowKey="id"
          loading={history.isLoading}
          dataSource={history.data?.items ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="policy-import-history"
          onRow={(r) => ({ onClick: () => setCurrentId(r.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('policyImport.startedAt'), dataIndex: 'startedAt', render: formatTime, width: 180 },
            { title: t('policyImport.file'), dataIndex: 'fileName' },
            { title: t('policyImport.by'), dataIndex: 'actorName', width: 120 },
            {
              title: t('policyImport.statusLabel'),
              dataIndex: 'status',
              width: 100,
              render: (s: PolicyImportStatus) => (
                <Tag color={STATUS_COLOR[s]}>{t(`policyImport.status.${s}`)}</Tag>
              ),
            },
            { title: t('policyImport.inserted'), dataIndex: 'inserted', width: 90 },
            { title: t('policyImport.updated'), dataIndex: 'updated', width: 90 },
            { title: t('policyImport.rejected'), dataIndex: 'rejected', width: 90 },
          ]}
        />
      </Card>
    </Flex>
  );
};
