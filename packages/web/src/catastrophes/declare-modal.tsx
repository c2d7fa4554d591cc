import { CATASTROPHE_PERIL_LABELS, CATASTROPHE_PERILS } from '@claimline/domain/catastrophes';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useBranches } from '../api/directory.ts';
import { inLanguage } from '../knowledge/api.ts';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { useDeclare } from './api.ts';

type Values = {
  code: string;
  name: string;
  areaBranchIds: string[];
  perils: (typeof CATASTROPHE_PERILS)[number][];
  startsAt: Dayjs;
  endsAt?: Dayjs;
};

/** Head office's declaration: code, name, area (branches), period, perils. It starts as declared, then activated. */
export const DeclareModal = ({ onClose }: { onClose: () => void }) => {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const branches = useBranches();
  const declare = useDeclare();
  const { message, showError } = useFeedback();
  const onOk = async () => {
    const v = await form.validateFields();
    declare.mutate(
      {
        code: v.code,
        name: v.name,
        areaBranchIds: v.areaBranchIds,
        perils: v.perils,
        startsAt: v.startsAt.toISOString(),
        ...(v.endsAt ? { endsAt: v.endsAt.toISOString() } : {}),
      },
      {
        onSuccess: () => {
          void message.success(t('catastrophes.declared'));
          onClose();
        },
        onError: showError,
      },
    );
  };
  return (
    <Modal
      open
      title={t('catastrophes.declare')}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={declare.isPending}
      okButtonProps={testId('declare-submit')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="declare-form" initialValues={{ startsAt: dayjs() }}>
        <Form.Item
          name="code"
          label={t('catastrophes.code')}
          rules={[{ required: true, pattern: /^[A-Za-z0-9-]{2,30}$/ }]}
        >
          <Input data-testid="declare-code" placeholder="TY-2026-07" />
        </Form.Item>
        <Form.Item name="name" label={t('catastrophes.name')} rules={[{ required: true, min: 2 }]}>
          <Input data-testid="declare-name" maxLength={80} />
        </Form.Item>
        <Form.Item name="areaBranchIds" label={t('catastrophes.area')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            data-testid="declare-area"
            optionFilterProp="label"
            options={(branches.data ?? []).map((b) => ({
              value: b.id,
              label: i18n.language === 'en' ? b.nameEn : b.name,
            }))}
          />
        </Form.Item>
        <Form.Item name="perils" label={t('catastrophes.perils')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            data-testid="declare-perils"
            options={CATASTROPHE_PERILS.map((p) => ({
              value: p,
              label: inLanguage(CATASTROPHE_PERIL_LABELS[p]),
            }))}
          />
        </Form.Item>
        <Form.Item name="startsAt" label={t('catastrophes.startsAt')} rules={[{ required: true }]}>
          <DatePicker showTime data-testid="declare-starts" />
        </Form.Item>
        <Form.Item name="endsAt" label={t('catastrophes.endsAt')}>
          <DatePicker showTime />
        </Form.Item>
      </Form>
    </Modal>
  );
};
