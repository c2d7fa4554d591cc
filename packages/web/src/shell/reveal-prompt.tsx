import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';
import { testId } from './format.ts';
import { useFeedback } from './use-feedback.ts';

/** The words of one reveal dialog (already translated) and the reason's length the server accepts. */
export type RevealWords = {
  button: string;
  hint: string;
  reasonLabel: string;
  reasonRequired: string;
  reasonMin: number;
  reasonMax: number;
};

type Props = {
  masked: string;
  canReveal: boolean;
  words: RevealWords;
  /** Sends the reason; answers the full value (null or empty: nothing sealed, the masked text stays). */
  reveal: {
    isPending: boolean;
    send: (reason: string, done: (value: string | null) => void, failed: (e: Error) => void) => void;
  };
  testIds: { masked: string; revealed: string; button: string };
  style?: CSSProperties;
};

/**
 * A masked value and, for those who may, the full value after a reason (C11: the server audits every reveal).
 * One dialog for every reveal in the console: case fields, sealed texts, questions, ring entities.
 */
export const RevealPrompt = ({ masked, canReveal, words, reveal, testIds, style }: Props) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const { showError } = useFeedback();
  if (value !== null)
    return (
      <span data-testid={testIds.revealed} style={style}>
        {value || masked}
      </span>
    );
  return (
    <Space size={4} align="start">
      <span data-testid={testIds.masked} style={style}>
        {masked}
      </span>
      {canReveal && (
        <Button
          type="link"
          size="small"
          icon={<EyeOutlined />}
          onClick={() => setOpen(true)}
          data-testid={testIds.button}
        >
          {words.button}
        </Button>
      )}
      <Modal
        open={open}
        title={words.button}
        okText={t('common.ok')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        confirmLoading={reveal.isPending}
        destroyOnHidden
        okButtonProps={testId('reveal-submit')}
      >
        <Alert type="warning" showIcon title={words.hint} style={{ marginBottom: 16 }} />
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={({ reason }) =>
            reveal.send(
              reason.trim(),
              (full) => {
                setValue(full ?? '');
                setOpen(false);
              },
              (error) => {
                // A refusal about the reason goes on the field; any other (no permission, gone) is said aloud.
                if (
                  isApiError(error) &&
                  error.details.length > 0 &&
                  applyFieldErrors(form, error, ['reason']).length === 0
                )
                  return;
                showError(error);
              },
            )
          }
        >
          <Form.Item
            name="reason"
            label={words.reasonLabel}
            rules={[
              {
                required: true,
                whitespace: true,
                min: words.reasonMin,
                max: words.reasonMax,
                message: words.reasonRequired,
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
