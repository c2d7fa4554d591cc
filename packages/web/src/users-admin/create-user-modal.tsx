import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBranches } from '../api/directory.ts';
import type { Role } from '../api/types.ts';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type CreateUserInput, useCreateUser, useDepartments } from './api.ts';

/** The create dialog: the roles offered are those the server says this administrator may give. */
export const CreateUserModal = ({
  open,
  roles,
  onClose,
  onCreated,
}: {
  open: boolean;
  roles: readonly Role[];
  onClose: () => void;
  onCreated: (username: string, password: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<CreateUserInput>();
  const create = useCreateUser();
  const branches = useBranches();
  const departments = useDepartments();
  const { showError } = useFeedback();
  const en = i18n.language === 'en';

  const submit = (values: CreateUserInput) =>
    create.mutate(values, {
      onSuccess: (res) => {
        form.resetFields();
        onClose();
        onCreated(res.user.username, res.temporaryPassword ?? '');
      },
      onError: showError,
    });

  return (
    <Modal
      open={open}
      title={t('usersAdmin.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      okButtonProps={testId('create-user-submit')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} {...testId('create-user-form')}>
        <Form.Item name="username" label={t('usersAdmin.username')} rules={[{ required: true }]}>
          <Input {...testId('new-username')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('usersAdmin.displayName')} rules={[{ required: true }]}>
          <Input {...testId('new-display-name')} />
        </Form.Item>
        <Form.Item name="agentNo" label={t('usersAdmin.agentNo')}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('usersAdmin.role')} rules={[{ required: true }]}>
          <Select {...testId('new-role')} options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item name="branchId" label={t('usersAdmin.branch')} rules={[{ required: true }]}>
          <Select
            {...testId('new-branch')}
            options={(branches.data ?? []).map((b) => ({ value: b.id, label: en ? b.nameEn : b.name }))}
          />
        </Form.Item>
        <Form.Item name="departmentId" label={t('usersAdmin.department')}>
          <Select
            allowClear
            options={(departments.data?.items ?? [])
              .filter((d) => d.active)
              .map((d) => ({ value: d.id, label: en ? d.name.en : d.name.zh }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};
