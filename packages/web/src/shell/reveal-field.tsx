import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReveal } from '../api/cases.ts';
import { isApiError } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';
import { testId } from './format.ts';
import { useFeedback } from './use-feedback.ts';

/** How the full value is fetched: the case's reveal by default; another object's reveal (a question) otherwise. */
export type RevealMutation = {
  isPending: boolean;
  mutate: (
    input: { field: string; eventId?: string; rowId?: string; reason: string },
    handlers: { onSuccess: (r: { value: string | null }) => void; onError: (e: Error) => void },
  ) => void;
};

type Props = {
  caseId: string;
  via?: RevealMutation | undefined;
  /** A customer field, or a sealed free text as `table.column` (an ID or phone number typed into it). */
  field: string;
  /** For a timeline note: the event it belongs to. */
  eventId?: string;
  /** For an approval's or survey task's note: its row (issue #18 part 6). */
  rowId?: string;
  masked: string;
  canReveal: boolean;
};

const maskedTestId = (field: string, rowOrEvent?: string) =>
  field === 'customerPhone'
    ? 'case-phone'
    : field === 'customerName'
      ? 'case-customer-name'
      : `sealed-${field}${rowOrEvent ? `-${rowOrEvent}` : ''}`;

/** Shows the masked value; with `personal.reveal`, the full value after a reason (the server audits it). */
export const RevealField = ({ caseId, via, field, eventId, rowId, masked, canReveal }: Props) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const caseReveal = useReveal(caseId);
  const reveal: RevealMutation = via ?? caseReveal;
  const { showError } = useFeedback();

  // A free text keeps its line breaks; a sealed text that comes back empty was never sealed: keep what is shown.
  const text = { whiteSpace: 'pre-wrap' } as const;
  if (value !== null)
    return (
      <span data-testid={`revealed-${field}`} style={text}>
        {value || masked}
      </span>
    );
  return (
    <Space size={4} align="start">
      <span data-testid={maskedTestId(field, eventId ?? rowId)} style={text}>
        {masked}
      </span>
      {canReveal && (
        <Button
          type="link"
          size="small"
          icon={<EyeOutlined />}
          onClick={() => setOpen(true)}
          data-testid={`reveal-${field}`}
        >
          {t('detail.reveal')}
        </Button>
      )}
      <Modal
        open={open}
        title={t('detail.reveal')}
        okText={t('common.ok')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        confirmLoading={reveal.isPending}
        destroyOnHidden
        okButtonProps={testId('reveal-submit')}
      >
        <Alert type="warning" showIcon title={t('detail.revealHint')} style={{ marginBottom: 16 }} />
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={({ reason }) =>
            reveal.mutate(
              { field, ...(eventId ? { eventId } : {}), ...(rowId ? { rowId } : {}), reason: reason.trim() },
              {
                onSuccess: (result) => {
                  setValue(result.value ?? '');
                  setOpen(false);
                },
                onError: (error) => {
                  if (isApiError(error) && applyFieldErrors(form, error, ['reason']).length === 0) return;
                  showError(error);
                },
              },
            )
          }
        >
          <Form.Item
            name="reason"
            label={t('detail.revealReason')}
            rules={[
              {
                required: true,
                whitespace: true,
                min: 4,
                max: 500,
                message: t('detail.revealReasonRequired'),
              },
            ]}
          >
            <Input.TextArea rows={2} data-testid="reveal-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
};
