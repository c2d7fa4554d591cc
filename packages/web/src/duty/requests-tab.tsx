import { Button, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '../shell/use-feedback.ts';
import { type DutyLeave, useLeaveRequests, useRequestChange, useSwapRequests } from './api.ts';

const stateColor = { pending: 'gold', approved: 'green', rejected: 'default' } as const;

/**
 * Leave and swaps waiting for the manager (seed 000 第二条: leave is reported with a replacement; no swap without
 * approval). Approving leave hands the requester's shifts to the named replacement; the plan is re-checked and
 * any violation the move causes is said at once.
 */
export const RequestsTab = () => {
  const { t } = useTranslation();
  const { message, showError } = useFeedback();
  const leave = useLeaveRequests();
  const swaps = useSwapRequests();
  const change = useRequestChange();
  const afterDecision = (r: { violations: readonly unknown[] }) => {
    if (r.violations.length > 0)
      void message.warning(t('duty.requests.afterViolations', { n: r.violations.length }));
    else void message.success(t('duty.requests.decided'));
  };
  const decide = (kind: 'leave' | 'swap', id: string, approve: boolean) =>
    (kind === 'leave' ? change.decideLeave : change.decideSwap).mutate(
      { id, approve },
      { onSuccess: afterDecision, onError: showError },
    );
  const buttons = (kind: 'leave' | 'swap', id: string, state: DutyLeave['state']) =>
    state === 'pending' ? (
      <Space>
        <Button type="primary" size="small" onClick={() => decide(kind, id, true)} data-testid="duty-approve">
          {t('duty.requests.approve')}
        </Button>
        <Button danger size="small" onClick={() => decide(kind, id, false)} data-testid="duty-reject">
          {t('duty.requests.reject')}
        </Button>
      </Space>
    ) : null;
  const stateTag = (s: DutyLeave['state']) => (
    <Tag color={stateColor[s]}>{t(`duty.requests.state.${s}`)}</Tag>
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={5}>{t('duty.requests.leave')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={leave.isLoading}
        dataSource={leave.data ?? []}
        locale={{ emptyText: t('duty.requests.empty') }}
        onRow={(l) => ({ 'data-testid': 'duty-leave-row', 'data-state': l.state }) as never}
        columns={[
          { title: t('duty.requests.requester'), dataIndex: 'userName' },
          {
            title: t('duty.requests.days'),
            render: (_, l) => (l.fromDay === l.toDay ? l.fromDay : `${l.fromDay} – ${l.toDay}`),
          },
          { title: t('duty.requests.replacement'), dataIndex: 'replacementName' },
          { title: t('duty.requests.reason'), dataIndex: 'reason' },
          { title: '', render: (_, l) => stateTag(l.state) },
          { title: '', render: (_, l) => buttons('leave', l.id, l.state) },
        ]}
      />
      <Typography.Title level={5}>{t('duty.requests.swaps')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={swaps.isLoading}
        dataSource={swaps.data ?? []}
        locale={{ emptyText: t('duty.requests.empty') }}
        onRow={(w) => ({ 'data-testid': 'duty-swap-row', 'data-state': w.state }) as never}
        columns={[
          { title: t('duty.requests.requester'), dataIndex: 'fromUserName' },
          { title: t('duty.requests.days'), dataIndex: 'date' },
          { title: t('duty.requests.shift'), dataIndex: 'shiftCode' },
          { title: t('duty.requests.to'), dataIndex: 'toUserName' },
          { title: t('duty.requests.reason'), dataIndex: 'reason' },
          { title: '', render: (_, w) => stateTag(w.state) },
          { title: '', render: (_, w) => buttons('swap', w.id, w.state) },
        ]}
      />
    </Space>
  );
};
