import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Space, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMe } from '../api/auth.ts';
import { CaseTimeline } from '../cases/case-timeline.tsx';
import { CustomerViewLink } from '../customer-view/customer-view-page.tsx';
import { CaseDeadlines } from '../deadlines/case-deadlines.tsx';
import { FraudScorePanel } from '../fraud/score-panel.tsx';
import { NextStepPanel } from '../shell/next-step-panel.tsx';
import { AdvanceDialog } from './advance-dialog.tsx';
import {
  APPLICANT_RELATION_LABELS,
  type ApplicationMove,
  CLAIM_APPLICATION_STATE_LABELS,
  CLAIM_TYPE_LABELS,
  type MoveBody,
  useApplication,
  useMove,
} from './api.ts';
import { AssessmentDialog } from './assessment-dialog.tsx';
import { DecisionDialog } from './decision-dialog.tsx';
import { DecisionPanel } from './decision-panel.tsx';
import { DocumentsCard } from './documents-card.tsx';
import { MoveDialog } from './move-dialog.tsx';
import { PolicyTermsText } from './policy-terms.tsx';

/** Moves with a dialog of their own; the others ask for a note or a recipient, or nothing. */
const OWN_DIALOG = ['recordAssessment', 'decide', 'advancePay'];

/** One application: the checklist, the assessment and decision, the letters, and the moves the server offers. */
export const ClaimApplicationDetailPage = () => {
  const { t, i18n } = useTranslation();
  const say = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const { id = '' } = useParams();
  const query = useApplication(id);
  const me = useMe();
  const move = useMove(id);
  const [asking, setAsking] = useState<ApplicationMove | null>(null);
  const d = query.data;
  if (!d || !me.data) return <Skeleton active />;
  const a = d.application;
  const readOnly = a.state === 'archived';
  // The dialog closes once the move is saved; on a refusal it stays open with what was typed.
  const run = (body: MoveBody) =>
    move.mutate({ ...body, version: d.version }, { onSuccess: () => setAsking(null) });
  // The event names come from the server's own table, so they are bodies of that union.
  const plain = (m: ApplicationMove, extra: { note?: string; recipient?: string } = {}) =>
    run({ event: m.event, ...extra } as MoveBody);
  const start = (m: ApplicationMove) => {
    move.reset();
    if (m.inputs.length > 0 || OWN_DIALOG.includes(m.event)) setAsking(m);
    else plain(m);
  };
  const open = (event: string) => (asking?.event === event ? asking : null);
  const letter = (path: string, testId: string, label: string) => (
    <Button
      icon={<FilePdfOutlined />}
      href={`/api/claim-applications/${d.id}/${path}`}
      target="_blank"
      data-testid={testId}
    >
      {label}
    </Button>
  );
  const decided = a.decision !== null && a.decisionDetail !== null;
  const moveError = move.error?.message;

  return (
    <Flex vertical gap={16} data-testid="claim-application">
      <Card
        title={
          <Space>
            {t('claimDesk.formTitle')}
            <span data-testid="claim-app-number">{d.number}</span>
            <CustomerViewLink kind="case" id={d.id} />
            <Tag color="blue" data-testid="claim-app-state" data-state={a.state}>
              {say(CLAIM_APPLICATION_STATE_LABELS[a.state])}
            </Tag>
            {readOnly && (
              <Tag color="default" data-testid="claim-app-read-only">
                {t('claimDesk.readOnly')}
              </Tag>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={2}>
          <Descriptions.Item label={t('claimDesk.policy')}>
            {a.policy.policyNo}（{a.policy.product}）{a.policy.insuredNameMasked}
          </Descriptions.Item>
          <Descriptions.Item label={t('claimFinish.policyTerms')}>
            <PolicyTermsText terms={a.policyTerms} />
          </Descriptions.Item>
          <Descriptions.Item label={t('claimDesk.report')}>
            {a.report ? <Link to={`/claim-reports/${a.report.id}`}>{a.report.number}</Link> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('claimDesk.claimType')}>
            {say(CLAIM_TYPE_LABELS[a.claimType])}
          </Descriptions.Item>
          <Descriptions.Item label={t('claimDesk.applicant')}>
            {a.applicant.nameMasked} · {a.applicant.idNumberMasked} ·{' '}
            {say(APPLICANT_RELATION_LABELS[a.relation])}
          </Descriptions.Item>
          <Descriptions.Item label={t('claimDesk.payeeAccount')}>
            <span data-testid="claim-app-payee-masked">{a.payeeAccountMasked ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('claimDesk.entitlementBasis')}>{a.entitlementBasis}</Descriptions.Item>
          {readOnly && (
            <Descriptions.Item label={t('claimDesk.retention')}>
              {t('claimDesk.retentionDays', { days: a.retention.days })}
            </Descriptions.Item>
          )}
        </Descriptions>
        <NextStepPanel
          step={d.nextStep}
          onAct={(event) => {
            // The documents are recorded on their checklist below, not in a dialog.
            if (event === 'recordDocuments') {
              document
                .querySelector('[data-testid="claim-app-progress"]')
                ?.scrollIntoView({ block: 'center' });
              return;
            }
            const m = d.moves.find((x) => x.event === event && x.allowed);
            if (m) start(m);
          }}
        />
        {moveError && !asking && (
          <Alert type="error" message={moveError} data-testid="claim-app-move-error" />
        )}
        <Flex wrap gap={8} style={{ marginTop: 12 }} data-testid="claim-app-actions">
          {d.moves
            .filter((m) => m.event !== 'recordDocuments' && (m.allowed || !m.byRole))
            // The next step's move first (issue #21 part 3).
            .sort(
              (x, y) =>
                Number(y.event === d.nextStep?.action.event) - Number(x.event === d.nextStep?.action.event),
            )
            .map((m) => (
              <Tooltip key={m.event} title={m.reason ? say(m.reason) : undefined}>
                <Button
                  type={m.allowed ? 'primary' : 'default'}
                  disabled={!m.allowed}
                  loading={move.isPending && !asking}
                  onClick={() => start(m)}
                  data-testid={`claim-app-action-${m.event}`}
                >
                  {say(m.label)}
                </Button>
              </Tooltip>
            ))}
          {a.missingNotice &&
            letter('missing-notice.pdf', 'claim-app-notice-pdf', t('claimDesk.missingNotice'))}
          {a.handover && letter('transmittal.pdf', 'claim-app-transmittal-pdf', t('claimDesk.transmittal'))}
          {decided &&
            a.decisionDetail?.kind !== 'refuse' &&
            a.payout &&
            letter('payout-notice.pdf', 'claim-app-payout-pdf', t('claimDesk.payoutNotice'))}
          {decided &&
            a.decisionDetail?.kind === 'refuse' &&
            letter('refusal-notice.pdf', 'claim-app-refusal-pdf', t('claimDesk.refusalNotice'))}
        </Flex>
      </Card>
      <DecisionPanel detail={d} />
      <FraudScorePanel caseId={d.id} />
      <DocumentsCard
        detail={d}
        busy={move.isPending}
        onRecord={(_, documents) => run({ event: 'recordDocuments', documents })}
      />
      {d.deadlines.length > 0 && (
        <Card title={t('deadline.title')}>
          <CaseDeadlines deadlines={d.deadlines} />
        </Card>
      )}
      <Card title={t('detail.timeline')}>
        <CaseTimeline caseId={d.id} events={d.events} />
      </Card>
      <AssessmentDialog
        move={open('recordAssessment')}
        busy={move.isPending}
        error={moveError}
        onCancel={() => setAsking(null)}
        onSubmit={(body) => run({ event: 'recordAssessment', ...body })}
      />
      <AdvanceDialog
        move={open('advancePay')}
        busy={move.isPending}
        error={moveError}
        onCancel={() => setAsking(null)}
        onSubmit={(body) => run({ event: 'advancePay', ...body })}
      />
      {open('decide') && (
        <DecisionDialog
          move={open('decide')}
          detail={d}
          role={me.data.role}
          busy={move.isPending}
          error={moveError}
          onCancel={() => setAsking(null)}
          onSubmit={(body) => run({ event: 'decide', ...body })}
        />
      )}
      <MoveDialog
        move={asking && !OWN_DIALOG.includes(asking.event) ? asking : null}
        busy={move.isPending}
        error={moveError}
        onCancel={() => setAsking(null)}
        onSubmit={(values) => asking && plain(asking, values)}
      />
    </Flex>
  );
};
