import { Card, Empty, Space, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types.ts';
import { useMyHandovers } from './api.ts';
import { FaultsTab } from './faults-tab.tsx';
import { HandoverCard } from './handover-card.tsx';
import { PresenceSwitch, PresenceWallTab } from './presence.tsx';
import { RegisterTab } from './register-tab.tsx';

/** 交接班: my hand-over today, the register, the presence wall (leads) and the fault log. */
export const HandoverPage = ({ me }: { me: Me }) => {
  const { t } = useTranslation();
  const mine = useMyHandovers();
  const items = [
    {
      key: 'mine',
      label: t('handover.tabs.mine'),
      children: mine.isLoading ? (
        <Spin />
      ) : (mine.data?.items ?? []).length === 0 ? (
        <Empty description={t('handover.none')} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {(mine.data?.items ?? []).map((h) => (
            <HandoverCard key={h.id} h={h} />
          ))}
        </Space>
      ),
    },
    { key: 'register', label: t('handover.tabs.register'), children: <RegisterTab /> },
    ...(me.permissions.includes('case.supervise')
      ? [{ key: 'wall', label: t('handover.tabs.wall'), children: <PresenceWallTab /> }]
      : []),
    { key: 'faults', label: t('handover.tabs.faults'), children: <FaultsTab /> },
  ];
  return (
    <Card
      title={
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('handover.title')}
        </Typography.Title>
      }
      extra={<PresenceSwitch />}
    >
      <Tabs items={items} destroyOnHidden />
    </Card>
  );
};
