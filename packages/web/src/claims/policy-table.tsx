import { Button, Table, type TableColumnsType, Tag } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { arrowKeysAmong } from '../shell/keyboard-actions.ts';
import type { PolicyView } from './api.ts';

const CHOOSE = 'button[data-choose-policy]';

/**
 * The look-up's policies. With several, the focus lands on the first 选择 button and ↑/↓ move between them, Enter
 * chooses (issue 21 part 2); with one, the report form opens at once and takes the focus itself.
 */
export const PolicyTable = ({
  policies,
  chosenId,
  onChoose,
}: {
  policies: PolicyView[];
  chosenId: string | null;
  onChoose: (p: PolicyView) => void;
}) => {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (policies.length > 1) box.current?.querySelector<HTMLElement>(CHOOSE)?.focus();
  }, [policies]);
  const columns: TableColumnsType<PolicyView> = [
    { key: 'no', title: t('claims.lookupBy.policyNo'), dataIndex: 'policyNo' },
    { key: 'product', title: t('cases.kind'), dataIndex: 'product' },
    {
      key: 'insured',
      title: t('claims.insured'),
      render: (_v, p) => `${p.insuredName} ${p.insuredIdNumber}`,
    },
    { key: 'plate', title: t('claims.lookupBy.plate'), render: (_v, p) => p.plate ?? '—' },
    {
      key: 'period',
      title: t('claims.period'),
      render: (_v, p) => (
        <>
          {p.periodFirstDay} ~ {p.periodLastDay}{' '}
          <Tag color={p.inForce ? 'green' : 'default'}>
            {p.inForce ? t('claims.inForce') : t('claims.notInForce')}
          </Tag>
        </>
      ),
    },
    {
      key: 'perils',
      title: t('claims.perils'),
      render: (_v, p) => p.coveredPerils.map((c) => (i18n.language === 'en' ? c.en : c.zh)).join('、'),
    },
    {
      // The payout terms the assessment applies (issue #14): fixed deductible, 免赔率, 赔付比例.
      key: 'terms',
      title: t('claimFinish.policyTerms'),
      render: (_v, p) => (
        <span data-testid={`policy-terms-${p.policyNo}`}>
          {[
            `${t('claimFinish.sumInsured')} ¥${p.sumInsuredYuan.toLocaleString('zh-CN')}`,
            `${t('claimFinish.deductible')} ${p.deductibleYuan > 0 ? `¥${p.deductibleYuan.toLocaleString('zh-CN')}` : t('claimFinish.none')}`,
            `${t('claimFinish.deductibleRate')} ${p.deductibleRateBp > 0 ? `${p.deductibleRateBp / 100}%` : t('claimFinish.none')}`,
            `${t('claimFinish.payoutRatio')} ${p.payoutRatioBp / 100}%`,
          ].join(' · ')}
        </span>
      ),
    },
    {
      key: 'choose',
      render: (_v, p) => (
        <Button
          size="small"
          type={chosenId === p.id ? 'primary' : 'default'}
          onClick={() => onChoose(p)}
          data-choose-policy
          data-testid={`choose-policy-${p.policyNo}`}
        >
          {chosenId === p.id ? t('claims.chosen') : t('claims.choose')}
        </Button>
      ),
    },
  ];
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the keys reach the buttons inside; the div only routes them
    <div ref={box} onKeyDown={arrowKeysAmong(CHOOSE)}>
      <Table<PolicyView>
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={policies}
        data-testid="intake-policies"
      />
    </div>
  );
};
