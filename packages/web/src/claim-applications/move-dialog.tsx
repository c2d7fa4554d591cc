import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';
import type { ApplicationMove } from './api.ts';

type Values = { note?: string; recipient?: string };

/**
 * Asks for what a plain move's input guards name (a note, the recipient); assessment and decision have their own
 * dialogs. The server checks the inputs again.
 */
export const MoveDialog = ({
  move,
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  move: ApplicationMove | null;
  busy: boolean;
  /** The server's refusal of the last try, shown where the person is looking. */
  error?: string | undefined;
  onCancel: () => void;
  onSubmit: (values: Values) => void;
}) => {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const asks = (name: string) => move?.inputs.includes(name) ?? false;
  return (
    <Modal
      open={move !== null}
      title={move ? (i18n.language === 'en' ? move.label.en : move.label.zh) : ''}
      okText={t('claimDesk.confirm')}
      okButtonProps={testId('claim-app-dialog-ok')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() =>
        void form.validateFields().then((v) =>
          onSubmit({
            ...(v.note?.trim() ? { note: v.note.trim() } : {}),
            ...(v.recipient?.trim() ? { recipient: v.recipient.trim() } : {}),
          }),
        )
      }
      destroyOnHidden
      data-testid="claim-app-dialog"
    >
      {error && (
        <Alert
          type="error"
          message={error}
          style={{ marginBottom: 12 }}
          data-testid="claim-app-dialog-error"
        />
      )}
      <Form form={form} layout="vertical" preserve={false}>
        {asks('recipient') && (
          <Form.Item name="recipient" label={t('claimDesk.recipient')} rules={[{ required: true }]}>
            <Input data-testid="claim-app-recipient" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('claimDesk.note')} rules={[{ required: asks('note') }]}>
          <Input.TextArea rows={3} data-testid="claim-app-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
