import { CONSULTATION_CATEGORIES, CONSULTATION_CATEGORY_LABELS } from '@claimline/domain/cases';
import { Button, Card, Flex, Form, Input, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useCreateCase } from '../api/cases.ts';
import { ApiError, newIdempotencyKey } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';
import { CHANNELS, type Channel, type NewCase } from '../api/types.ts';
import { CUSTOMER_NAME_MAX, DESCRIPTION_MAX, isCustomerPhone, SUBJECT_MAX } from '../cases/validation.ts';
import { KnowledgeSuggestions } from '../knowledge/suggestion-panel.tsx';
import {
  CaseKindPicker,
  type FormKind,
  isFormKind,
  OtherDesk,
} from '../policy-services/case-kind-picker.tsx';
import { EndorsementForm, SurrenderForm } from '../policy-services/forms.tsx';
import { useFormKeyboard } from '../shell/form-keyboard.ts';
import { arrivalAtRecord } from '../shell/keyboard-layer.tsx';
import { useFeedback } from '../shell/use-feedback.ts';

type Values = {
  category?: string;
  channel: Channel;
  subject: string;
  description: string;
  customerName?: string;
  customerPhone?: string;
};

const FIELDS = ['category', 'channel', 'subject', 'description', 'customerName', 'customerPhone'] as const;

const toInput = (kind: 'consultation' | 'suggestion', v: Values): NewCase => {
  const customerName = v.customerName?.trim();
  const customerPhone = v.customerPhone?.trim();
  return {
    kind,
    ...(kind === 'consultation' && v.category ? { category: v.category as NewCase['category'] } : {}),
    channel: v.channel,
    subject: v.subject.trim(),
    description: v.description.trim(),
    ...(customerName ? { customerName } : {}),
    ...(customerPhone ? { customerPhone } : {}),
  };
};

/** A retry after a lost answer (network, 5xx) must reuse the key; a definite refusal may use a new one. */
const keepsKey = (error: unknown) =>
  !(error instanceof ApiError) || error.status === 0 || error.status >= 500;

/**
 * A form for every case kind (issue 15 part 4): the kind is picked first; consultations and suggestions use the
 * form below, surrenders and endorsements their own forms, complaints and claim applications their desks' forms.
 */
export const NewCasePage = () => {
  const [params, setParams] = useSearchParams();
  const asked = params.get('kind') ?? '';
  const kind: FormKind = isFormKind(asked) ? asked : 'consultation';
  const pick = (k: FormKind) => setParams({ kind: k }, { replace: true });
  return (
    <Flex vertical gap={16}>
      <CaseKindPicker value={kind} onChange={pick} />
      {kind === 'surrender' && <SurrenderForm />}
      {kind === 'endorsement' && <EndorsementForm />}
      {(kind === 'complaint' || kind === 'claimApplication') && <OtherDesk kind={kind} />}
      {(kind === 'consultation' || kind === 'suggestion') && <CaseForm key={kind} kind={kind} />}
    </Flex>
  );
};

const CaseForm = ({ kind }: { kind: 'consultation' | 'suggestion' }) => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const typed = [Form.useWatch('subject', form), Form.useWatch('description', form)]
    .filter(Boolean)
    .join(' ');
  const create = useCreateCase();
  const { message, showError } = useFeedback();
  const { formProps, afterServerErrors } = useFormKeyboard();
  // One key per form: a double click or a retry of the same submission never creates a second case.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  const onFinish = (values: Values) => {
    if (create.isPending) return;
    create.mutate(
      { input: toInput(kind, values), idempotencyKey },
      {
        onSuccess: (detail) => {
          void message.success(t('newCase.created', { number: detail.number }));
          navigate(`/cases/${detail.id}`, { state: arrivalAtRecord(detail.number) });
        },
        onError: (error) => {
          if (!keepsKey(error)) setIdempotencyKey(newIdempotencyKey());
          const rest = error instanceof ApiError ? applyFieldErrors(form, error, FIELDS) : [];
          afterServerErrors(form);
          if (!(error instanceof ApiError) || error.details.length === 0 || rest.length > 0) showError(error);
        },
      },
    );
  };

  return (
    <Flex gap={16} wrap align="flex-start">
      <Card
        title={t(kind === 'consultation' ? 'caseKinds.consultationTitle' : 'caseKinds.suggestionTitle')}
        style={{ maxWidth: 760, flex: '1 1 520px' }}
      >
        <Form<Values>
          {...formProps}
          form={form}
          layout="vertical"
          onFinish={onFinish}
          data-testid="new-case-form"
          initialValues={{ channel: 'phone' }}
        >
          {kind === 'consultation' && (
            <Form.Item name="category" label={t('caseKinds.category')}>
              <Select
                allowClear
                style={{ maxWidth: 320 }}
                data-testid="new-case-category"
                options={CONSULTATION_CATEGORIES.map((c) => ({
                  value: c,
                  label:
                    i18n.language === 'en'
                      ? CONSULTATION_CATEGORY_LABELS[c].en
                      : CONSULTATION_CATEGORY_LABELS[c].zh,
                }))}
              />
            </Form.Item>
          )}
          <Form.Item
            name="channel"
            label={t('cases.channel')}
            rules={[{ required: true, message: t('newCase.channelRequired') }]}
          >
            <Radio.Group
              optionType="button"
              data-testid="new-case-channel"
              options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="subject"
            label={t('cases.subject')}
            rules={[
              { required: true, whitespace: true, message: t('newCase.subjectRequired') },
              { max: SUBJECT_MAX, message: t('newCase.subjectTooLong') },
            ]}
          >
            <Input
              data-testid="new-case-subject"
              showCount={{ formatter: ({ count }) => `${count} / ${SUBJECT_MAX}` }}
            />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('cases.description')}
            rules={[
              { required: true, whitespace: true, message: t('newCase.descriptionRequired') },
              { max: DESCRIPTION_MAX, message: t('newCase.descriptionTooLong') },
            ]}
          >
            <Input.TextArea
              rows={5}
              data-testid="new-case-description"
              showCount={{ formatter: ({ count }) => `${count} / ${DESCRIPTION_MAX}` }}
            />
          </Form.Item>
          <Space size="large" wrap align="start">
            <Form.Item
              name="customerName"
              label={t('cases.customerName')}
              rules={[{ max: CUSTOMER_NAME_MAX, message: t('newCase.customerNameTooLong') }]}
            >
              <Input style={{ width: 240 }} data-testid="new-case-customer-name" />
            </Form.Item>
            <Form.Item
              name="customerPhone"
              label={t('cases.customerPhone')}
              rules={[
                {
                  validator: (_rule, value: string | undefined) =>
                    !value?.trim() || isCustomerPhone(value.trim())
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('newCase.customerPhoneInvalid'))),
                },
              ]}
            >
              <Input style={{ width: 240 }} inputMode="tel" data-testid="new-case-customer-phone" />
            </Form.Item>
          </Space>
          <Form.Item>
            <Space>
              <Button
                type="primary"
                htmlType="submit"
                loading={create.isPending}
                data-testid="new-case-submit"
              >
                {t('newCase.submit')}
              </Button>
              <Button onClick={() => navigate('/cases')}>{t('common.cancel')}</Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <div style={{ flex: '0 1 380px' }}>
        <KnowledgeSuggestions text={typed} />
      </div>
    </Flex>
  );
};
