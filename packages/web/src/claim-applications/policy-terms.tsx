import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPercent, formatYuan } from '../shell/money.ts';

export type PolicyTerms = {
  sumInsuredFen: number;
  deductibleFen: number;
  deductibleRateBp: number;
  payoutRatioBp: number;
};

/** The policy's payout terms in one line (sum insured, deductible, 免赔率, 赔付比例): what the assessment applies. */
export const PolicyTermsText = ({ terms }: { terms: PolicyTerms }) => {
  const { t } = useTranslation();
  const none = t('claimFinish.none');
  const parts = [
    `${t('claimFinish.sumInsured')} ${formatYuan(terms.sumInsuredFen)}`,
    `${t('claimFinish.deductible')} ${terms.deductibleFen > 0 ? formatYuan(terms.deductibleFen) : none}`,
    `${t('claimFinish.deductibleRate')} ${terms.deductibleRateBp > 0 ? formatPercent(terms.deductibleRateBp) : none}`,
    `${t('claimFinish.payoutRatio')} ${formatPercent(terms.payoutRatioBp)}`,
  ];
  return (
    <Typography.Text
      data-testid="claim-policy-terms"
      data-rate={terms.deductibleRateBp}
      data-ratio={terms.payoutRatioBp}
    >
      {parts.join(' · ')}
    </Typography.Text>
  );
};
