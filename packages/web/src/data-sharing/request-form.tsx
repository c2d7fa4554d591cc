import { DATA_SHARE_KIND_CODES, DATA_SHARE_KINDS } from '@claimline/domain/data-sharing';
import { Alert, Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type NewRequest, useRequestShare, useShareBranches } from './api.ts';

type Values = { dataKind: NewRequest['dataKind']; branchId: string; purpose: string; period: [Dayjs, Dayjs] };

/** The request: which data, over which branch subtree, why, for how long (seed 002 §七(四)2 申请). */
export const RequestForm = () => {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [form] = Form.useForm<Values>();
  const branches = useShareBranches();
  const request = useRequestShare();
  const { message, showError } = useFeedback();
  const kind = Form.useWatch('dataKind', form);

  const submit = (v: Values) =>
    request.mutate(
      {
        dataKind: v.dataKind,
        branchId: v.branchId,
        purpose: v.purpose,
        startsAt: v.period[0].startOf('day').toISOString(),
        endsAt: v.period[1].endOf('day').toISOString(),
      },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('dataSharing.submitted'));
        },
        onError: showError,
      },
    );

  return (
    <Form
      form={form}
      layout="inline"
      onFinish={submit}
      style={{ rowGap: 8, marginBottom: 16 }}
      {...testId('share-form')}
    >
      <Form.Item name="dataKind" label={t('dataSharing.dataKind')} rules={[{ required: true }]}>
        <Select
          style={{ width: 140 }}
          {...testId('share-kind')}
          options={DATA_SHARE_KIND_CODES.map((k) => ({
            value: k,
            label: en ? DATA_SHARE_KINDS[k].label.en : DATA_SHARE_KINDS[k].label.zh,
          }))}
        />
      </Form.Item>
      <Form.Item name="branchId" label={t('dataSharing.branch')} rules={[{ required: true }]}>
        <Select
          style={{ width: 180 }}
          {...testId('share-branch')}
          options={(branches.data?.items ?? []).map((b) => ({
            value: b.id,
            label: en ? b.name.en : b.name.zh,
          }))}
        />
      </Form.Item>
      <Form.Item name="period" label={t('dataSharing.period')} rules={[{ required: true }]}>
        <DatePicker.RangePicker {...testId('share-period')} />
      </Form.Item>
      <Form.Item name="purpose" label={t('dataSharing.purpose')} rules={[{ required: true, min: 4 }]}>
        <Input style={{ width: 280 }} {...testId('share-purpose')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={request.isPending} {...testId('share-submit')}>
        {t('dataSharing.request')}
      </Button>
      {kind && (
        <Alert
          style={{ width: '100%', marginTop: 8 }}
          type="info"
          showIcon
          title={t('dataSharing.ownerHint', {
            department: t(`dataSharing.owner.${DATA_SHARE_KINDS[kind].owner}`),
          })}
        />
      )}
    </Form>
  );
};
