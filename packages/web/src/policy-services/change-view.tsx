import { Button, Descriptions, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.ts';
import { formatYuan } from '../shell/money.ts';
import { revealChange } from './api.ts';

type Beneficiary = { name: string; idNumber: string; relation: string; sharePercent: number };
type Change = Record<string, unknown>;

const FIELD_LABELS = {
  address: 'policyService.address',
  phone: 'policyService.phone',
  plate: 'policyService.plate',
  bankName: 'policyService.bankName',
  accountName: 'policyService.accountName',
  accountNo: 'policyService.accountNo',
  description: 'policyService.description',
  effectiveDate: 'policyService.effectiveDate',
} as const;

/** The requested change with personal values masked; the full values are a reveal with a reason (audited). */
export const ChangeView = ({ id, change }: { id: string; change: Change }) => {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Change | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const c = shown ?? change;
  const beneficiaries = (c.beneficiaries as Beneficiary[] | undefined) ?? [];
  const reveal = async () => {
    setError(null);
    try {
      setShown((await revealChange(id, reason.trim())).change);
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
    }
  };
  return (
    <div style={{ marginTop: 12 }} data-testid="service-change">
      <Descriptions size="small" column={1} bordered title={t('policyService.change')}>
        {beneficiaries.map((b, i) => (
          // A beneficiary's place in the list is what the label shows: the order is the policy's order.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is read-only and never reordered here
          <Descriptions.Item key={i} label={`${t('policyService.beneficiaries')} ${i + 1}`}>
            {b.name} · {b.idNumber} · {b.relation} · {b.sharePercent}%
          </Descriptions.Item>
        ))}
        {Object.entries(FIELD_LABELS)
          .filter(([k]) => typeof c[k] === 'string')
          .map(([k, label]) => (
            <Descriptions.Item key={k} label={t(label)}>
              {String(c[k])}
            </Descriptions.Item>
          ))}
        {typeof c.newSumInsuredFen === 'number' && (
          <Descriptions.Item label={t('policyService.newSumInsured')}>
            {formatYuan(c.newSumInsuredFen)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {!shown && (
        <Space.Compact style={{ marginTop: 8, maxWidth: 480 }}>
          <Input
            placeholder={t('policyService.revealReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            status={error ? 'error' : undefined}
          />
          <Button disabled={reason.trim().length < 4} onClick={() => void reveal()}>
            {t('policyService.revealChange')}
          </Button>
        </Space.Compact>
      )}
      {error && <div style={{ color: '#cf1322' }}>{error}</div>}
    </div>
  );
};
