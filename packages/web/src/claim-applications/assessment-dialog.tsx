import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';
import { yuanToFen } from '../shell/money.ts';
import { MoneyInput } from '../shell/money-input.tsx';
import type { ApplicationMove, AssessmentBody } from './api.ts';

type ItemValues = { zh: string; en?: string; loss: string; limit?: string };
type Mode = 'itemised' | 'lumpSum';
type Values = { mode: Mode; items?: ItemValues[]; lump?: string; note?: string };

/**
 * 损失核定 (seed 004 四 4): the loss items with their amounts typed in yuan and sent as exact fen, or one lump sum
 * for a benefit that is not itemised (a death or disability sum); the server runs calculatePayout (sub-limits, the
 * policy's deductible, rate and proportion, sum insured) and the detail shows its breakdown after saving.
 */
export const AssessmentDialog = ({
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
  onSubmit: (body: AssessmentBody) => void;
}) => {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const yuanRule = (required: boolean) => ({
    validator: (_: unknown, v: string | undefined) =>
      (!required && !v?.trim()) || yuanToFen(v ?? '') !== null
        ? Promise.resolve()
        : Promise.reject(new Error(t('claimDesk.yuanInvalid'))),
  });
  const mode = Form.useWatch('mode', form) ?? 'itemised';
  const submit = (v: Values) =>
    onSubmit({
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      ...(v.mode === 'lumpSum'
        ? { assessedAmountFen: yuanToFen(v.lump ?? '') ?? 0 }
        : { items: (v.items ?? []).map(item) }),
    });
  const item = (i: ItemValues) => {
    const limitFen = i.limit?.trim() ? yuanToFen(i.limit) : null;
    return {
      zh: i.zh.trim(),
      // The English label is optional to type: the Chinese one stands in (the letters print Chinese).
      en: i.en?.trim() || i.zh.trim(),
      lossFen: yuanToFen(i.loss) ?? 0,
      ...(limitFen !== null ? { limitFen } : {}),
    };
  };
  return (
    <Modal
      open={move !== null}
      width={760}
      title={move ? (i18n.language === 'en' ? move.label.en : move.label.zh) : ''}
      okText={t('claimDesk.confirm')}
      okButtonProps={testId('claim-app-dialog-ok')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then(submit)}
      destroyOnHidden
    >
      {error && (
        <Alert
          type="error"
          message={error}
          style={{ marginBottom: 12 }}
          data-testid="claim-app-dialog-error"
        />
      )}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ mode: 'itemised', items: [{ zh: '', loss: '' }] }}
      >
        <Form.Item name="mode" label={t('claimFinish.assessMode')}>
          <Radio.Group
            data-testid="assess-mode"
            options={[
              { value: 'itemised', label: t('claimFinish.itemised') },
              { value: 'lumpSum', label: t('claimFinish.lumpSum') },
            ]}
          />
        </Form.Item>
        {mode === 'lumpSum' && (
          <>
            <Typography.Paragraph type="secondary">{t('claimFinish.lumpSumHint')}</Typography.Paragraph>
            <Form.Item
              name="lump"
              label={t('claimFinish.lumpSumAmount')}
              rules={[{ required: true, message: t('claimDesk.yuanInvalid') }, yuanRule(true)]}
            >
              <MoneyInput data-testid="assess-lump" />
            </Form.Item>
          </>
        )}
        {mode === 'itemised' && (
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, n) => (
                  <Space key={f.key} align="start" wrap>
                    <Form.Item
                      name={[f.name, 'zh']}
                      label={t('claimDesk.lossItem')}
                      rules={[{ required: true }]}
                    >
                      <Input style={{ width: 160 }} data-testid={`assess-item-${n}-zh`} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'en']} label={t('claimDesk.lossItemEn')}>
                      <Input style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'loss']}
                      label={t('claimDesk.lossYuan')}
                      rules={[{ required: true, message: t('claimDesk.yuanInvalid') }, yuanRule(true)]}
                    >
                      <MoneyInput style={{ width: 150 }} data-testid={`assess-item-${n}-loss`} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'limit']}
                      label={t('claimDesk.limitYuan')}
                      rules={[yuanRule(false)]}
                    >
                      <MoneyInput style={{ width: 140 }} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button
                        style={{ marginTop: 30 }}
                        icon={<DeleteOutlined />}
                        aria-label={t('claimDesk.removeItem')}
                        onClick={() => remove(f.name)}
                      />
                    )}
                  </Space>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ zh: '', loss: '' })}
                  data-testid="assess-add"
                >
                  {t('claimDesk.addItem')}
                </Button>
              </>
            )}
          </Form.List>
        )}
        <Form.Item
          name="note"
          label={t('claimDesk.findings')}
          style={{ marginTop: 12 }}
          rules={[{ required: move?.inputs.includes('note') ?? false }]}
        >
          <Input.TextArea rows={3} data-testid="claim-app-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
