import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../shell/format.ts';
import { formatYuan } from '../shell/money.ts';
import type { ApplicationDetail } from './api.ts';

/**
 * The advance payment (Insurance Law art. 25) and, once an amount is decided, the settlement: the decided amount,
 * less what was advanced, and the balance the payment pays. Nothing when there is neither.
 */
export const AdvanceAndSettlement = ({ detail }: { detail: ApplicationDetail }) => {
  const { t } = useTranslation();
  const { advance, settlement } = detail.application;
  return (
    <>
      {advance && (
        <Descriptions
          size="small"
          column={2}
          title={t('claimFinish.advanceTitle')}
          style={{ marginTop: 12 }}
          data-testid="claim-app-advance"
        >
          <Descriptions.Item label={t('claimFinish.advancePaid')}>
            <span data-testid="claim-app-advance-amount">{formatYuan(advance.amountFen)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('claimFinish.payee')}>{advance.payeeMasked}</Descriptions.Item>
          <Descriptions.Item label={t('claimFinish.basis')}>{advance.basis}</Descriptions.Item>
          <Descriptions.Item label=" ">
            {t('claimFinish.advanceBy', { by: advance.by, at: formatTime(advance.at) })}
          </Descriptions.Item>
        </Descriptions>
      )}
      {settlement && settlement.advanceFen > 0 && (
        <Descriptions
          size="small"
          column={3}
          title={t('claimFinish.settlementTitle')}
          style={{ marginTop: 12 }}
          data-testid="claim-app-settlement"
        >
          <Descriptions.Item label={t('claimFinish.decided')}>
            {formatYuan(settlement.decidedFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('claimFinish.advanceDeducted')}>
            −{formatYuan(settlement.advanceFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('claimFinish.balance')}>
            <span data-testid="claim-app-balance">{formatYuan(settlement.balanceFen)}</span>
          </Descriptions.Item>
        </Descriptions>
      )}
    </>
  );
};
