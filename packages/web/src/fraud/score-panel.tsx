import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPermission, useMe } from '../api/auth.ts';
import { useCaseScore } from './api.ts';
import { ScoreBreakdown } from './score-breakdown.tsx';

/**
 * The fraud score of a claim on the claim screens, for those who investigate (fraud.investigate). It informs; it
 * never holds the claim up (Insurance Law art. 23 clocks keep running), and opening it is audited when flagged.
 */
export const FraudScorePanel = ({ caseId }: { caseId: string }) => {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const allowed = hasPermission(me.data, 'fraud.investigate');
  const score = useCaseScore(caseId, allowed);
  if (!allowed || !score.data) return null;
  const s = score.data;
  const words = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  return (
    <Card
      size="small"
      title={t('fraud.panelTitle')}
      style={{ marginTop: 16 }}
      data-testid="fraud-score-panel"
    >
      {s.flagged && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          message={t('fraud.flagged', { threshold: s.threshold })}
          description={
            s.investigationState ? t('fraud.inInvestigation', { state: words(s.investigationState) }) : null
          }
        />
      )}
      <ScoreBreakdown score={s.score} hits={s.hits} />
      <div style={{ marginTop: 8, color: '#888' }}>{t('fraud.neverBlocks')}</div>
    </Card>
  );
};
