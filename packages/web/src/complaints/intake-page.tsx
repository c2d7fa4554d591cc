import { Button, Card, Checkbox, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError, newIdempotencyKey } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';
import { CHANNELS } from '../api/types.ts';
import { useFormKeyboard } from '../shell/form-keyboard.ts';
import { arrivalAtRecord } from '../shell/keyboard-layer.tsx';
import { useFeedback } from '../shell/use-feedback.ts';
import { CATEGORIES, type NewComplaint, useIntake } from './api.ts';
import { MajorFields } from './major-fields.tsx';
import { useComplaintRules } from './rules-admin-api.ts';

const FIELDS = [
  'channel',
  'source',
  'regulatorRef',
  'subject',
  'description',
  'customerName',
  'customerPhone',
  'product',
  'policyNo',
  'category',
  'request',
  'apologyGiven',
  'committedReplyHours',
  'complainantCount',
  'representatives',
  'disasterRelated',
  'regulatorDesignated',
];

/** Intake on any channel (seed 002 §三(二)1–3): the words, the product, the request, the apology, the promise. */
export const ComplaintIntakePage = () => {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewComplaint>();
  const navigate = useNavigate();
  const intake = useIntake();
  const { message, showError } = useFeedback();
  const { formProps, afterServerErrors } = useFormKeyboard();
  // One key per form: a double click or a retry after a timeout registers the complaint once.
  const key = useMemo(() => newIdempotencyKey(), []);
  const source = Form.useWatch('source', form);
  const channel = Form.useWatch('channel', form);
  const complainants = Form.useWatch('complainantCount', form) ?? 1;
  // 办法 (2020) art. 12 ¶2: several complainants face to face speak through at most 5 representatives.
  const faceToFaceGroup = channel === 'walkIn' && complainants > 1;
  // The hours offered by default are head office's setting (投诉规则), until the agent types their own.
  const defaultReplyHours = useComplaintRules().data?.rules.clock.defaultReplyHours;
  useEffect(() => {
    if (defaultReplyHours && !form.isFieldTouched('committedReplyHours'))
      form.setFieldValue('committedReplyHours', defaultReplyHours);
  }, [defaultReplyHours, form]);
  const submit = async (values: NewComplaint) => {
    try {
      const d = await intake.mutateAsync({
        input: {
          ...values,
          regulatorRef: values.source === 'regulator' ? values.regulatorRef : undefined,
          representatives: faceToFaceGroup ? values.representatives : undefined,
        },
        key,
      });
      void message.success(t('complaints.intake.created', { number: d.number }));
      navigate(`/complaints/${d.id}`, { state: arrivalAtRecord(d.number) });
    } catch (error) {
      if (
        error instanceof ApiError &&
        error.details.length > 0 &&
        applyFieldErrors(form, error, FIELDS).length === 0
      )
        return afterServerErrors(form);
      showError(error);
    }
  };
  return (
    <Card title={t('complaints.intake.title')} style={{ maxWidth: 760 }}>
      <Form
        {...formProps}
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{
          channel: 'phone',
          source: 'customer',
          apologyGiven: false,
          committedReplyHours: 24,
          complainantCount: 1,
          disasterRelated: false,
          regulatorDesignated: false,
        }}
        data-testid="complaint-intake-form"
      >
        <Form.Item name="source" label={t('complaints.intake.source')}>
          <Radio.Group
            options={(['customer', 'regulator'] as const).map((s) => ({
              value: s,
              label: t(`complaints.source.${s}`),
            }))}
          />
        </Form.Item>
        {source === 'regulator' && (
          <Form.Item
            name="regulatorRef"
            label={t('complaints.intake.regulatorRef')}
            rules={[{ required: true }]}
          >
            <Input maxLength={60} data-testid="intake-regulatorRef" />
          </Form.Item>
        )}
        <Form.Item name="channel" label={t('complaints.intake.channel')}>
          <Select
            options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            data-testid="intake-channel"
          />
        </Form.Item>
        <MajorFields faceToFaceGroup={faceToFaceGroup} regulator={source === 'regulator'} />
        <Form.Item name="subject" label={t('complaints.intake.subject')} rules={[{ required: true }]}>
          <Input maxLength={200} data-testid="intake-subject" />
        </Form.Item>
        <Form.Item name="description" label={t('complaints.intake.description')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="intake-description" />
        </Form.Item>
        <Form.Item name="customerName" label={t('complaints.intake.customerName')}>
          <Input maxLength={50} data-testid="intake-customerName" />
        </Form.Item>
        <Form.Item
          name="customerPhone"
          label={t('complaints.intake.customerPhone')}
          rules={[{ required: true }]}
        >
          <Input maxLength={20} data-testid="intake-customerPhone" />
        </Form.Item>
        <Form.Item name="product" label={t('complaints.intake.product')} rules={[{ required: true }]}>
          <Input maxLength={60} data-testid="intake-product" />
        </Form.Item>
        <Form.Item name="policyNo" label={t('complaints.intake.policyNo')}>
          <Input maxLength={40} data-testid="intake-policyNo" />
        </Form.Item>
        <Form.Item name="category" label={t('complaints.intake.category')} rules={[{ required: true }]}>
          <Select
            options={CATEGORIES.map((c) => ({ value: c, label: t(`complaints.category.${c}`) }))}
            data-testid="intake-category"
          />
        </Form.Item>
        <Form.Item name="request" label={t('complaints.intake.request')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="intake-request" />
        </Form.Item>
        <Form.Item name="apologyGiven" valuePropName="checked" extra={t('complaints.intake.apologyHint')}>
          <Checkbox data-testid="intake-apology">{t('complaints.intake.apologyGiven')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="committedReplyHours"
          label={t('complaints.intake.committedReplyHours')}
          extra={t('complaints.intake.committedReplyHint')}
        >
          <InputNumber min={1} max={720} precision={0} data-testid="intake-replyHours" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={intake.isPending} data-testid="intake-submit">
          {t('complaints.intake.submit')}
        </Button>
      </Form>
    </Card>
  );
};
