import { Button, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime, testId } from '../shell/format.ts';
import { useRegister } from './api.ts';

/** The hand-over register (交接班登记簿, seed 000 第十条): signed hand-overs, read-only, printable. */
export const RegisterTab = () => {
  const { t } = useTranslation();
  const register = useRegister();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Typography.Text type="secondary">{t('handover.registerHint')}</Typography.Text>
        <Button {...testId('register-pdf')} href="/api/handovers/register.pdf" target="_blank">
          {t('handover.print')}
        </Button>
      </Space>
      <Table
        {...testId('handover-register')}
        size="small"
        rowKey="id"
        loading={register.isLoading}
        dataSource={register.data?.items ?? []}
        columns={[
          { title: t('handover.post'), dataIndex: 'post', key: 'post' },
          {
            title: t('handover.planShift'),
            key: 'planShift',
            render: (_, h) =>
              h.incomingShift
                ? `${h.outgoingShift?.code ?? '—'} → ${h.incomingShift.code}（${h.incomingShift.day}）`
                : '—',
          },
          {
            title: t('handover.incomingShift'),
            key: 'shift',
            render: (_, h) => `${formatTime(h.shiftStart)} – ${formatTime(h.shiftEnd)}`,
          },
          {
            title: t('handover.signedBy'),
            key: 'signed',
            render: (_, h) => `${h.signedBy?.name ?? ''} ${formatTime(h.signedAt)}`,
          },
          {
            title: t('handover.confirmedBy'),
            key: 'confirmed',
            render: (_, h) => `${h.confirmedBy?.name ?? ''} ${formatTime(h.confirmedAt)}`,
          },
          {
            title: t('handover.stats.callsOffered'),
            key: 'calls',
            render: (_, h) => h.statistics?.callsOffered ?? '—',
          },
          {
            title: t('handover.stats.openItems'),
            key: 'open',
            render: (_, h) => h.statistics?.openItems ?? '—',
          },
        ]}
      />
    </Space>
  );
};
