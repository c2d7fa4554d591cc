import { Form, Input, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DutyShift, type ShiftInput, useDutySetup, useSetupChange } from './api.ts';
import { useSay } from './labels.ts';
import { SetupTable } from './setup-table.tsx';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Shift templates: a code (what the grid shows), a post, local start and end (an end not after the start is the next day). */
export const ShiftsTab = ({ branchId }: { branchId?: string }) => {
  const { t } = useTranslation();
  const say = useSay();
  const setup = useDutySetup(branchId);
  const { saveShift, deleteShift } = useSetupChange();
  const posts = setup.data?.posts ?? [];
  const postName = new Map(posts.map((p) => [p.id, say(p.name)]));
  return (
    <SetupTable<DutyShift, ShiftInput>
      stem="duty-shift"
      keyOf={(s) => s.code}
      rows={setup.data?.shifts ?? []}
      loading={setup.isLoading}
      busy={saveShift.isPending}
      addDisabled={posts.length === 0}
      words={{
        add: t('duty.shift.add'),
        edit: t('duty.shift.edit'),
        title: (s) => (s === 'new' ? t('duty.shift.add') : t('duty.shift.edit')),
      }}
      initial={(s) =>
        s === 'new'
          ? { postId: posts[0]?.id ?? '', code: '', start: '09:00', end: '17:00', skills: [] }
          : { postId: s.postId, code: s.code, start: s.start, end: s.end, skills: s.skills }
      }
      save={(s, input) => saveShift.mutateAsync({ id: s === 'new' ? undefined : s.id, input })}
      remove={(s) => deleteShift.mutateAsync(s.id)}
      columns={[
        { title: t('duty.shift.code'), dataIndex: 'code' },
        { title: t('duty.shift.post'), render: (_, s) => postName.get(s.postId) ?? '' },
        { title: t('duty.shift.start'), dataIndex: 'start' },
        { title: t('duty.shift.end'), dataIndex: 'end' },
        { title: t('duty.shift.skills'), render: (_, s) => s.skills.map((k) => <Tag key={k}>{k}</Tag>) },
      ]}
    >
      {() => (
        <>
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
        </>
      )}
    </SetupTable>
  );
};
