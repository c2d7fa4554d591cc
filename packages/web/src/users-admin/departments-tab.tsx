import { Button, Form, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../shell/use-feedback.ts';
import { type Department, useDepartments, useSaveDepartment } from './api.ts';

type Values = { code: string; name: string; nameEn: string };

/** Departments (客服、理赔、运营、销售 …) kept by the system administrator: add, rename, retire, restore. */
export const DepartmentsTab = () => {
  const { t } = useTranslation();
  const departments = useDepartments();
  const save = useSaveDepartment();
  const { showError } = useFeedback();
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const [form] = Form.useForm<Values>();

  const submit = (v: Values) =>
    save.mutate(
      editing === 'new' || editing === null
        ? v
        : { id: editing.id, version: editing.version, name: v.name, nameEn: v.nameEn },
      { onSuccess: () => setEditing(null), onError: showError },
    );

  return (
    <>
      <Button type="primary" onClick={() => setEditing('new')} style={{ marginBottom: 12 }}>
        {t('departments.add')}
      </Button>
      <Table<Department>
        rowKey="id"
        size="small"
        loading={departments.isLoading}
        dataSource={departments.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t('departments.code'), dataIndex: 'code' },
          { title: t('departments.name'), render: (_, d) => d.name.zh },
          { title: t('departments.nameEn'), render: (_, d) => d.name.en },
          { title: t('departments.members'), dataIndex: 'members' },
          {
            title: t('usersAdmin.state'),
            render: (_, d) => (
              <Tag color={d.active ? 'green' : 'default'}>
                {d.active ? t('departments.active') : t('departments.inactive')}
              </Tag>
            ),
          },
          {
            title: t('usersAdmin.actions'),
            render: (_, d) => (
              <>
                <Button size="small" type="link" onClick={() => setEditing(d)}>
                  {t('usersAdmin.edit')}
                </Button>
                <Button
                  size="small"
                  type="link"
                  onClick={() =>
                    save.mutate({ id: d.id, version: d.version, active: !d.active }, { onError: showError })
                  }
                >
                  {d.active ? t('departments.retire') : t('departments.restore')}
                </Button>
              </>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('departments.add') : t('usersAdmin.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          preserve={false}
          initialValues={
            editing && editing !== 'new'
              ? { code: editing.code, name: editing.name.zh, nameEn: editing.name.en }
              : {}
          }
        >
          <Form.Item name="code" label={t('departments.code')} rules={[{ required: true }]}>
            <Input disabled={editing !== 'new'} />
          </Form.Item>
          <Form.Item name="name" label={t('departments.name')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="nameEn" label={t('departments.nameEn')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
};
