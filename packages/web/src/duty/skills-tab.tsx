import { Button, Form, InputNumber, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import { type DutyAgent, type SkillsInput, useDutySetup, useSetupChange } from './api.ts';

/** Each agent's skills (a post or shift needs them) and own weekly cap (below the rules' 40 h for part-timers). */
export const SkillsTab = ({ branchId }: { branchId?: string }) => {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const setup = useDutySetup(branchId);
  const { saveSkills } = useSetupChange();
  const [editing, setEditing] = useState<DutyAgent | null>(null);
  const [form] = Form.useForm<SkillsInput>();
  const open = (a: DutyAgent) => {
    setEditing(a);
    form.setFieldsValue({ skills: a.skills, maxHoursPerWeek: a.maxHoursPerWeek });
  };
  const submit = (input: SkillsInput) =>
    editing &&
    saveSkills.mutate(
      { id: editing.id, input },
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
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={setup.isLoading}
        dataSource={setup.data?.agents ?? []}
        columns={[
          { title: t('duty.skills.agent'), dataIndex: 'name' },
          { title: t('duty.skills.skills'), render: (_, a) => a.skills.map((s) => <Tag key={s}>{s}</Tag>) },
          { title: t('duty.skills.maxHours'), dataIndex: 'maxHoursPerWeek' },
          {
            title: '',
            render: (_, a) => (
              <Button size="small" onClick={() => open(a)}>
                {t('duty.skills.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={`${t('duty.skills.edit')} · ${editing?.name ?? ''}`}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okButtonProps={{ ...testId('duty-skills-save'), loading: saveSkills.isPending }}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="skills" label={t('duty.skills.skills')}>
            <Select mode="tags" />
          </Form.Item>
          <Form.Item name="maxHoursPerWeek" label={t('duty.skills.maxHours')} rules={[{ required: true }]}>
            <InputNumber min={1} max={44} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
};
