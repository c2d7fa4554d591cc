import { Space, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeadlineState } from '../api/types.ts';
import { formatTime } from '../shell/format.ts';
import { formatSpan, kindLabel, URGENCY_COLORS, urgencyOf, useNow } from './countdown.ts';

export type BadgeDeadline = {
  kind: string;
  dueAt: string;
  state: DeadlineState;
  warned: boolean;
  calendarNotPublished: boolean;
};

/** "Not published" beside a deadline computed into a year without a holiday notice (provisional). */
export const NotPublishedTag = () => {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('deadline.notPublishedHint')}>
      <Tag color="purple" data-testid="calendar-not-published">
        {t('deadline.notPublished')}
      </Tag>
    </Tooltip>
  );
};

/** A countdown: green on time, amber once warned, red when overdue; the due time in the tooltip. */
export const DeadlineBadge = ({
  deadline,
  showKind = false,
}: {
  deadline: BadgeDeadline;
  showKind?: boolean;
}) => {
  const { t } = useTranslation();
  const now = useNow();
  const urgency = urgencyOf(deadline, now);
  const left = Date.parse(deadline.dueAt) - now;
  const text =
    urgency === 'done'
      ? t('deadline.states.met')
      : left > 0
        ? t('deadline.remaining', { time: formatSpan(t, left) })
        : t('deadline.overdue', { time: formatSpan(t, left) });
  const kind = kindLabel(t, deadline.kind);
  return (
    <Space size={4} wrap={false}>
      <Tooltip title={`${kind} · ${t('deadline.due')} ${formatTime(deadline.dueAt)}`}>
        <Tag
          color={URGENCY_COLORS[urgency]}
          data-testid="deadline-badge"
          data-urgency={urgency}
          data-state={deadline.state}
        >
          {showKind ? `${kind} · ${text}` : text}
        </Tag>
      </Tooltip>
      {deadline.calendarNotPublished && <NotPublishedTag />}
    </Space>
  );
};
