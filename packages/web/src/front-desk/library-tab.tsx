import { EXPLANATION_TOPIC_LABELS, EXPLANATION_TOPICS } from '@claimline/domain/front-desk';
import { App, Button, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../knowledge/api.ts';
import { type Explanation, useLibrary, useSaveExplanation } from './api.ts';

type Draft = { topic: (typeof EXPLANATION_TOPICS)[number]; title: string; body: string; active: boolean };

/** The branch's explanation texts (policy, process, expected time); service managers add and edit them. */
export const LibraryTab = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const library = useLibrary();
  const save = useSaveExplanation();
  const [editing, setEditing] = useState<Explanation | 'new' | null>(null);
  const [form] = Form.useForm<Draft>();
  const canEdit = library.data?.canEdit ?? false;
  return (
    <>
      <Table
        rowKey="id"
        size="small"
        loading={library.isLoading}
        dataSource={library.data?.items ?? []}
        title={() =>
          canEdit && (
            <Button type="primary" onClick={() => setEditing('new')} data-testid="library-add">
              {t('frontDesk.add')}
            </Button>
          )
        }
        columns={[
          { title: t('frontDesk.topic'), render: (_, e) => <Tag>{inLanguage(e.topicLabel)}</Tag> },
          { title: t('frontDesk.textTitle'), dataIndex: 'title' },
          { title: t('frontDesk.body'), dataIndex: 'body' },
          { title: t('frontDesk.branch'), dataIndex: 'branchName' },
          { title: t('frontDesk.active'), render: (_, e) => (e.active ? '✓' : '') },
          {
            title: '',
            render: (_, e) =>
              e.editable && (
                <Button size="small" onClick={() => setEditing(e)}>
                  {t('frontDesk.edit')}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        destroyOnHidden
        title={editing === 'new' ? t('frontDesk.add') : t('frontDesk.edit')}
        onCancel={() => setEditing(null)}
        okButtonProps={{ loading: save.isPending, 'data-testid': 'library-save' }}
        onOk={() =>
          void form.validateFields().then((v) =>
            save.mutate(
              editing && editing !== 'new'
                ? { ...v, id: editing.id, version: editing.version }
                : { ...v, version: 1 },
              {
                onSuccess: () => {
                  void message.success(t('frontDesk.saved'));
                  setEditing(null);
                },
              },
            ),
          )
        }
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={
            editing && editing !== 'new'
              ? { topic: editing.topic, title: editing.title, body: editing.body, active: editing.active }
              : { topic: 'policy', active: true }
          }
        >
          <Form.Item name="topic" label={t('frontDesk.topic')} rules={[{ required: true }]}>
            <Select
              data-testid="library-topic"
              options={EXPLANATION_TOPICS.map((x) => ({
                value: x,
                label: inLanguage(EXPLANATION_TOPIC_LABELS[x]),
              }))}
            />
          </Form.Item>
          <Form.Item name="title" label={t('frontDesk.textTitle')} rules={[{ required: true }]}>
            <Input maxLength={60} data-testid="library-title" />
          </Form.Item>
          <Form.Item name="body" label={t('frontDesk.body')} rules={[{ required: true }]}>
            <Input.TextArea rows={4} maxLength={2000} data-testid="library-body" />
          </Form.Item>
          <Space>
            <Form.Item name="active" label={t('frontDesk.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
        </Form>
      </Modal>
    </>
  );
};
