import { TIMELINE_EVENT_TYPES } from '@claimline/domain/cases';
import { Tag, Timeline, type TimelineProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPermission, useMe } from '../api/auth.ts';
import type { TimelineEvent } from '../api/types.ts';
import { AssignmentLine } from '../shell/assignment-line.tsx';
import { formatTime } from '../shell/format.ts';
import { codeLabel } from '../shell/labels.ts';
import { RevealField } from '../shell/reveal-field.tsx';

const COLORS: Record<string, string> = {
  created: 'blue',
  answer: 'cyan',
  resolve: 'green',
  close: 'gray',
  reopen: 'red',
  transferDeclined: 'red',
  deadlineBreached: 'red',
  deadlineEscalated: 'red',
};

const fcrOf = (data: unknown): boolean | null => {
  if (typeof data !== 'object' || data === null || !('firstContactResolution' in data)) return null;
  const value = data.firstContactResolution;
  return typeof value === 'boolean' ? value : null;
};

/** Names the sweeper notified, on deadline events (C7). */
const notifiedOf = (data: unknown): string | null => {
  if (typeof data !== 'object' || data === null || !('notified' in data)) return null;
  const names = data.notified;
  return Array.isArray(names) && names.length > 0 ? names.join('、') : null;
};

export const CaseTimeline = ({ caseId, events }: { caseId: string; events: TimelineEvent[] }) => {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const canReveal = hasPermission(me, 'personal.reveal');
  const items: TimelineProps['items'] = events.map((event) => {
    const label = codeLabel(TIMELINE_EVENT_TYPES, event.type);
    const fcr = event.type === 'resolve' ? fcrOf(event.data) : null;
    return {
      key: event.id,
      color: COLORS[event.type] ?? 'blue',
      title: <span data-testid="timeline-time">{formatTime(event.at)}</span>,
      content: (
        <div data-testid={`timeline-${event.type}`}>
          <Typography.Text strong>{label}</Typography.Text>
          <Typography.Text type="secondary"> · {event.actorName ?? t('timeline.system')}</Typography.Text>
          <AssignmentLine type={event.type} data={event.data} />
          {fcr && (
            <Tag color="green" style={{ marginLeft: 8 }}>
              {t('cases.fcr')}
            </Tag>
          )}
          {notifiedOf(event.data) && (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {t('timeline.notified', { names: notifiedOf(event.data) })}
            </Typography.Paragraph>
          )}
          {event.note && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
              {event.noteSealed ? (
                <RevealField
                  caseId={caseId}
                  field="case_events.note"
                  eventId={event.id}
                  masked={event.note}
                  canReveal={canReveal}
                />
              ) : (
                event.note
              )}
            </Typography.Paragraph>
          )}
        </div>
      ),
    };
  });
  return <Timeline items={items} data-testid="case-timeline" />;
};
