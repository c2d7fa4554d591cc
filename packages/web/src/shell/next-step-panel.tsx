import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../api/types.ts';

export type NextStep = Answers['NextStep'];

/**
 * 下一步 (issue #21 part 3): who acts next on the record and which action is theirs, from the server's answer.
 * When it is the viewer, their action is the first button; otherwise the person's name or the role, and for an
 * assignment whom the routing will give it to (so an agent who may not assign sees it too).
 */
export const NextStepPanel = ({
  step,
  onAct,
}: {
  step: NextStep | null | undefined;
  /** Opens the action's dialog; without it the panel only says whose turn it is. */
  onAct?: ((event: string) => void) | undefined;
}) => {
  const { t, i18n } = useTranslation();
  if (!step) return null;
  const say = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const event = step.action.event;
  return (
    <Card
      size="small"
      title={t('nextStep.title')}
      data-testid="next-step"
      data-actor-kind={step.actor.kind}
      data-event={event ?? ''}
      data-viewer-acts={step.viewerActs}
    >
      <Flex wrap gap={8} align="center">
        {step.actor.kind === 'nobody' ? (
          <Typography.Text type="secondary" data-testid="next-step-finished">
            {t('nextStep.finished')}
          </Typography.Text>
        ) : step.viewerActs && event ? (
          <>
            <Typography.Text strong>{t('nextStep.yourTurn')}</Typography.Text>
            {onAct ? (
              <Button type="primary" onClick={() => onAct(event)} data-testid="next-step-action">
                {say(step.action.label)}
              </Button>
            ) : (
              <Tag color="blue" data-testid="next-step-action-label">
                {say(step.action.label)}
              </Tag>
            )}
          </>
        ) : (
          <Typography.Text data-testid="next-step-who">
            {t('nextStep.waitingFor', { who: say(step.actor.label), action: say(step.action.label) })}
          </Typography.Text>
        )}
        {step.routedTo && (
          <Tag color="green" data-testid="next-step-routed">
            {t('nextStep.routedTo', { name: step.routedTo.name })}
          </Tag>
        )}
      </Flex>
    </Card>
  );
};
