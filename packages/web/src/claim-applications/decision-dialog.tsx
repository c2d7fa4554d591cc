import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Role } from '@claimline/domain/access';
import { Alert, AutoComplete, Button, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';
import { formatYuan, yuanInput, yuanToFen } from '../shell/money.ts';
import { MoneyInput } from '../shell/money-input.tsx';
import { type ApplicationDetail, type ApplicationMove, authorityFor, type DecideBody } from './api.ts';

type Kind = 'pay' | 'partial' | 'refuse';
type ReasonValues = {
  text: string;
  source: 'contract' | 'law';
  clause?: string;
  law?: string;
  article?: string;
};
type Values = { kind: Kind; amount?: string; reasons?: ReasonValues[]; note?: string };

/** Laws a reason usually cites; any other can be typed (the letter prints what is cited, never internal rules). */
const LAWS = ['《中华人民共和国保险法》', '《中华人民共和国民法典》', '《中华人民共和国道路交通安全法》'];

/**
 * 理赔决定 (seed 004 四 7; Insurance Law arts. 23, 24): pay, pay part or refuse. The amount starts at the payable of
 * the assessment; a partial payment or a refusal gives its reasons, each citing a contract clause or a law article.
 * Whether it is within this person's authority is read off the authority table the server sent.
 */
export const DecisionDialog = ({
  move,
  detail,
  role,
  busy,
  error,
  onCancel,
  onSubmit,
}: {
  move: ApplicationMove | null;
  detail: ApplicationDetail;
  role: Role;
  busy: boolean;
  /** The server's refusal of the last try, shown where the person is looking. */
  error?: string | undefined;
  onCancel: () => void;
  onSubmit: (body: DecideBody) => void;
}) => {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'pay';
  const amount = Form.useWatch('amount', form);
  const a = detail.application;
  const payableFen = a.payout?.payableFen ?? a.assessedAmountFen ?? 0;
  const advanceFen = a.advance?.amountFen ?? 0;
  // As the server weighs it (facts.ts amountAtStake): a refusal withholds the payable.
  const atStake = kind === 'refuse' ? payableFen : yuanToFen(amount ?? '');
  const authority = atStake === null ? null : authorityFor(role, a.authority.table, atStake);
  const submit = (v: Values) =>
    onSubmit({
      outcome: v.kind,
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      ...(v.kind === 'refuse' ? {} : { amountFen: yuanToFen(v.amount ?? '') ?? 0 }),
      reasons:
        v.kind === 'pay'
          ? []
          : (v.reasons ?? []).map((r) => ({
              text: r.text.trim(),
              basis:
                r.source === 'contract'
                  ? { source: 'contract' as const, clause: (r.clause ?? '').trim() }
                  : { source: 'law' as const, law: (r.law ?? '').trim(), article: (r.article ?? '').trim() },
            })),
    });
  return (
    <Modal
      open={move !== null}
      width={760}
      title={move ? (i18n.language === 'en' ? move.label.en : move.label.zh) : ''}
      okText={authority && !authority.within ? t('claimDesk.submitForApproval') : t('claimDesk.confirm')}
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
      {advanceFen > 0 && (
        <Alert
          type="info"
          style={{ marginBottom: 12 }}
          data-testid="decide-advance"
          message={t('claimFinish.decideAfterAdvance', { amount: formatYuan(advanceFen) })}
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'pay', amount: yuanInput(payableFen), reasons: [] }}
        onValuesChange={(changed: Partial<Values>) => {
          // Partial payment and refusal state their reasons (art. 24): offer the first line at once.
          if (changed.kind && changed.kind !== 'pay' && (form.getFieldValue('reasons') ?? []).length === 0)
            form.setFieldValue('reasons', [{ text: '', source: 'contract' }]);
        }}
      >
        <Form.Item name="kind" label={t('claimDesk.outcome')} rules={[{ required: true }]}>
          <Radio.Group
            data-testid="decide-kind"
            options={(['pay', 'partial', 'refuse'] as const).map((k) => ({
              value: k,
              label: t(`claimDesk.decisionKind.${k}`),
            }))}
          />
        </Form.Item>
        {kind !== 'refuse' && (
          <Form.Item
            name="amount"
            label={t('claimDesk.amountYuan')}
            extra={t('claimDesk.payableIs', { amount: formatYuan(payableFen) })}
            rules={[
              {
                validator: (_, v: string | undefined) => {
                  const fen = yuanToFen(v ?? '');
                  if (fen === null) return Promise.reject(new Error(t('claimDesk.yuanInvalid')));
                  // Art. 25: the advance was the amount already determined; the decision pays at least that.
                  if (fen < advanceFen)
                    return Promise.reject(
                      new Error(t('claimFinish.decideAfterAdvance', { amount: formatYuan(advanceFen) })),
                    );
                  return Promise.resolve();
                },
              },
            ]}
          >
            <MoneyInput data-testid="decide-amount" />
          </Form.Item>
        )}
        {kind !== 'pay' && (
          <Form.List name="reasons">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, n) => (
                  <Space key={f.key} align="start" wrap>
                    <Form.Item
                      name={[f.name, 'text']}
                      label={t('claimDesk.reason')}
                      rules={[{ required: true }]}
                    >
                      <Input style={{ width: 220 }} data-testid={`decide-reason-${n}-text`} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'source']}
                      label={t('claimDesk.basis')}
                      rules={[{ required: true }]}
                    >
                      <Select
                        style={{ width: 110 }}
                        options={[
                          { value: 'contract', label: t('claimDesk.basisContract') },
                          { value: 'law', label: t('claimDesk.basisLaw') },
                        ]}
                      />
                    </Form.Item>
                    <Form.Item noStyle dependencies={[['reasons', f.name, 'source']]}>
                      {() =>
                        form.getFieldValue(['reasons', f.name, 'source']) === 'law' ? (
                          <Space align="start">
                            <Form.Item
                              name={[f.name, 'law']}
                              label={t('claimDesk.law')}
                              rules={[{ required: true }]}
                            >
                              <AutoComplete
                                style={{ width: 200 }}
                                options={LAWS.map((value) => ({ value }))}
                              />
                            </Form.Item>
                            <Form.Item
                              name={[f.name, 'article']}
                              label={t('claimDesk.article')}
                              rules={[{ required: true }]}
                            >
                              <Input style={{ width: 110 }} placeholder="第十六条" />
                            </Form.Item>
                          </Space>
                        ) : (
                          <Form.Item
                            name={[f.name, 'clause']}
                            label={t('claimDesk.clause')}
                            rules={[{ required: true }]}
                          >
                            <Input
                              style={{ width: 200 }}
                              placeholder="第十二条第（三）项"
                              data-testid={`decide-reason-${n}-clause`}
                            />
                          </Form.Item>
                        )
                      }
                    </Form.Item>
                    <Button
                      style={{ marginTop: 30 }}
                      icon={<DeleteOutlined />}
                      aria-label={t('claimDesk.removeItem')}
                      onClick={() => remove(f.name)}
                    />
                  </Space>
                ))}
                <Form.Item>
                  <Button icon={<PlusOutlined />} onClick={() => add({ text: '', source: 'contract' })}>
                    {t('claimDesk.addReason')}
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
        )}
        <Form.Item
          name="note"
          label={t('claimDesk.note')}
          rules={[{ required: move?.inputs.includes('note') ?? false }]}
        >
          <Input.TextArea rows={2} data-testid="claim-app-note" />
        </Form.Item>
        {authority && (
          <Alert
            showIcon
            type={authority.within ? 'success' : 'warning'}
            data-testid="decide-authority"
            data-within={String(authority.within)}
            message={
              authority.within
                ? t('claimDesk.withinAuthority', {
                    limit:
                      authority.heldMaxFen === null
                        ? t('claimDesk.noLimit')
                        : formatYuan(authority.heldMaxFen),
                  })
                : t('claimDesk.aboveAuthority', { level: t(`claimDesk.level.${authority.required}`) })
            }
          />
        )}
      </Form>
    </Modal>
  );
};
