import { CARE_FLAG_LABELS, CARE_FLAGS } from '@claimline/domain/front-desk';
import { Alert, App, Button, Card, Form, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { inLanguage } from '../knowledge/api.ts';
import { formatTime } from '../shell/format.ts';
import { minSec, useElapsedSince, useMove, useQueue, useRegister, type VisitSummary } from './api.ts';

const Waited = ({ seconds, live, readAt }: { seconds: number; live: boolean; readAt: number }) => {
  const { t } = useTranslation();
  const elapsed = useElapsedSince(readAt);
  const total = seconds + (live ? Math.floor(elapsed / 1000) : 0);
  return <span data-testid="visit-waiting">{t('frontDesk.seconds', minSec(total))}</span>;
};

const CareTag = ({ v }: { v: VisitSummary }) =>
  v.careLabel ? (
    <Tag color="orange" data-testid="visit-care">
      {inLanguage(v.careLabel)}
    </Tag>
  ) : null;

const RegisterButton = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ visitorName: string; careFlag: string }>();
  const register = useRegister();
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="visit-register">
        {t('frontDesk.register')}
      </Button>
      <Modal
        open={open}
        title={t('frontDesk.register')}
        destroyOnHidden
        onCancel={() => setOpen(false)}
        okButtonProps={{ loading: register.isPending, 'data-testid': 'visit-register-ok' }}
        onOk={() =>
          void form.validateFields().then((v) =>
            register.mutate(
              {
                visitorName: v.visitorName,
                careFlag: v.careFlag === 'none' ? null : (v.careFlag as (typeof CARE_FLAGS)[number]),
              },
              {
                onSuccess: (visit) => {
                  void message.success(t('frontDesk.ticketIssued', { ticket: visit.ticketNo }));
                  setOpen(false);
                },
              },
            ),
          )
        }
      >
        <Form form={form} layout="vertical" initialValues={{ careFlag: 'none' }} preserve={false}>
          <Form.Item name="visitorName" label={t('frontDesk.visitorName')} rules={[{ required: true }]}>
            <Input data-testid="visit-name" maxLength={40} />
          </Form.Item>
          <Form.Item name="careFlag" label={t('frontDesk.careFlag')}>
            <Radio.Group data-testid="visit-care-flag">
              <Radio value="none">{t('frontDesk.careNone')}</Radio>
              {CARE_FLAGS.map((c) => (
                <Radio key={c} value={c} data-testid={`care-${c}`}>
                  {inLanguage(CARE_FLAG_LABELS[c])}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
};

const CallButton = ({ v }: { v: VisitSummary }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const move = useMove(v.id);
  return (
    <Button
      size="small"
      type="primary"
      loading={move.isPending}
      data-testid={`visit-call-${v.ticketNo}`}
      onClick={() =>
        move.mutate(
          { event: 'call', version: v.version },
          { onSuccess: () => navigate(`/front-desk/visits/${v.id}`) },
        )
      }
    >
      {t('frontDesk.callNext')}
    </Button>
  );
};

/** 叫号: special care first, then by arrival (the server's order); the waiting time runs live. */
export const QueueTab = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queue = useQueue();
  const readAt = queue.dataUpdatedAt;
  const columns = (waiting: boolean) => [
    {
      title: t('frontDesk.ticket'),
      render: (_: unknown, v: VisitSummary) => (
        <Space>
          <Typography.Text strong>{v.ticketNo}</Typography.Text>
          <CareTag v={v} />
        </Space>
      ),
    },
    { title: t('frontDesk.visitorName'), dataIndex: 'visitorName' },
    { title: t('frontDesk.arrivedAt'), render: (_: unknown, v: VisitSummary) => formatTime(v.arrivedAt) },
    {
      title: t('frontDesk.waiting'),
      render: (_: unknown, v: VisitSummary) => (
        <Waited seconds={v.waitingSeconds} live={waiting} readAt={readAt} />
      ),
    },
    ...(waiting
      ? []
      : [{ title: t('frontDesk.stage'), render: (_: unknown, v: VisitSummary) => inLanguage(v.stateLabel) }]),
    {
      title: '',
      render: (_: unknown, v: VisitSummary) =>
        waiting ? (
          <CallButton v={v} />
        ) : (
          <Button size="small" onClick={() => navigate(`/front-desk/visits/${v.id}`)}>
            {t('frontDesk.open')}
          </Button>
        ),
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {queue.data?.greeting && (
        <Alert type="info" showIcon title={t('frontDesk.greeting')} description={queue.data.greeting} />
      )}
      <Card title={t('frontDesk.waitingList')} extra={<RegisterButton />} size="small">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          loading={queue.isLoading}
          dataSource={queue.data?.waiting ?? []}
          locale={{ emptyText: t('frontDesk.noneWaiting') }}
          onRow={(v) => ({ 'data-testid': `queue-row-${v.ticketNo}` }) as object}
          columns={columns(true)}
        />
      </Card>
      <Card title={t('frontDesk.serving')} size="small">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={queue.data?.serving ?? []}
          columns={columns(false)}
        />
      </Card>
    </Space>
  );
};
