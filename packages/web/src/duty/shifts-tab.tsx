import { Button, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type DutyShift, type ShiftInput, useDutySetup, useSetupChange } from './api.ts';
import { useSay } from './labels.ts';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Shift templates: a code (what the grid shows), a post, local start and end (an end not after the start is the next day). */
export const ShiftsTab = ({ branchId }: { branchId?: string }) => {
  const { t } = useTranslation();
  const say = useSay();
  const { message, showError } = useFeedback();
  const setup = useDutySetup(branchId);
  const { saveShift } = useSetupChange();
  const [editing, setEditing] = useState<DutyShift | 'new' | null>(null);
  const [form] = Form.useForm<ShiftInput>();
  const posts = setup.data?.posts ?? [];
  const postName = new Map(posts.map((p) => [p.id, say(p.name)]));
  const open = (s: DutyShift | 'new') => {
    setEditing(s);
    form.setFieldsValue(
      s === 'new'
        ? { postId: posts[0]?.id ?? '', code: '', start: '09:00', end: '17:00', skills: [] }
        : { postId: s.postId, code: s.code, start: s.start, end: s.end, skills: s.skills },
    );
  };
  const submit = (input: ShiftInput) =>
    saveShift.mutate(
      { id: editing === 'new' ? undefined : editing?.id, input },
      {
        onSuccess: () => {
          setEditing(null);
          void message.success(t('duty.saved'));
        },
        onError: showError,
      },
    );
  return (
    <>
      <Button
        type="primary"
        onClick={() => open('new')}
        style={{ marginBottom: 12 }}
        disabled={posts.length === 0}
      >
        {t('duty.shift.add')}
      </Button>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={setup.isLoading}
        dataSource={setup.data?.shifts ?? []}
        columns={[
          { title: t('duty.shift.code'), dataIndex: 'code' },
          { title: t('duty.shift.post'), render: (_, s) => postName.get(s.postId) ?? '' },
          { title: t('duty.shift.start'), dataIndex: 'start' },
          { title: t('duty.shift.end'), dataIndex: 'end' },
          { title: t('duty.shift.skills'), render: (_, s) => s.skills.map((k) => <Tag key={k}>{k}</Tag>) },
          {
            title: '',
            render: (_, s) => (
              <Button size="small" onClick={() => open(s)}>
                {t('duty.shift.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('duty.shift.add') : t('duty.shift.edit')}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okButtonProps={{ ...testId('duty-shift-save'), loading: saveShift.isPending }}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="code" label={t('duty.shift.code')} rules={[{ required: true, max: 20 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="postId" label={t('duty.shift.post')} rules={[{ required: true }]}>
            <Select options={posts.map((p) => ({ value: p.id, label: say(p.name) }))} />
          </Form.Item>
          <Form.Item name="start" label={t('duty.shift.start')} rules={[{ required: true, pattern: HHMM }]}>
            <Input placeholder="08:00" />
          </Form.Item>
          <Form.Item name="end" label={t('duty.shift.end')} rules={[{ required: true, pattern: HHMM }]}>
            <Input placeholder="17:00" />
          </Form.Item>
          <Form.Item name="skills" label={t('duty.shift.skills')}>
            <Select mode="tags" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
};
