import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api/client.ts';
import type { Answers } from '../api/types.ts';
import { formatTime } from '../shell/format.ts';

/**
 * The agent's open tasks on the home page (issue #20 part 4: "An agent's task list sits on their home page"):
 * nothing when there are none, else each task with its due time and a link to the 任务 desk.
 */
export const OpenTasks = () => {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ['tasks', 'mine'],
    queryFn: ({ signal }) => api<Answers['TeamTaskList']>('/api/tasks', { query: { box: 'mine' }, signal }),
  });
  const open = (q.data?.items ?? []).filter((x) => x.state === 'assigned');
  if (open.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginTop: 12 }}
      data-testid="open-tasks"
      title={<Link to="/tasks">{t('tasks.openCount', { count: open.length })}</Link>}
      description={
        <Space direction="vertical" size={2}>
          {open.slice(0, 5).map((x) => (
            <span key={x.id}>
              {x.title} · {t('tasks.due')} {formatTime(x.dueAt)}{' '}
              {x.overdue && <Tag color="red">{t('tasks.overdue')}</Tag>}
            </span>
          ))}
        </Space>
      }
    />
  );
};
