import { Alert, Checkbox, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';
import type { DutyProposal, ProposeInput } from './api.ts';
import { gapOf } from './grid-model.ts';

type Props = {
  open: boolean;
  current: number;
  running: boolean;
  result: DutyProposal | null;
  onRun: (input: ProposeInput) => void;
  onClose: () => void;
};

/**
 * 建议排班: the manager picks HiGHS or the greedy proposer and confirms that the draft's shifts are replaced; the
 * answer says which method really ran (HiGHS may fall back to greedy), how far from the bound it may be, and what
 * is still short. The grid behind already shows the proposal, every cell still editable.
 */
export const ProposeDialog = ({ open, current, running, result, onRun, onClose }: Props) => {
  const { t } = useTranslation();
  const [method, setMethod] = useState<'highs' | 'greedy'>('highs');
  const [useForecast, setUseForecast] = useState(true);
  const gap = result ? gapOf(result.objective, result.bound) : null;
  return (
    <Modal
      open={open}
      title={result ? t('duty.propose.result') : t('duty.propose.title')}
      onCancel={onClose}
      okText={result ? t('common.ok') : t('duty.propose.run')}
      okButtonProps={{ ...testId('duty-propose-run'), loading: running }}
      cancelButtonProps={result ? { style: { display: 'none' } } : undefined}
      onOk={() => (result ? onClose() : onRun({ method, useForecast }))}
      data-testid="duty-propose-dialog"
      destroyOnHidden
    >
      {result ? (
        <div data-testid="duty-propose-result" data-method={result.method}>
          <Alert
            type={result.fallbackReason ? 'warning' : 'info'}
            showIcon
            title={
              result.fallbackReason
                ? t('duty.propose.fallback', { reason: result.fallbackReason })
                : result.method === 'highs'
                  ? t('duty.propose.usedHighs')
                  : t('duty.propose.usedGreedy')
            }
          />
          <ul style={{ marginTop: 12, paddingLeft: 20 }}>
            <li data-testid="duty-propose-gap">
              {gap === null
                ? t('duty.propose.noGap')
                : t('duty.propose.gap', { gap: `${(gap * 100).toFixed(2)} %` })}
            </li>
            <li>{t('duty.propose.status', { status: result.status })}</li>
            <li>{t('duty.propose.millis', { ms: Math.round(result.millis) })}</li>
            <li>{t('duty.propose.assignments', { n: result.plan.assignments.length })}</li>
            <li>{t('duty.propose.shortMin', { n: result.shortMin })}</li>
            <li>{t('duty.propose.shortWant', { n: result.shortWant })}</li>
          </ul>
        </div>
      ) : (
        <Space orientation="vertical">
          <Alert type="warning" showIcon title={t('duty.propose.confirm', { n: current })} />
          <span>{t('duty.propose.method')}</span>
          <Radio.Group value={method} onChange={(e) => setMethod(e.target.value)}>
            <Radio value="highs" data-testid="duty-propose-highs">
              {t('duty.propose.highs')}
            </Radio>
            <Radio value="greedy" data-testid="duty-propose-greedy">
              {t('duty.propose.greedy')}
            </Radio>
          </Radio.Group>
          <Checkbox checked={useForecast} onChange={(e) => setUseForecast(e.target.checked)}>
            {t('duty.propose.useForecast')}
          </Checkbox>
        </Space>
      )}
    </Modal>
  );
};
