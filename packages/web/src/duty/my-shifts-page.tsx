import { Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/auth.ts';
import { testId } from '../shell/format.ts';
import { useFeedback } from '../shell/use-feedback.ts';
import {
  type MyShift,
  useDutySetup,
  useLeaveRequests,
  useMyShifts,
  useRequestChange,
  useSwapRequests,
} from './api.ts';
import { useSay } from './labels.ts';

type Ask = { kind: 'leave' | 'swap'; shift: MyShift };
type AskValues = { days?: [Dayjs, Dayjs]; reason: string; to: string };

const stateColor = { pending: 'gold', approved: 'green', rejected: 'default' } as const;

/**
 * 我的班次: my shifts in published plans from today; leave with a named replacement (seed 000 第二条 安排人员
 * 替班) and swaps asked for, never done on one's own (不得擅自调班): both wait for the service manager.
 */
export const MyShiftsPage = () => {
  const { t } = useTranslation();
  const say = useSay();
  const { message, showError } = useFeedback();
  const me = useMe();
  const shifts = useMyShifts();
  const setup = useDutySetup();
  const leave = useLeaveRequests();
  const swaps = useSwapRequests();
  const change = useRequestChange();
  const [ask, setAsk] = useState<Ask | null>(null);
  const [form] = Form.useForm<AskValues>();
  const colleagues = (setup.data?.agents ?? []).filter((a) => a.id !== me.data?.id);
  const open = (kind: Ask['kind'], shift: MyShift) => {
    setAsk({ kind, shift });
    form.setFieldsValue({ days: [dayjs(shift.date), dayjs(shift.date)], reason: '', to: undefined });
  };
  const done = {
    onSuccess: () => {
      setAsk(null);
      void message.success(t('duty.my.sent'));
    },
    onError: showError,
  };
  const submit = (v: AskValues) => {
    if (!ask) return;
    if (ask.kind === 'leave') {
      const [from, to] = v.days ?? [dayjs(ask.shift.date), dayjs(ask.shift.date)];
      change.askLeave.mutate(
        {
          fromDay: from.format('YYYY-MM-DD'),
          toDay: to.format('YYYY-MM-DD'),
          reason: v.reason,
          replacementId: v.to,
        },
        done,
      );
    } else change.askSwap.mutate({ assignmentId: ask.shift.id, toUserId: v.to, reason: v.reason }, done);
  };
  const mine = [
    ...(leave.data ?? [])
      .filter((l) => l.userId === me.data?.id)
      .map((l) => ({
        id: l.id,
        kind: t('duty.my.askLeave'),
        days: l.fromDay === l.toDay ? l.fromDay : `${l.fromDay} – ${l.toDay}`,
        other: l.replacementName,
        state: l.state,
      })),
    ...(swaps.data ?? [])
      .filter((w) => w.fromUserId === me.data?.id)
      .map((w) => ({
        id: w.id,
        kind: t('duty.my.askSwap'),
        days: w.date,
        other: w.toUserName,
        state: w.state,
      })),
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card title={t('duty.my.title')}>
        <Table
          rowKey="id"
          size="small"
          loading={shifts.isLoading}
          dataSource={shifts.data ?? []}
          locale={{ emptyText: t('duty.my.empty') }}
          // About two months of shifts on one page: this month's and next month's plan read at a glance.
          pagination={{ pageSize: 62 }}
          onRow={(s) => ({ 'data-testid': 'my-shift', 'data-date': s.date }) as never}
          columns={[
            { title: t('duty.my.date'), dataIndex: 'date' },
            { title: t('duty.my.shift'), dataIndex: 'code' },
            { title: t('duty.my.time'), render: (_, s) => `${s.start}–${s.end}` },
            { title: t('duty.my.post'), render: (_, s) => say(s.post) },
            {
              title: '',
              render: (_, s) => (
                <Space>
                  <Button size="small" onClick={() => open('leave', s)} data-testid="my-shift-leave">
                    {t('duty.my.askLeave')}
                  </Button>
                  <Button size="small" onClick={() => open('swap', s)} data-testid="my-shift-swap">
                    {t('duty.my.askSwap')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('duty.my.myRequests')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={mine}
          locale={{ emptyText: t('duty.requests.empty') }}
          onRow={(r) => ({ 'data-testid': 'my-request', 'data-state': r.state }) as never}
          columns={[
            { title: '', dataIndex: 'kind' },
            { title: t('duty.my.date'), dataIndex: 'days' },
            { title: t('duty.my.replacement'), dataIndex: 'other' },
            {
              title: '',
              render: (_, r) => <Tag color={stateColor[r.state]}>{t(`duty.requests.state.${r.state}`)}</Tag>,
            },
          ]}
        />
      </Card>
      <Modal
        open={ask !== null}
        title={ask?.kind === 'swap' ? t('duty.my.swapTitle') : t('duty.my.leaveTitle')}
        onCancel={() => setAsk(null)}
        onOk={() => form.submit()}
        okButtonProps={{
          ...testId('my-ask-submit'),
          loading: change.askLeave.isPending || change.askSwap.isPending,
        }}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          {ask?.kind === 'leave' && (
            <Form.Item
              name="days"
              label={`${t('duty.my.from')} – ${t('duty.my.to')}`}
              rules={[{ required: true }]}
            >
              <DatePicker.RangePicker />
            </Form.Item>
          )}
          <Form.Item
            name="to"
            label={ask?.kind === 'swap' ? t('duty.my.swapTo') : t('duty.my.replacement')}
            rules={[{ required: true }]}
          >
            <Select
              data-testid="my-ask-to"
              options={colleagues.map((a) => ({ value: a.id, label: a.name }))}
            />
          </Form.Item>
          <Form.Item name="reason" label={t('duty.my.reason')} rules={[{ required: true, max: 200 }]}>
            <Input data-testid="my-ask-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
};
