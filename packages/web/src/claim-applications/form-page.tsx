import { PAYEE_ACCOUNT_PROBLEMS, validatePayeeAccount } from '@claimline/domain/fraud';
import { Alert, Button, Card, Checkbox, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { isApiError } from '../api/client.ts';
import {
  APPLICANT_RELATION_LABELS,
  APPLICANT_RELATIONS,
  CLAIM_TYPE_LABELS,
  CLAIM_TYPES,
  lookUpPolicy,
  type PolicyHit,
  useRegister,
} from './api.ts';
import { PolicyTermsText } from './policy-terms.tsx';

type Values = {
  claimType: string;
  relation: string;
  applicantName: string;
  applicantIdNumber: string;
  applicantPhone: string;
  insuredIncapacitated?: boolean;
  description?: string;
  payeeAccount?: string;
};

/**
 * The application form: opened from a claim report (its policy comes with it) or at the desk after looking the
 * policy up by number. The server checks the entitlement and marks the field it refuses.
 */
export const ClaimApplicationFormPage = () => {
  const { t, i18n } = useTranslation();
  const say = (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh);
  const [params] = useSearchParams();
  const reportCaseId = params.get('report') ?? undefined;
  const reportNumber = params.get('number') ?? '';
  const [policyNo, setPolicyNo] = useState('');
  const [policy, setPolicy] = useState<PolicyHit | null>(null);
  const [lookupError, setLookupError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const register = useRegister();
  const navigate = useNavigate();

  const lookUp = async () => {
    setLookupError(null);
    try {
      setPolicy(await lookUpPolicy(policyNo.trim()));
    } catch (e) {
      setPolicy(null);
      setLookupError(isApiError(e) ? e.message : String(e));
    }
  };

  const submit = async (values: Values) => {
    try {
      const d = await register.mutateAsync({
        ...values,
        payeeAccount: values.payeeAccount?.trim() || undefined,
        ...(reportCaseId ? { reportCaseId } : { policyId: policy?.id }),
      });
      navigate(`/claim-applications/${d.id}`);
    } catch (e) {
      if (isApiError(e))
        form.setFields(
          e.details.map((d) => ({ name: d.path.split('.') as [keyof Values], errors: [d.message] })),
        );
    }
  };

  return (
    <Card title={t('claimDesk.formTitle')}>
      {reportCaseId ? (
        <Alert type="info" showIcon message={t('claimDesk.fromReportHint', { number: reportNumber })} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space.Compact style={{ maxWidth: 420 }}>
            <Input
              placeholder={t('claimDesk.policyNo')}
              value={policyNo}
              onChange={(e) => setPolicyNo(e.target.value)}
              data-testid="claim-app-policy-no"
            />
            <Button onClick={() => void lookUp()} data-testid="claim-app-lookup">
              {t('claimDesk.lookUp')}
            </Button>
          </Space.Compact>
          {policy && (
            <Alert
              type="success"
              data-testid="claim-app-policy"
              message={t('claimDesk.policyFound', {
                policyNo: policy.policyNo,
                product: policy.product,
                insured: policy.insuredNameMasked,
              })}
              description={<PolicyTermsText terms={policy} />}
            />
          )}
          {lookupError && <Alert type="error" message={lookupError} />}
        </Space>
      )}
      {register.error && (
        <Alert
          type="error"
          style={{ marginTop: 12 }}
          message={register.error.message}
          data-testid="claim-app-error"
        />
      )}
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 560, marginTop: 16 }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="claimType" label={t('claimDesk.claimType')} rules={[{ required: true }]}>
          <Select
            data-testid="claim-app-type"
            options={CLAIM_TYPES.map((c) => ({ value: c, label: say(CLAIM_TYPE_LABELS[c]) }))}
          />
        </Form.Item>
        <Form.Item name="relation" label={t('claimDesk.relation')} rules={[{ required: true }]}>
          <Select
            data-testid="claim-app-relation"
            options={APPLICANT_RELATIONS.map((r) => ({ value: r, label: say(APPLICANT_RELATION_LABELS[r]) }))}
          />
        </Form.Item>
        <Form.Item name="applicantName" label={t('claimDesk.applicantName')} rules={[{ required: true }]}>
          <Input data-testid="claim-app-name" />
        </Form.Item>
        <Form.Item
          name="applicantIdNumber"
          label={t('claimDesk.applicantIdNumber')}
          rules={[{ required: true }]}
        >
          <Input data-testid="claim-app-id" />
        </Form.Item>
        <Form.Item name="applicantPhone" label={t('claimDesk.applicantPhone')} rules={[{ required: true }]}>
          <Input data-testid="claim-app-phone" />
        </Form.Item>
        <Form.Item
          name="payeeAccount"
          label={t('claimDesk.payeeAccount')}
          extra={t('claimDesk.payeeAccountHint')}
          rules={[
            {
              // The same check as the server's (length; the Luhn digit of a UnionPay card), said on the field.
              validator: async (_r, v?: string) => {
                const r = v?.trim() ? validatePayeeAccount(v) : null;
                if (r && !r.ok) throw new Error(say(PAYEE_ACCOUNT_PROBLEMS[r.problem]));
              },
            },
          ]}
        >
          <Input inputMode="numeric" autoComplete="off" maxLength={40} data-testid="claim-app-payee" />
        </Form.Item>
        <Form.Item name="insuredIncapacitated" valuePropName="checked">
          <Checkbox>{t('claimDesk.insuredIncapacitated')}</Checkbox>
        </Form.Item>
        <Form.Item name="description" label={t('claimDesk.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          loading={register.isPending}
          disabled={!reportCaseId && !policy}
          data-testid="claim-app-submit"
        >
          {t('claimDesk.submit')}
        </Button>
      </Form>
    </Card>
  );
};
