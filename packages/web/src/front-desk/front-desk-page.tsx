import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { LibraryTab } from './library-tab.tsx';
import { QueueTab } from './queue-tab.tsx';
import { VisitsTab } from './visits-tab.tsx';

/** 前台接待 (issue #15 part 1): the queue, the day's visits with their stage times, the explanation library. */
export const FrontDeskPage = () => {
  const { t } = useTranslation();
  return (
    <Card title={t('frontDesk.title')}>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'queue', label: t('frontDesk.queue'), children: <QueueTab /> },
          { key: 'visits', label: t('frontDesk.visits'), children: <VisitsTab /> },
          {
            key: 'library',
            label: <span data-testid="tab-library">{t('frontDesk.library')}</span>,
            children: <LibraryTab />,
          },
        ]}
      />
    </Card>
  );
};
