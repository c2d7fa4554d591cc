import { Form, Input, InputNumber, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DutyPost, type PostInput, useDutySetup, useSetupChange } from './api.ts';
import { useSay } from './labels.ts';
import { SetupTable } from './setup-table.tsx';

const KINDS = ['hotlineSeat', 'claimsDesk', 'complaints', 'dutyLead'] as const;
type FormValues = Omit<PostInput, 'staffed'> & { ranges?: string };

/** 'HH:mm-HH:mm' per line ↔ the post's staffed ranges; empty means around the clock (null). */
const rangesText = (p: DutyPost) => (p.staffed ?? []).map((r) => `${r.start}-${r.end}`).join('\n');
const parseRanges = (text: string | undefined): PostInput['staffed'] => {
  const lines = (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return null;
  return lines.map((l) => {
    const [start = '', end = ''] = l.split(/\s*[-–~]\s*/);
    return { start, end };
  });
};

/** The posts of a branch (第三条: each staffed range must never be empty); the server validates every field. */
export const PostsTab = ({ branchId }: { branchId?: string }) => {
  const { t } = useTranslation();
  const say = useSay();
  const setup = useDutySetup(branchId);
  const { savePost, deletePost } = useSetupChange();
  return (
    <SetupTable<DutyPost, FormValues>
      stem="duty-post"
      keyOf={(p) => p.name.zh}
      rows={setup.data?.posts ?? []}
      loading={setup.isLoading}
      busy={savePost.isPending}
      words={{
        add: t('duty.post.add'),
        edit: t('duty.post.edit'),
        title: (p) => (p === 'new' ? t('duty.post.add') : t('duty.post.edit')),
      }}
      initial={(p) =>
        p === 'new'
          ? { kind: 'hotlineSeat', nameZh: '', nameEn: '', skills: [], minAgents: 1, ranges: '' }
          : {
              kind: p.kind,
              nameZh: p.name.zh,
              nameEn: p.name.en,
              skills: p.skills,
              minAgents: p.minAgents,
              ranges: rangesText(p),
            }
      }
      save={(p, { ranges, ...rest }) =>
        savePost.mutateAsync({
          id: p === 'new' ? undefined : p.id,
          input: { ...rest, branchId, staffed: parseRanges(ranges) },
        })
      }
      remove={(p) => deletePost.mutateAsync(p.id)}
      columns={[
        { title: t('duty.post.kindLabel'), render: (_, p) => t(`duty.post.kind.${p.kind}`) },
        { title: t('duty.post.name'), render: (_, p) => say(p.name) },
        { title: t('duty.post.skills'), render: (_, p) => p.skills.map((s) => <Tag key={s}>{s}</Tag>) },
        {
          title: t('duty.post.staffed'),
          render: (_, p) =>
            p.staffed === null
              ? t('duty.post.allDay')
              : p.staffed.map((r) => `${r.start}–${r.end}`).join('，'),
        },
        { title: t('duty.post.minAgents'), dataIndex: 'minAgents' },
      ]}
    >
      {() => (
        <>
          <Form.Item name="kind" label={t('duty.post.kindLabel')} rules={[{ required: true }]}>
            <Select options={KINDS.map((k) => ({ value: k, label: t(`duty.post.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="nameZh" label={t('duty.post.nameZh')} rules={[{ required: true }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="nameEn" label={t('duty.post.nameEn')} rules={[{ required: true }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="skills" label={t('duty.post.skills')}>
            <Select mode="tags" />
          </Form.Item>
          <Form.Item name="ranges" label={t('duty.post.staffed')} extra={t('duty.post.rangeHint')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="minAgents" label={t('duty.post.minAgents')} rules={[{ required: true }]}>
            <InputNumber min={1} max={200} />
          </Form.Item>
        </>
      )}
    </SetupTable>
  );
};
