import { Alert, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.ts';
import { lookUpServicePolicy, type ServicePolicyHit } from './api.ts';

/**
 * The policy look-up both forms start with (seed 003 第五条 "询问保单详情——保单号码，险种名称，被保险人姓名"):
 * masked, in the agent's branches, with the documents to bring for this kind of request.
 */
export const PolicyLookup = ({
  kind,
  hit,
  onHit,
}: {
  kind: 'surrender' | 'endorsement';
  hit: ServicePolicyHit | null;
  onHit: (hit: ServicePolicyHit | null) => void;
}) => {
  const { t, i18n } = useTranslation();
  const [policyNo, setPolicyNo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const lookUp = async () => {
    setError(null);
    try {
      onHit(await lookUpServicePolicy(policyNo.trim()));
    } catch (e) {
      onHit(null);
      setError(isApiError(e) ? e.message : String(e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space.Compact style={{ maxWidth: 420 }}>
        <Input
          placeholder={t('policyService.policyNo')}
          value={policyNo}
          onChange={(e) => setPolicyNo(e.target.value)}
          onPressEnter={() => void lookUp()}
          data-testid="service-policy-no"
        />
        <Button onClick={() => void lookUp()} data-testid="service-lookup">
          {t('policyService.lookUp')}
        </Button>
      </Space.Compact>
      {hit && (
        <Alert
          type="success"
          data-testid="service-policy"
          message={t('policyService.policyFound', {
            policyNo: hit.policy.policyNo,
            product: hit.policy.product,
            holder: hit.policy.policyholderNameMasked,
            insured: hit.policy.insuredNameMasked,
          })}
          description={
            <span data-testid="service-bring">
              {t('policyService.bring')}：
              {hit.documents[kind].map((d) => (i18n.language === 'en' ? d.en : d.zh)).join('、')}
            </span>
          }
        />
      )}
      {error && <Alert type="error" message={error} data-testid="service-lookup-error" />}
    </Space>
  );
};
