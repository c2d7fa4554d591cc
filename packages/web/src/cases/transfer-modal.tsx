import { Form, type FormInstance, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../api/directory.ts';
import type { CaseDetail } from '../api/types.ts';
import { testId } from '../shell/format.ts';

export type TransferValues = { toUserId: string; note?: string };

type Props = {
  open: boolean;
  detail: CaseDetail;
  loading: boolean;
  onCancel: () => void;
  onSubmit: (values: TransferValues, form: FormInstance<TransferValues>) => void;
};

/** Hand-over (首问负责): the owner names a colleague of the case's branch; the case moves when they accept. */
export const TransferModal = ({ open, detail, loading, onCancel, onSubmit }: Props) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<TransferValues>();
  const users = useUsers(detail.branchId, open);
  const options = (users.data ?? [])
    .filter((u) => u.id !== detail.ownerId)
    .map((u) => ({ value: u.id, label: `${u.displayName}（${t(`role.${u.role}`)} · ${u.branchName}）` }));

  return (
    <Modal
      open={open}
      title={t('action.transfer')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={loading}
      destroyOnHidden
      okButtonProps={testId('transfer-submit')}
      {...testId('transfer-modal')}
    >
      <Form<TransferValues>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => {
          if (!loading) onSubmit({ toUserId: values.toUserId, note: values.note?.trim() || undefined }, form);
        }}
      >
        <Form.Item
          name="toUserId"
          label={t('action.transferTo')}
          rules={[{ required: true, message: t('action.transferToRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={users.isPending}
            options={options}
            data-testid="transfer-user"
          />
        </Form.Item>
        <Form.Item name="note" label={t('action.note')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} data-testid="transfer-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
