import { Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Deadline, ESCALATION_STEPS, oneOf } from '../api/types.ts';
import { formatTime } from '../shell/format.ts';
import { kindLabel } from './countdown.ts';
import { DeadlineBadge } from './deadline-badge.tsx';

/** The deadlines of one case with the rule each comes from, so an agent can say why it is due when. */
export const CaseDeadlines = ({ deadlines }: { deadlines: Deadline[] }) => {
  const { t } = useTranslation();
  const columns: TableColumnsType<Deadline> = [
    {
      key: 'kind',
      title: t('deadline.kind'),
      render: (_v, d) => <Typography.Text strong>{kindLabel(t, d.kind)}</Typography.Text>,
    },
    {
      key: 'countdown',
      title: t('deadline.countdown'),
      render: (_v, d) =>
        d.state === 'met' ? (
          <Tag color={d.breachedAt ? 'red' : 'green'}>
            {d.breachedAt ? t('deadline.metLate') : t('deadline.metAt', { at: formatTime(d.metAt) })}
          </Tag>
        ) : (
          <DeadlineBadge deadline={{ ...d, warned: d.warnedAt !== null }} />
        ),
    },
    { key: 'due', title: t('deadline.due'), render: (_v, d) => formatTime(d.dueAt) },
    {
      key: 'state',
      title: t('deadline.state'),
      render: (_v, d) => (
        <span data-testid={`deadline-state-${d.kind}`} data-state={d.state}>
          {t(`deadline.states.${d.state}`)}
          {d.escalatedTo && d.escalationLevel > 1 && oneOf(ESCALATION_STEPS, d.escalatedTo) && (
            <Typography.Text type="secondary">
              {' · '}
              {t('deadline.escalatedTo', { to: t(`deadline.steps.${d.escalatedTo}`) })}
            </Typography.Text>
          )}
        </span>
      ),
    },
    {
      key: 'source',
      title: t('deadline.source'),
      render: (_v, d) => (
        <Typography.Text type="secondary" data-testid="deadline-source">
          {d.ruleSource}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Table<Deadline>
      data-testid="case-deadlines"
      rowKey="id"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={deadlines}
      // No sideways scroll in the narrow card: the cells wrap (a scrolling region without links is no keyboard stop).
      locale={{ emptyText: t('deadline.empty') }}
    />
  );
};
