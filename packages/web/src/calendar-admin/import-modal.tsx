import { Alert, Button, Descriptions, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDiff, CalendarSummary, NoticeDay } from '../api/types.ts';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type NoticeInput, useApplyImport, usePreviewImport } from './api.ts';

const DayList = ({ days }: { days: { date: string; label: string }[] }) =>
  days.length === 0 ? (
    <Typography.Text type="secondary">—</Typography.Text>
  ) : (
    <Space size={[4, 4]} wrap>
      {days.map((d) => (
        <Tag key={d.date}>{`${d.date} ${d.label}`}</Tag>
      ))}
    </Space>
  );

/** Pastes next year's notice, shows what it would change, and applies it only after that preview. */
export const ImportModal = ({
  calendar,
  open,
  onClose,
}: {
  calendar: CalendarSummary;
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const [form] = Form.useForm<NoticeInput>();
  const [previewed, setPreviewed] = useState<{ input: NoticeInput; diff: CalendarDiff } | null>(null);
  const preview = usePreviewImport(calendar.id);
  const apply = useApplyImport(calendar.id);
  const typeName = (d: NoticeDay) => `${t(`calendar.types.${d.type}`)} ${d.name}`;

  const runPreview = async () => {
    const input = await form.validateFields();
    preview.mutate(input, { onSuccess: (diff) => setPreviewed({ input, diff }), onError: showError });
  };
  const runApply = () => {
    if (!previewed) return;
    apply.mutate(
      { ...previewed.input, version: previewed.diff.version },
      {
        onSuccess: (r) => {
          void message.success(t('calendar.applied', { moved: r.movedDeadlines }));
          setPreviewed(null);
          form.resetFields();
          onClose();
        },
        onError: showError,
      },
    );
  };
  const diff = previewed?.diff;
  const changes = diff
    ? diff.added.length + diff.removed.length + diff.changedType.length + diff.renamed.length
    : 0;

  return (
    <Modal
      open={open}
      width={760}
      title={`${t('calendar.import')} · ${calendar.name}`}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button
          key="preview"
          onClick={() => void runPreview()}
          loading={preview.isPending}
          {...testId('import-preview')}
        >
          {t('calendar.preview')}
        </Button>,
        <Button
          key="apply"
          type="primary"
          disabled={!diff || changes === 0}
          loading={apply.isPending}
          onClick={runApply}
          {...testId('import-apply')}
        >
          {t('calendar.apply')}
        </Button>,
      ]}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ format: 'csv', text: '' }}
        onValuesChange={() => setPreviewed(null)}
      >
        <Form.Item name="format" label={t('calendar.format')}>
          <Select
            options={[
              { value: 'csv', label: 'CSV' },
              { value: 'json', label: 'JSON' },
            ]}
            style={{ width: 120 }}
          />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('calendar.text')}
          extra={t('calendar.textHint')}
          rules={[{ required: true, whitespace: true, message: t('calendar.textRequired') }]}
        >
          <Input.TextArea
            rows={8}
            data-testid="import-text"
            placeholder={'date,type,name\n2027-01-01,放假,元旦'}
            style={{ fontFamily: 'monospace' }}
          />
        </Form.Item>
      </Form>
      {diff && (
        <div data-testid="import-diff">
          {changes === 0 && (
            <Alert type="info" showIcon title={t('calendar.noChanges')} style={{ marginBottom: 12 }} />
          )}
          <Descriptions
            size="small"
            column={1}
            bordered
            title={t('calendar.years', { years: diff.years.join(', ') })}
          >
            <Descriptions.Item label={`${t('calendar.added')} (${diff.added.length})`}>
              <DayList days={diff.added.map((d) => ({ date: d.date, label: typeName(d) }))} />
            </Descriptions.Item>
            <Descriptions.Item label={`${t('calendar.removed')} (${diff.removed.length})`}>
              <DayList days={diff.removed.map((d) => ({ date: d.date, label: typeName(d) }))} />
            </Descriptions.Item>
            <Descriptions.Item label={`${t('calendar.changedType')} (${diff.changedType.length})`}>
              <DayList
                days={diff.changedType.map((d) => ({ date: d.date, label: `${d.from} → ${d.to} ${d.name}` }))}
              />
            </Descriptions.Item>
            <Descriptions.Item label={`${t('calendar.renamed')} (${diff.renamed.length})`}>
              <DayList days={diff.renamed.map((d) => ({ date: d.date, label: `${d.from} → ${d.to}` }))} />
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary">
            {t('calendar.unchanged', { count: diff.unchanged })}
          </Typography.Text>
        </div>
      )}
    </Modal>
  );
};
