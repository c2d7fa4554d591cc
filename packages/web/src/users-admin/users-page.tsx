import { Button, Card, Input, Select, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useMe } from '../api/auth.ts';
import { useBranches } from '../api/directory.ts';
import { ROLES, type Role } from '../api/types.ts';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import {
  type AdminUser,
  type UserFilter,
  type UserMove,
  useAdminUsers,
  useDepartments,
  useUserMove,
} from './api.ts';
import { CreateUserModal } from './create-user-modal.tsx';
import { DepartmentsTab } from './departments-tab.tsx';
import { EditUserDrawer } from './edit-user-drawer.tsx';
import { MoveButton } from './move-button.tsx';
import { PasswordNotice } from './password-notice.tsx';

/** 用户管理 (issue 18 part 1): the accounts of my subtree, and the departments for the system administrator. */
export const UsersAdminPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const users = <UsersTab />;
  return (
    <Card title={t('usersAdmin.title')}>
      {hasPermission(me.data, 'department.manage') ? (
        <Tabs
          items={[
            { key: 'users', label: t('usersAdmin.tabUsers'), children: users },
            { key: 'departments', label: t('usersAdmin.tabDepartments'), children: <DepartmentsTab /> },
          ]}
        />
      ) : (
        users
      )}
    </Card>
  );
};

const UsersTab = () => {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [filter, setFilter] = useState<UserFilter>({});
  const list = useAdminUsers(filter);
  const branches = useBranches();
  const departments = useDepartments();
  const move = useUserMove();
  const { message, showError } = useFeedback();
  const [creating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [password, setPassword] = useState<{ username: string; password: string } | null>(null);
  const roles: readonly Role[] = list.data?.assignableRoles ?? [];
  const items = list.data?.items ?? [];
  const editing = items.find((u) => u.id === editingId) ?? null;

  const run = (u: AdminUser, m: UserMove) =>
    move.mutate(
      { id: u.id, move: m, version: u.version },
      {
        onSuccess: (res) => {
          void message.success(t('usersAdmin.done', { move: t(`usersAdmin.moves.${m}`) }));
          if (res.temporaryPassword) setPassword({ username: u.username, password: res.temporaryPassword });
        },
        onError: showError,
      },
    );
  const set = (patch: Partial<UserFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('usersAdmin.search')}
          onSearch={(q) => set({ q: q || undefined })}
          style={{ width: 220 }}
          {...testId('users-search')}
        />
        <Select
          allowClear
          placeholder={t('usersAdmin.branch')}
          aria-label={t('usersAdmin.branch')}
          style={{ width: 180 }}
          onChange={(branchId?: string) => set({ branchId })}
          options={(branches.data ?? []).map((b) => ({ value: b.id, label: en ? b.nameEn : b.name }))}
        />
        <Select
          allowClear
          placeholder={t('usersAdmin.role')}
          aria-label={t('usersAdmin.role')}
          style={{ width: 150 }}
          onChange={(role?: Role) => set({ role })}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
        <Select
          allowClear
          placeholder={t('usersAdmin.department')}
          aria-label={t('usersAdmin.department')}
          style={{ width: 140 }}
          onChange={(departmentId?: string) => set({ departmentId })}
          options={(departments.data?.items ?? []).map((d) => ({
            value: d.id,
            label: en ? d.name.en : d.name.zh,
          }))}
        />
        <Select
          allowClear
          placeholder={t('usersAdmin.state')}
          aria-label={t('usersAdmin.state')}
          style={{ width: 120 }}
          onChange={(active?: 'true' | 'false') => set({ active })}
          options={[
            { value: 'true', label: t('usersAdmin.active') },
            { value: 'false', label: t('usersAdmin.inactive') },
          ]}
        />
        <Button
          type="primary"
          onClick={() => setCreating(true)}
          disabled={roles.length === 0}
          {...testId('create-user')}
        >
          {t('usersAdmin.create')}
        </Button>
      </Space>
      <Table<AdminUser>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={items}
        pagination={{ pageSize: 20 }}
        onRow={(u) => testId(`user-row-${u.username}`)}
        columns={[
          { title: t('usersAdmin.username'), dataIndex: 'username' },
          { title: t('usersAdmin.displayName'), dataIndex: 'displayName' },
          { title: t('usersAdmin.agentNo'), dataIndex: 'agentNo' },
          { title: t('usersAdmin.role'), render: (_, u) => t(`role.${u.role}`) },
          { title: t('usersAdmin.branch'), render: (_, u) => (en ? u.branchName.en : u.branchName.zh) },
          {
            title: t('usersAdmin.department'),
            render: (_, u) =>
              u.departmentName
                ? en
                  ? u.departmentName.en
                  : u.departmentName.zh
                : t('usersAdmin.noDepartment'),
          },
          {
            title: t('usersAdmin.state'),
            render: (_, u) => (
              <Space size={2} wrap>
                <Tag color={u.active ? 'green' : 'default'}>
                  {u.active ? t('usersAdmin.active') : t('usersAdmin.inactive')}
                </Tag>
                {u.locked && <Tag color="red">{t('usersAdmin.locked')}</Tag>}
                {u.mustChangePassword && <Tag color="orange">{t('usersAdmin.mustChange')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('usersAdmin.actions'),
            render: (_, u) => (
              <Space size={4} wrap>
                <Button size="small" onClick={() => setEditingId(u.id)} {...testId('edit-user')}>
                  {t('usersAdmin.edit')}
                </Button>
                <MoveButton
                  user={u}
                  move={u.active ? 'deactivate' : 'reactivate'}
                  onRun={() => run(u, u.active ? 'deactivate' : 'reactivate')}
                />
                <MoveButton user={u} move="resetPassword" onRun={() => run(u, 'resetPassword')} />
                {u.locked && <MoveButton user={u} move="unlock" onRun={() => run(u, 'unlock')} />}
              </Space>
            ),
          },
        ]}
      />
      <CreateUserModal
        open={creating}
        roles={roles}
        onClose={() => setCreating(false)}
        onCreated={(username, pw) => setPassword({ username, password: pw })}
      />
      <EditUserDrawer user={editing} roles={roles} onClose={() => setEditingId(null)} />
      <PasswordNotice shown={password} onClose={() => setPassword(null)} />
    </>
  );
};
