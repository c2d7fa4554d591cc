import { Button, Descriptions, Divider, Drawer, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBranches } from '../api/directory.ts';
import type { Role } from '../api/types.ts';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type AdminUser, useDepartments, useEditUser, useUserMove } from './api.ts';
import { MoveButton } from './move-button.tsx';

type EditValues = { displayName: string; agentNo: string | null; departmentId: string | null };

/** The edit drawer: details with the row's version, then the rights moves (role, branch) as the server offers them. */
export const EditUserDrawer = ({
  user,
  roles,
  onClose,
}: {
  user: AdminUser | null;
  roles: readonly Role[];
  onClose: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const edit = useEditUser();
  const move = useUserMove();
  const branches = useBranches();
  const departments = useDepartments();
  const { message, showError } = useFeedback();
  const [role, setRole] = useState<Role | undefined>();
  const [branchId, setBranchId] = useState<string | undefined>();

  const save = (values: EditValues) => {
    if (!user) return;
    edit.mutate(
      { id: user.id, version: user.version, ...values, agentNo: values.agentNo || null },
      { onSuccess: () => void message.success(t('usersAdmin.saved')), onError: showError },
    );
  };
  const run = (body: { move: 'changeRole'; role: Role } | { move: 'moveBranch'; branchId: string }) => {
    if (!user) return;
    move.mutate(
      { id: user.id, version: user.version, ...body },
      {
        onSuccess: () =>
          void message.success(t('usersAdmin.done', { move: t(`usersAdmin.moves.${body.move}`) })),
        onError: showError,
      },
    );
  };

  return (
    <Drawer open={user !== null} onClose={onClose} size="large" title={user?.displayName} destroyOnHidden>
      {user && (
        <>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('usersAdmin.username')}>{user.username}</Descriptions.Item>
            <Descriptions.Item label={t('usersAdmin.role')}>{t(`role.${user.role}`)}</Descriptions.Item>
            <Descriptions.Item label={t('usersAdmin.branch')}>
              {en ? user.branchName.en : user.branchName.zh}
            </Descriptions.Item>
          </Descriptions>
          <Form<EditValues>
            layout="vertical"
            initialValues={{
              displayName: user.displayName,
              agentNo: user.agentNo,
              departmentId: user.departmentId,
            }}
            onFinish={save}
            disabled={!user.moves.find((m) => m.move === 'edit')?.allowed}
          >
            <Form.Item name="displayName" label={t('usersAdmin.displayName')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="agentNo" label={t('usersAdmin.agentNo')}>
              <Input />
            </Form.Item>
            <Form.Item name="departmentId" label={t('usersAdmin.department')}>
              <Select
                allowClear
                options={(departments.data?.items ?? [])
                  .filter((d) => d.active || d.id === user.departmentId)
                  .map((d) => ({ value: d.id, label: en ? d.name.en : d.name.zh }))}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={edit.isPending} {...testId('edit-user-save')}>
              {t('usersAdmin.save')}
            </Button>
          </Form>
          <Divider>{t('usersAdmin.rightsSection')}</Divider>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Space.Compact style={{ width: '100%' }}>
              <Select
                style={{ flex: 1 }}
                placeholder={t('usersAdmin.newRole')}
                aria-label={t('usersAdmin.newRole')}
                value={role}
                onChange={setRole}
                options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              />
              <MoveButton
                user={user}
                move="changeRole"
                confirm={false}
                loading={move.isPending}
                onRun={() => role && run({ move: 'changeRole', role })}
              />
            </Space.Compact>
            <Space.Compact style={{ width: '100%' }}>
              <Select
                style={{ flex: 1 }}
                placeholder={t('usersAdmin.newBranch')}
                aria-label={t('usersAdmin.newBranch')}
                value={branchId}
                onChange={setBranchId}
                options={(branches.data ?? []).map((b) => ({ value: b.id, label: en ? b.nameEn : b.name }))}
              />
              <MoveButton
                user={user}
                move="moveBranch"
                confirm={false}
                loading={move.isPending}
                onRun={() => branchId && run({ move: 'moveBranch', branchId })}
              />
            </Space.Compact>
          </Space>
        </>
      )}
    </Drawer>
  );
};
