import { Alert, Button, Card, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** The kinds the new-case screen offers; a claim report (报案) has its own desk and look-up. */
export const FORM_KINDS = [
  'consultation',
  'complaint',
  'surrender',
  'endorsement',
  'claimApplication',
  'suggestion',
] as const;
export type FormKind = (typeof FORM_KINDS)[number];
export const isFormKind = (s: string): s is FormKind => (FORM_KINDS as readonly string[]).includes(s);

export const CaseKindPicker = ({ value, onChange }: { value: FormKind; onChange: (k: FormKind) => void }) => {
  const { t } = useTranslation();
  return (
    <Card size="small">
      <span style={{ marginRight: 12 }}>{t('caseKinds.pick')}</span>
      <Radio.Group
        optionType="button"
        value={value}
        onChange={(e) => onChange(e.target.value as FormKind)}
        data-testid="new-case-kind"
        options={FORM_KINDS.map((k) => ({ value: k, label: t(`caseKinds.${k}`) }))}
      />
    </Card>
  );
};

/** Complaints and claim applications are taken on their desks' own forms, which hold their own rules. */
export const OtherDesk = ({ kind }: { kind: 'complaint' | 'claimApplication' }) => {
  const { t } = useTranslation();
  const complaint = kind === 'complaint';
  const navigate = useNavigate();
  return (
    <Alert
      type="info"
      showIcon
      message={t(complaint ? 'caseKinds.complaintHint' : 'caseKinds.claimHint')}
      action={
        // One button, one tab stop (a button inside a link is two stops for one move: issue 21 part 2).
        <Button
          type="primary"
          data-testid="new-case-desk-link"
          onClick={() => navigate(complaint ? '/complaints/new' : '/claim-applications/new')}
        >
          {t(complaint ? 'caseKinds.complaintLink' : 'caseKinds.claimLink')}
        </Button>
      }
    />
  );
};
