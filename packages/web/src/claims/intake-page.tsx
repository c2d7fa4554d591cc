import { LOOKUP_KINDS, type LookupKind } from '@claimline/domain/claims';
import { Alert, Button, Card, Checkbox, Col, Flex, Form, Input, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError, newIdempotencyKey } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';
import { KnowledgeSuggestions } from '../knowledge/suggestion-panel.tsx';
import { announce } from '../shell/announcer.tsx';
import { useFormKeyboard } from '../shell/form-keyboard.ts';
import { arrivalAtRecord } from '../shell/keyboard-layer.tsx';
import { useFeedback } from '../shell/use-feedback.ts';
import {
  type LookupResult,
  type PolicyView,
  type ReportSummary,
  useLookup,
  useLookupOutcome,
  useRegisterReport,
} from './api.ts';
import { ExistingReports } from './existing-reports.tsx';
import { PhraseCard } from './phrase-card.tsx';
import { PolicyTable } from './policy-table.tsx';
import { beijingIso, ReportFields, type ReportValues } from './report-form.tsx';

const FIELDS = [
  'occurredAt',
  'knewAt',
  'place',
  'cause',
  'course',
  'injuryDegree',
  'deaths',
  'reporterName',
  'reporterPhone',
  'reporterRelation',
  'confirmIdNumber',
] as const;

const duplicatesOf = (error: unknown): ReportSummary[] => {
  if (!(error instanceof ApiError) || error.code !== 'CLAIM_DUPLICATE_LOSS') return [];
  const raw = error.raw as { existing?: ReportSummary[] } | undefined;
  return raw?.existing ?? [];
};

/** The claim-report desk: look up first, then register in the order of the seed's script (C2). */
export const ClaimIntakePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message, showError } = useFeedback();
  const [by, setBy] = useState<LookupKind>('policyNo');
  const [result, setResult] = useState<LookupResult | null>(null);
  const [policy, setPolicy] = useState<PolicyView | null>(null);
  const [step, setStep] = useState(0);
  const [phrase, setPhrase] = useState<number | null>(0);
  const goTo = (nextStep: number, nextPhrase: number | null) => {
    setStep(nextStep);
    setPhrase(nextPhrase);
  };
  const [duplicates, setDuplicates] = useState<ReportSummary[]>([]);
  const [distinct, setDistinct] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const [form] = Form.useForm<ReportValues>();
  const course = Form.useWatch('course', form);
  const lookup = useLookup();
  const outcome = useLookupOutcome();
  const register = useRegisterReport();
  // The report form opens once a policy is chosen and takes the focus; choosing another puts it back at the top.
  const { formProps, afterServerErrors } = useFormKeyboard({ autoFocus: 'always', focusKey: policy?.id });

  const onLookup = (value: string) => {
    if (!value.trim()) return;
    lookup.mutate(
      { by, value },
      {
        onSuccess: (r) => {
          setResult(r);
          // A new look-up starts a new report: nothing typed for the previous caller carries over.
          form.resetFields();
          setKey(newIdempotencyKey());
          setDuplicates([]);
          setDistinct(false);
          const only = r.policies.length === 1 ? r.policies[0] : undefined;
          setPolicy(only ?? null);
          if (only) goTo(1, 1);
        },
        onError: showError,
      },
    );
  };

  const onRegister = (v: ReportValues) => {
    if (!result || !policy || register.isPending) return;
    const { knewAt, ...values } = v;
    const input = {
      ...values,
      lookupId: result.lookupId,
      policyId: policy.id,
      occurredAt: beijingIso(v.occurredAt),
      ...(knewAt ? { knewAt: beijingIso(knewAt) } : {}),
      confirmDistinctFrom: distinct ? duplicates.map((d) => d.number) : [],
    };
    register.mutate(
      { input, idempotencyKey: key },
      {
        onSuccess: (detail) => {
          void message.success(t('claims.registered', { number: detail.number }));
          navigate(`/claim-reports/${detail.id}`, { state: arrivalAtRecord(detail.number) });
        },
        onError: (error) => {
          setKey(newIdempotencyKey());
          const dup = duplicatesOf(error);
          setDuplicates(dup);
          if (dup.length > 0) return announce(t('claims.sameLoss'));
          const rest = error instanceof ApiError ? applyFieldErrors(form, error, FIELDS) : [];
          afterServerErrors(form);
          if (!(error instanceof ApiError) || error.details.length === 0 || rest.length > 0) showError(error);
        },
      },
    );
  };

  const situation = result && (result.script ?? null);
  return (
    <Row gutter={16}>
      <Col xs={24} xl={17}>
        <Flex vertical gap={16}>
          <Card title={t('claims.intakeTitle')} data-testid="claim-intake">
            <Space.Compact style={{ width: '100%', maxWidth: 560 }} onFocusCapture={() => goTo(0, 0)}>
              <Select<LookupKind>
                value={by}
                onChange={setBy}
                style={{ width: 150 }}
                aria-label={t('claims.lookupByLabel')}
                data-testid="intake-lookup-by"
                options={LOOKUP_KINDS.map((k) => ({ value: k, label: t(`claims.lookupBy.${k}`) }))}
              />
              <Input.Search
                allowClear
                enterButton={t('claims.lookup')}
                autoFocus
                placeholder={t('claims.lookupPlaceholder')}
                loading={lookup.isPending}
                onSearch={onLookup}
                data-testid="intake-lookup-value"
              />
            </Space.Compact>
            {result && result.policies.length === 0 && (
              <Alert
                key={result.lookupId}
                style={{ marginTop: 16 }}
                type="warning"
                showIcon
                data-testid="intake-no-policy"
                title={t('claims.noPolicy')}
                action={
                  <Button
                    size="small"
                    autoFocus
                    loading={outcome.isPending}
                    data-testid="intake-no-policy-told"
                    onClick={() =>
                      outcome.mutate(
                        { lookupId: result.lookupId, outcome: 'noPolicyTold' },
                        {
                          onSuccess: () => void message.success(t('claims.outcomeRecorded')),
                          onError: showError,
                        },
                      )
                    }
                  >
                    {t('claims.noPolicyTold')}
                  </Button>
                }
              />
            )}
            {result && result.policies.length > 0 && (
              <Flex vertical gap={12} style={{ marginTop: 16 }}>
                {result.confirmIdNumberRequired && (
                  <Alert
                    type="warning"
                    showIcon
                    data-testid="intake-same-name"
                    title={t('claims.sameName')}
                  />
                )}
                <ExistingReports reports={result.existingReports} title={t('claims.existingReports')} />
                <PolicyTable
                  policies={result.policies}
                  chosenId={policy?.id ?? null}
                  onChoose={(p) => {
                    setPolicy(p);
                    goTo(1, 1);
                  }}
                />
              </Flex>
            )}
          </Card>
          {policy && result && (
            <Card title={`${t('claims.steps.accident')} · ${policy.policyNo}`}>
              <Form<ReportValues>
                {...formProps}
                form={form}
                layout="vertical"
                onFinish={onRegister}
                data-testid="intake-form"
                initialValues={{
                  channel: 'phone',
                  injuryDegree: 'none',
                  deaths: 0,
                  injured: 0,
                  reporterRelation: 'self',
                  outcomeUncertain: false,
                  mediaInvolved: false,
                  disputeTakenTo: [],
                  litigation: 'none',
                  measures: '',
                  currentState: '',
                }}
              >
                <ReportFields onStep={goTo} confirmId={result.confirmIdNumberRequired} />
                {duplicates.length > 0 && (
                  <Flex vertical gap={8} style={{ marginTop: 16 }}>
                    <ExistingReports reports={duplicates} title={t('claims.sameLoss')} />
                    <Checkbox
                      autoFocus
                      checked={distinct}
                      onChange={(e) => setDistinct(e.target.checked)}
                      data-testid="intake-distinct"
                    >
                      {t('claims.distinctLoss')}
                    </Checkbox>
                  </Flex>
                )}
                <Button
                  style={{ marginTop: 16 }}
                  type="primary"
                  htmlType="submit"
                  loading={register.isPending}
                  onClick={() => goTo(3, 3)}
                  data-testid="intake-submit"
                >
                  {t('claims.register')}
                </Button>
              </Form>
            </Card>
          )}
        </Flex>
      </Col>
      <Col xs={24} xl={7}>
        <PhraseCard step={step} phraseIndex={phrase} extra={situation} />
        <KnowledgeSuggestions text={course ?? ''} />
      </Col>
    </Row>
  );
};
