import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Segmented,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useBranches, useUsers } from '../api/directory.ts';
import type { Answers, Body, Me } from '../api/types.ts';
import { inLanguage } from '../knowledge/api.ts';
import { formatTime } from '../shell/format.ts';
import { PlanTab } from './plan-tab.tsx';

type Task = Answers['TeamTask'];
const key = ['tasks'] as const;

const useTasks = (box: 'mine' | 'given') =>
  useQuery({
    queryKey: [...key, box],
    queryFn: ({ signal }) => api<Answers['TeamTaskList']>('/api/tasks', { query: { box }, signal }),
  });

const Moves = ({ task }: { task: Task }) => {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const client = useQueryClient();
  const move = useMutation({
    mutationFn: (b: Body<'/api/tasks/{id}/moves', 'post'>) =>
      api<Task>(`/api/tasks/${task.id}/moves`, { body: b }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
  return (
    <Space>
      {task.moves
        .filter((m) => !m.byRole)
        .map((m) => (
          <Button
            key={m.event}
            size="small"
            disabled={!m.allowed}
            data-testid={`task-move-${m.event}`}
            onClick={() => {
              if (!m.inputs.includes('noted'))
                return move.mutate({ event: m.event as never, version: task.version });
              let note = '';
              modal.confirm({
                title: inLanguage(m.label),
                content: (
                  <Input.TextArea placeholder={t('tasks.note')} onChange={(e) => (note = e.target.value)} />
                ),
                onOk: () => move.mutateAsync({ event: m.event as never, version: task.version, note }),
              });
            }}
          >
            {inLanguage(m.label)}
          </Button>
        ))}
    </Space>
  );
};

const TaskTable = ({ box }: { box: 'mine' | 'given' }) => {
  const { t } = useTranslation();
  const list = useTasks(box);
  return (
    <Table
      rowKey="id"
      size="small"
      loading={list.isLoading}
      dataSource={list.data?.items ?? []}
      locale={{ emptyText: t('tasks.none') }}
      onRow={(r) => ({ 'data-testid': `task-${r.title}` }) as object}
      columns={[
        { title: t('tasks.what'), render: (_, r) => <Typography.Text strong>{r.title}</Typography.Text> },
        { title: t('tasks.detail'), dataIndex: 'detail' },
        {
          title: box === 'mine' ? t('tasks.givenBy') : t('tasks.assignee'),
          render: (_, r) =>
            box === 'mine' ? (
              r.givenBy.name
            ) : (
              <Space>
                {r.assignee.name}
                {r.team && (
                  <Tag data-testid="task-team">
                    {t('tasks.teamProgress', {
                      team: r.team.name,
                      finished: r.team.finished,
                      members: r.team.members,
                    })}
                  </Tag>
                )}
              </Space>
            ),
        },
        {
          title: t('tasks.due'),
          render: (_, r) => (
            <Space>
              {formatTime(r.dueAt)}
              {r.overdue && <Tag color="red">{t('tasks.overdue')}</Tag>}
            </Space>
          ),
        },
        { title: '', render: (_, r) => <Tag data-testid="task-state">{inLanguage(r.stateLabel)}</Tag> },
        { title: '', render: (_, r) => <Moves task={r} /> },
      ]}
    />
  );
};

type AssignForm = Body<'/api/tasks', 'post'> & { teamBranchId?: string };

const AssignButton = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<'person' | 'team'>('person');
  const [form] = Form.useForm<AssignForm>();
  const users = useUsers(undefined, open);
  const branches = useBranches(open);
  const client = useQueryClient();
  const assign = useMutation({
    mutationFn: ({ teamBranchId, assigneeId, ...rest }: AssignForm) =>
      to === 'team'
        ? api('/api/tasks/team', { body: { ...rest, teamBranchId: teamBranchId ?? '' } })
        : api<Task>('/api/tasks', { body: { ...rest, assigneeId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
  const options = (users.data ?? []).map((u) => ({
    value: u.id,
    label: `${u.displayName}（${t(`role.${u.role}`)}）`,
  }));
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="task-assign">
        {t('tasks.assign')}
      </Button>
      <Modal
        open={open}
        title={t('tasks.assign')}
        destroyOnHidden
        onCancel={() => setOpen(false)}
        onOk={() =>
          void form.validateFields().then((v) =>
            assign.mutate(v, {
              onSuccess: () => {
                void message.success(t('tasks.assigned'));
                setOpen(false);
              },
              onError: (e) => void message.error(e.message),
            }),
          )
        }
        okButtonProps={{ loading: assign.isPending }}
      >
        <Form form={form} layout="vertical" initialValues={{ workingDays: 2 }} preserve={false}>
          <Form.Item name="title" label={t('tasks.what')} rules={[{ required: true, min: 2 }]}>
            <Input data-testid="task-title" />
          </Form.Item>
          <Form.Item name="detail" label={t('tasks.detail')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Segmented
            value={to}
            onChange={(v) => setTo(v as 'person' | 'team')}
            options={[
              { value: 'person', label: t('tasks.toPerson') },
              { value: 'team', label: t('tasks.toTeam') },
            ]}
            style={{ marginBottom: 16 }}
            data-testid="task-to"
          />
          {to === 'person' ? (
            <Form.Item name="assigneeId" label={t('tasks.assignee')} rules={[{ required: true }]}>
              <Select showSearch optionFilterProp="label" options={options} data-testid="task-assignee" />
            </Form.Item>
          ) : (
            <Form.Item
              name="teamBranchId"
              label={t('tasks.team')}
              extra={t('tasks.teamHint')}
              rules={[{ required: true }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                options={(branches.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
                data-testid="task-team-branch"
              />
            </Form.Item>
          )}
          <Form.Item name="checkerId" label={t('tasks.checker')}>
            <Select allowClear showSearch optionFilterProp="label" options={options} />
          </Form.Item>
          <Form.Item name="workingDays" label={t('tasks.workingDays')} rules={[{ required: true }]}>
            <InputNumber min={1} max={60} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
};

/** 任务 (issue #20 part 4): my tasks, the tasks I gave, and giving one (team leads and above). */
export const TasksPage = ({ me }: { me: Me }) => {
  const { t } = useTranslation();
  const lead = me.permissions.includes('case.supervise');
  return (
    <Card title={t('tasks.title')} extra={lead && <AssignButton />}>
      <Tabs
        items={[
          { key: 'mine', label: t('tasks.mine'), children: <TaskTable box="mine" /> },
          ...(lead ? [{ key: 'given', label: t('tasks.given'), children: <TaskTable box="given" /> }] : []),
          { key: 'plan', label: t('tasks.plan'), children: <PlanTab /> },
        ]}
      />
    </Card>
  );
};
