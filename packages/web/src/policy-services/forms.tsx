import type { FormInstance } from 'antd';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { isApiError } from '../api/client.ts';
import { CHANNELS } from '../api/types.ts';
import { yuanToFen } from '../shell/money.ts';
import { MoneyInput } from '../shell/money-input.tsx';
import {
  CHANGE_TYPE_LABELS,
  CHANGE_TYPES,
  newIdempotencyKey,
  type ServicePolicyHit,
  SURRENDER_REASON_LABELS,
  SURRENDER_REASONS,
  useRegisterService,
} from './api.ts';
import { PolicyLookup } from './policy-lookup.tsx';

type Say = (l: { zh: string; en: string }) => string;
const useSay = (): Say => {
  const { i18n } = useTranslation();
  return (l) => (i18n.language === 'en' ? l.en : l.zh);
};

/** The server's field refusals on the fields they name ("fields.beneficiaries.0.idNumber" → that input). */
const showFieldErrors = (form: FormInstance, e: unknown) => {
  if (!isApiError(e)) return;
  form.setFields(
    e.details.map((d) => ({
      name: d.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      errors: [d.message],
    })),
  );
};

/** What both forms ask after the look-up: how the request came in and who made it. */
const Caller = () => {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="channel" label={t('policyService.channel')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
        />
      </Form.Item>
      <Space size="large" wrap>
        <Form.Item
          name="customerName"
          label={t('policyService.customerName')}
          rules={[{ required: true, whitespace: true, max: 50 }]}
        >
          <Input style={{ width: 220 }} data-testid="service-customer-name" />
        </Form.Item>
        <Form.Item name="customerPhone" label={t('policyService.customerPhone')}>
          <Input style={{ width: 220 }} data-testid="service-customer-phone" />
        </Form.Item>
      </Space>
    </>
  );
};

const useSubmit = (path: '/api/surrenders' | '/api/endorsements') => {
  const navigate = useNavigate();
  const register = useRegisterService(path);
  // One key per form: a retry after a lost answer replays; a refusal lets the next try use a new one.
  const [idempotencyKey, setKey] = useState(newIdempotencyKey);
  const submit = (form: FormInstance, body: Record<string, unknown>) =>
    register.mutate(
      { body: body as never, idempotencyKey },
      {
        onSuccess: (d) => navigate(`/policy-services/${d.id}`),
        onError: (e) => {
          if (isApiError(e) && e.status > 0 && e.status < 500) setKey(newIdempotencyKey());
          showFieldErrors(form, e);
        },
      },
    );
  return { submit, register };
};

const trimmed = (v: string | undefined) => v?.trim() || undefined;

/** 退保 (seed 003 第五条): look-up, caller, reason code and note. */
export const SurrenderForm = () => {
  const { t } = useTranslation();
  const say = useSay();
  const [form] = Form.useForm();
  const [hit, setHit] = useState<ServicePolicyHit | null>(null);
  const { submit, register } = useSubmit('/api/surrenders');
  const reason = Form.useWatch('reason', form);
  return (
    <Card title={t('policyService.surrenderTitle')} data-testid="surrender-form">
      <PolicyLookup kind="surrender" hit={hit} onHit={setHit} />
      {register.error && <Alert type="error" message={register.error.message} data-testid="service-error" />}
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 640, marginTop: 16 }}
        initialValues={{ channel: 'phone' }}
        onFinish={(v) =>
          submit(form, {
            policyId: hit?.policy.id,
            channel: v.channel,
            customerName: v.customerName.trim(),
            customerPhone: trimmed(v.customerPhone),
            reason: v.reason,
            reasonNote: v.reasonNote?.trim() ?? '',
          })
        }
      >
        <Caller />
        <Form.Item name="reason" label={t('policyService.reason')} rules={[{ required: true }]}>
          <Select
            data-testid="surrender-reason"
            options={SURRENDER_REASONS.map((r) => ({ value: r, label: say(SURRENDER_REASON_LABELS[r]) }))}
          />
        </Form.Item>
        <Form.Item
          name="reasonNote"
          label={t('policyService.reasonNote')}
          extra={t('policyService.reasonNoteHint')}
          rules={[{ required: reason === 'other', whitespace: true, message: t('policyService.required') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} data-testid="surrender-reason-note" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          disabled={!hit}
          loading={register.isPending}
          data-testid="service-submit"
        >
          {t('policyService.submit')}
        </Button>
      </Form>
    </Card>
  );
};

const text = (name: string | (string | number)[], label: string, testId: string, max = 200) => (
  <Form.Item name={name} label={label} rules={[{ required: true, whitespace: true, max }]}>
    <Input data-testid={testId} />
  </Form.Item>
);

/** The fields of each change type (domain validateChange checks them again on the server). */
const ChangeFields = ({ type }: { type: string | undefined }) => {
  const { t } = useTranslation();
  const f = (n: string) => ['fields', n];
  switch (type) {
    case 'beneficiary':
      return (
        <Form.List name={['fields', 'beneficiaries']} initialValue={[{ sharePercent: 100 }]}>
          {(rows, { add, remove }) => (
            <Card size="small" title={t('policyService.beneficiaries')}>
              {rows.map((row) => (
                <Space key={row.key} wrap align="start">
                  {text(
                    [row.name, 'name'],
                    t('policyService.beneficiaryName'),
                    `beneficiary-name-${row.name}`,
                    30,
                  )}
                  {text(
                    [row.name, 'idNumber'],
                    t('policyService.beneficiaryId'),
                    `beneficiary-id-${row.name}`,
                    30,
                  )}
                  {text(
                    [row.name, 'relation'],
                    t('policyService.beneficiaryRelation'),
                    `beneficiary-relation-${row.name}`,
                    20,
                  )}
                  <Form.Item
                    name={[row.name, 'sharePercent']}
                    label={t('policyService.beneficiaryShare')}
                    rules={[{ required: true }]}
                  >
                    <InputNumber
                      min={1}
                      max={100}
                      precision={0}
                      data-testid={`beneficiary-share-${row.name}`}
                    />
                  </Form.Item>
                  {rows.length > 1 && <Button onClick={() => remove(row.name)}>−</Button>}
                </Space>
              ))}
              {rows.length < 5 && (
                <Button onClick={() => add({})}>{t('policyService.addBeneficiary')}</Button>
              )}
            </Card>
          )}
        </Form.List>
      );
    case 'address':
      return text(f('address'), t('policyService.address'), 'change-address');
    case 'phone':
      return text(f('phone'), t('policyService.phone'), 'change-phone', 30);
    case 'plate':
      return text(f('plate'), t('policyService.plate'), 'change-plate', 20);
    case 'paymentAccount':
      return (
        <>
          {text(f('bankName'), t('policyService.bankName'), 'change-bank', 50)}
          {text(f('accountName'), t('policyService.accountName'), 'change-account-name', 50)}
          {text(f('accountNo'), t('policyService.accountNo'), 'change-account-no', 40)}
        </>
      );
    case 'sumInsured':
      return (
        <Space wrap align="start">
          <Form.Item
            name={f('newSumInsuredYuan')}
            label={t('policyService.newSumInsured')}
            rules={[{ required: true }]}
          >
            <MoneyInput data-testid="change-sum-insured" />
          </Form.Item>
          <Form.Item
            name={f('effectiveDate')}
            label={t('policyService.effectiveDate')}
            rules={[{ required: true }]}
          >
            <DatePicker data-testid="change-effective-date" />
          </Form.Item>
        </Space>
      );
    case 'other':
      return text(f('description'), t('policyService.description'), 'change-description', 500);
    default:
      return null;
  }
};

/** A new sum insured is typed in yuan and sent in exact fen; its date as the Beijing calendar day. */
const changeFieldsOf = (type: string, fields: Record<string, unknown>) => {
  if (type !== 'sumInsured') return fields;
  const date = fields.effectiveDate as Dayjs | undefined;
  return {
    newSumInsuredFen: yuanToFen(String(fields.newSumInsuredYuan ?? '')) ?? 0,
    effectiveDate: date?.format('YYYY-MM-DD') ?? '',
  };
};

/** 批改 (seed 003 第六条): look-up, caller, the change with its own fields, the policyholder's ID when needed. */
export const EndorsementForm = () => {
  const { t } = useTranslation();
  const say = useSay();
  const [form] = Form.useForm();
  const [hit, setHit] = useState<ServicePolicyHit | null>(null);
  const { submit, register } = useSubmit('/api/endorsements');
  const type = Form.useWatch('changeType', form) as string | undefined;
  return (
    <Card title={t('policyService.endorsementTitle')} data-testid="endorsement-form">
      <PolicyLookup kind="endorsement" hit={hit} onHit={setHit} />
      {register.error && <Alert type="error" message={register.error.message} data-testid="service-error" />}
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 900, marginTop: 16 }}
        initialValues={{ channel: 'walkIn' }}
        onFinish={(v) =>
          submit(form, {
            policyId: hit?.policy.id,
            channel: v.channel,
            customerName: v.customerName.trim(),
            customerPhone: trimmed(v.customerPhone),
            changeType: v.changeType,
            fields: changeFieldsOf(v.changeType, v.fields ?? {}),
            holderIdNumber: trimmed(v.holderIdNumber),
          })
        }
      >
        <Caller />
        <Form.Item name="changeType" label={t('policyService.changeType')} rules={[{ required: true }]}>
          <Select
            data-testid="endorsement-type"
            options={CHANGE_TYPES.map((c) => ({ value: c, label: say(CHANGE_TYPE_LABELS[c]) }))}
          />
        </Form.Item>
        <ChangeFields type={type} />
        {type === 'beneficiary' && (
          <>
            {hit && !hit.holderVerifiable && (
              <Alert
                type="warning"
                message={t('policyService.holderNotVerifiable')}
                style={{ margin: '12px 0' }}
              />
            )}
            <Form.Item
              name="holderIdNumber"
              label={t('policyService.holderIdNumber')}
              extra={t('policyService.holderIdHint')}
              style={{ marginTop: 12 }}
            >
              <Input style={{ width: 260 }} data-testid="endorsement-holder-id" />
            </Form.Item>
          </>
        )}
        <Button
          type="primary"
          htmlType="submit"
          disabled={!hit}
          loading={register.isPending}
          data-testid="service-submit"
          style={{ marginTop: 12 }}
        >
          {t('policyService.submit')}
        </Button>
      </Form>
    </Card>
  );
};
