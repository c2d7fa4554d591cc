import { CHANNELS } from '@claimline/domain/cases';
import { Alert, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client.ts';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type Catastrophe, useQuickReport } from './api.ts';

type Values = {
  channel: (typeof CHANNELS)[number];
  reporterName: string;
  reporterPhone: string;
  place: string;
  happened: string;
  peopleAtRisk?: boolean;
  policyNo?: string;
  plateNo?: string;
};

/** The shortened form (seed 003 §(二) first questions): who, a phone, where, what happened; policy/plate if at hand. */
export const QuickReportModal = ({ event, onClose }: { event: Catastrophe; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const submit = useQuickReport();
  const { message, showError } = useFeedback();
  // One key for this form: pressing again after a lost answer replays the first registration.
  const key = useMemo(() => newIdempotencyKey(), []);
  const onOk = async () => {
    const v = await form.validateFields();
    submit.mutate(
      {
        id: event.id,
        idempotencyKey: key,
        body: {
          ...v,
          peopleAtRisk: v.peopleAtRisk ?? false,
          policyNo: v.policyNo || undefined,
          plateNo: v.plateNo || undefined,
        },
      },
      {
        onSuccess: (r) => {
          void message.success(t('catastrophes.registered', { number: r.number }));
          onClose();
        },
        onError: showError,
      },
    );
  };
  return (
    <Modal
      open
      title={t('catastrophes.quickReportTitle', { name: event.name })}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={submit.isPending}
      okButtonProps={testId('quick-report-submit')}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('catastrophes.quickReportHint')} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ channel: 'phone' }}
        data-testid="quick-report-form"
      >
        <Form.Item name="channel" label={t('catastrophes.channel')}>
          <Select options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
        </Form.Item>
        <Form.Item name="reporterName" label={t('catastrophes.reporterName')} rules={[{ required: true }]}>
          <Input data-testid="quick-reporter-name" maxLength={50} />
        </Form.Item>
        <Form.Item name="reporterPhone" label={t('catastrophes.reporterPhone')} rules={[{ required: true }]}>
          <Input data-testid="quick-reporter-phone" maxLength={20} />
        </Form.Item>
        <Form.Item name="place" label={t('catastrophes.place')} rules={[{ required: true }]}>
          <Input data-testid="quick-place" maxLength={200} />
        </Form.Item>
        <Form.Item name="happened" label={t('catastrophes.happened')} rules={[{ required: true }]}>
          <Input.TextArea data-testid="quick-happened" rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="peopleAtRisk" valuePropName="checked">
          <Checkbox data-testid="quick-people-at-risk">{t('catastrophes.peopleAtRisk')}</Checkbox>
        </Form.Item>
        <Form.Item name="policyNo" label={t('catastrophes.policyNo')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="plateNo" label={t('catastrophes.plateNo')}>
          <Input maxLength={12} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
