import { STANDARD_SITUATIONS } from '@claimline/domain/scripts';
import { Alert, Card, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../scripts/api.ts';
import { fillLine } from '../scripts/phrase-panel.tsx';
import type { Line } from './api.ts';

const DEFAULT_CLAIM_REPORT = STANDARD_SITUATIONS.find((s) => s.id === 'claimReport');
const STEP_IDS = ['policy', 'accident', 'reporter', 'confirm'] as const;

/**
 * The standard phrase of the current intake step beside the fields (seed 000 §(三)4: claim-report lines), and any
 * situational line the server gave (no policy, same name, already reported).
 */
export const PhraseCard = ({
  step,
  phraseIndex,
  extra,
}: {
  step: number;
  phraseIndex: number | null;
  extra?: Line | null | undefined;
}) => {
  const { t, i18n } = useTranslation();
  // The service manager's current pack (versioned, C8); the shipped default until it has loaded.
  const desk = useDesk();
  const CLAIM_REPORT =
    desk.data?.standard.data.situations.find((s) => s.id === 'claimReport') ?? DEFAULT_CLAIM_REPORT;
  const vars = { lineName: desk.data?.settings.lineName ?? '', agentNo: desk.data?.agentNo ?? '' };
  const phrase = phraseIndex === null ? undefined : CLAIM_REPORT?.steps[phraseIndex];
  return (
    <Card title={t('claims.say')} size="small" data-testid="intake-phrase-card">
      <Steps
        direction="vertical"
        size="small"
        current={step}
        items={STEP_IDS.map((id) => ({ title: t(`claims.steps.${id}`) }))}
      />
      {phrase && (
        <Typography.Paragraph strong data-testid="intake-phrase" style={{ fontSize: 15 }}>
          “{fillLine(phrase.say, vars)}”
          {phrase.or?.map((o) => (
            <Typography.Text key={o} type="secondary" style={{ display: 'block', fontWeight: 'normal' }}>
              / “{fillLine(o, vars)}”
            </Typography.Text>
          ))}
        </Typography.Paragraph>
      )}
      {CLAIM_REPORT && <Typography.Text type="secondary">{CLAIM_REPORT.source}</Typography.Text>}
      {extra && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          data-testid="intake-situation-line"
          title={`“${i18n.language === 'en' ? extra.en : extra.zh}”`}
          description={extra.source}
        />
      )}
    </Card>
  );
};
