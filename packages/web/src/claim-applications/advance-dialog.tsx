import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';
import { yuanToFen } from '../shell/money.ts';
import { MoneyInput } from '../shell/money-input.tsx';
import type { AdvanceBody, ApplicationMove } from './api.ts';

type Values = { amount: string; payee: string; basis: string; note?: string };

/**
 * 先予支付 (Insurance Law art. 25): the amount that can already be determined, typed in yuan and sent as exact fen,
 * to whom and on what basis. The server checks it against what may be owed so far and meets the art. 25 deadline.
 */
export const AdvanceDialog = ({
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
  onSubmit: (body: AdvanceBody) => void;
}) => {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const positiveYuan = {
    validator: (_: unknown, v: string | undefined) =>
      (yuanToFen(v ?? '') ?? 0) > 0
        ? Promise.resolve()
        : Promise.reject(new Error(t('claimDesk.yuanInvalid'))),
  };
  const submit = (v: Values) =>
    onSubmit({
      amountFen: yuanToFen(v.amount) ?? 0,
      payee: v.payee.trim(),
      basis: v.basis.trim(),
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    });
  return (
    <Modal
      open={move !== null}
      title={move ? (i18n.language === 'en' ? move.label.en : move.label.zh) : ''}
      okText={t('claimDesk.confirm')}
      okButtonProps={testId('claim-app-dialog-ok')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then(submit)}
      destroyOnHidden
      data-testid="claim-app-advance-dialog"
    >
      <Typography.Paragraph type="secondary">{t('claimFinish.advanceHint')}</Typography.Paragraph>
      {error && (
        <Alert
          type="error"
          message={error}
          style={{ marginBottom: 12 }}
          data-testid="claim-app-dialog-error"
        />
      )}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="amount"
          label={t('claimFinish.advanceAmount')}
          rules={[{ required: true }, positiveYuan]}
        >
          <MoneyInput data-testid="advance-amount" />
        </Form.Item>
        <Form.Item name="payee" label={t('claimFinish.payee')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} data-testid="advance-payee" />
        </Form.Item>
        <Form.Item name="basis" label={t('claimFinish.basis')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="advance-basis" />
        </Form.Item>
        <Form.Item name="note" label={t('claimDesk.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
