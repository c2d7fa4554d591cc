import { Form, InputNumber, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DutyAgent, type SkillsInput, useDutySetup, useSetupChange } from './api.ts';
import { SetupTable } from './setup-table.tsx';

/**
 * Each agent's skills (a post or shift needs them) and own weekly cap (below the rules' 40 h for part-timers).
 * Deleting removes the record: the agent is back on the centre's default skills and cap.
 */
export const SkillsTab = ({ branchId }: { branchId?: string }) => {
  const { t } = useTranslation();
  const setup = useDutySetup(branchId);
  const { saveSkills, deleteSkills } = useSetupChange();
  return (
    <SetupTable<DutyAgent, SkillsInput>
      stem="duty-skills"
      keyOf={(a) => a.name}
      rows={setup.data?.agents ?? []}
      loading={setup.isLoading}
      busy={saveSkills.isPending}
      words={{
        edit: t('duty.skills.edit'),
        title: (a) => `${t('duty.skills.edit')} · ${a === 'new' ? '' : a.name}`,
      }}
      initial={(a) =>
        a === 'new'
          ? { skills: [], maxHoursPerWeek: 40 }
          : { skills: a.skills, maxHoursPerWeek: a.maxHoursPerWeek }
      }
      save={(a, input) => (a === 'new' ? Promise.resolve() : saveSkills.mutateAsync({ id: a.id, input }))}
      remove={(a) => deleteSkills.mutateAsync(a.id)}
      columns={[
        { title: t('duty.skills.agent'), dataIndex: 'name' },
        { title: t('duty.skills.skills'), render: (_, a) => a.skills.map((s) => <Tag key={s}>{s}</Tag>) },
        { title: t('duty.skills.maxHours'), dataIndex: 'maxHoursPerWeek' },
      ]}
    >
      {() => (
        <>
          <Form.Item name="skills" label={t('duty.skills.skills')}>
            <Select mode="tags" />
          </Form.Item>
          <Form.Item name="maxHoursPerWeek" label={t('duty.skills.maxHours')} rules={[{ required: true }]}>
            <InputNumber min={1} max={44} />
          </Form.Item>
        </>
      )}
    </SetupTable>
  );
};
