import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useMe } from '../api/auth.ts';
import { useShareRequests } from './api.ts';
import { RequestForm } from './request-form.tsx';
import { RequestsTable } from './requests-table.tsx';

/**
 * 数据共享 (issue 18 part 2, seed 002 §七(四)2): ask for another department's data, decide on requests for my
 * department's data, and see the grants live now.
 */
export const DataSharingPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const [tab, setTab] = useState<string>();
  const mine = useShareRequests({});
  const pending = useShareRequests({ state: 'requested' });
  const live = useShareRequests({ live: 'true' });
  const own = (mine.data?.items ?? []).filter((r) => r.requester.id === me.data?.id);
  const toDecide = (pending.data?.items ?? []).filter((r) =>
    r.moves.some((m) => m.event === 'approve' && m.allowed),
  );
  const tabs = [
    {
      key: 'mine',
      label: t('dataSharing.tabMine'),
      children: (
        <>
          <RequestForm />
          <RequestsTable items={own} loading={mine.isLoading} />
        </>
      ),
    },
    ...(hasPermission(me.data, 'dataShare.approve')
      ? [
          {
            key: 'decide',
            label: t('dataSharing.tabDecide'),
            children: <RequestsTable items={toDecide} loading={pending.isLoading} />,
          },
        ]
      : []),
    {
      key: 'grants',
      label: t('dataSharing.tabGrants'),
      children: <RequestsTable items={live.data?.items ?? []} loading={live.isLoading} />,
    },
  ];
  return (
    <Card title={t('dataSharing.title')}>
      {/* A manager with requests waiting lands on them; a click decides from then on. */}
      <Tabs items={tabs} activeKey={tab ?? (toDecide.length > 0 ? 'decide' : 'mine')} onChange={setTab} />
    </Card>
  );
};
