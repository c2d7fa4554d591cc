import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationMove } from './api.ts';

type Values = { note?: string; recipient?: string; outcome?: 'pay' | 'refuse' };

/** Asks for what the move's input guards name (a note, the recipient, the outcome); the server checks them again. */
export const MoveDialog = ({
  move,
  busy,
  onCancel,
  onSubmit,
}: {
  move: ApplicationMove | null;
  busy: boolean;
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
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then(onSubmit)}
      destroyOnHidden
      data-testid="claim-app-dialog"
    >
      <Form form={form} layout="vertical" preserve={false}>
        {asks('recipient') && (
          <Form.Item name="recipient" label={t('claimDesk.recipient')} rules={[{ required: true }]}>
            <Input data-testid="claim-app-recipient" />
          </Form.Item>
        )}
        {asks('outcome') && (
          <Form.Item name="outcome" label={t('claimDesk.outcome')} rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: 'pay', label: t('claimDesk.pay') },
                { value: 'refuse', label: t('claimDesk.refuse') },
              ]}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('claimDesk.note')} rules={[{ required: asks('note') }]}>
          <Input.TextArea rows={3} data-testid="claim-app-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
