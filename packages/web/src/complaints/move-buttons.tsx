import { Button, Flex, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DialogAction } from './action-dialog.tsx';
import type { ComplaintDetail, ComplaintMove } from './api.ts';

const style = (m: ComplaintMove) =>
  ({
    type:
      m.event.startsWith('reject') || ['escalate', 'reopen', 'withdraw'].includes(m.event)
        ? 'default'
        : 'primary',
    danger: m.event.startsWith('reject') || m.event === 'withdraw',
  }) as const;

/**
 * The moves the server offers, as buttons: allowed ones open their dialog; refusals worth explaining (the clock
 * stands still, the call-back was not satisfied, too late) are greyed out with the reason on hover; moves only
 * another role makes are not shown. No guard is decided here.
 */
export const MoveButtons = ({
  detail,
  onMove,
}: {
  detail: ComplaintDetail;
  onMove: (action: DialogAction) => void;
}) => {
  const { t, i18n } = useTranslation();
  const inLanguage = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const waiting = detail.moves.filter((m) => !m.allowed && !m.otherRole);
  const first = detail.nextStep?.action.event;
  return (
    <Flex wrap gap={8}>
      <Space wrap data-testid="complaint-actions">
        {detail.moves
          .filter((m) => m.allowed)
          // The next step's move first (issue #21 part 3).
          .sort((a, b) => Number(b.event === first) - Number(a.event === first))
          .map((m) => (
            <Button
              key={m.event}
              {...style(m)}
              onClick={() => onMove(m.event)}
              data-testid={`complaint-action-${m.event}`}
            >
              {inLanguage(m.label)}
            </Button>
          ))}
        {detail.canFeedback && (
          <Button onClick={() => onMove('feedback')} data-testid="complaint-action-feedback">
            {t('complaints.detail.feedback')}
          </Button>
        )}
      </Space>
      {waiting.length > 0 && (
        <Space wrap data-testid="complaint-unavailable">
          {waiting.map((m) => (
            <Tooltip key={m.event} title={m.reason ? inLanguage(m.reason) : undefined}>
              <Button disabled data-testid={`complaint-unavailable-${m.event}`} data-reason={m.reason?.code}>
                {inLanguage(m.label)}
              </Button>
            </Tooltip>
          ))}
        </Space>
      )}
    </Flex>
  );
};
