import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useMarkRead, useNotifications } from '../api/notifications.ts';
import type { AppNotification } from '../api/types.ts';
import { formatTime } from './format.ts';

/** The header bell: the caller's deadline warnings and escalations, unread ones counted. */
export const NotificationBell = () => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const query = useNotifications();
  const markRead = useMarkRead();
  const english = i18n.language === 'en';
  const items = query.data?.items ?? [];

  const openNotice = (n: AppNotification) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (n.caseId) {
      setOpen(false);
      navigate(`/cases/${n.caseId}`);
    }
  };

  const content = (
    <div style={{ width: 380, maxHeight: 420, overflowY: 'auto' }} data-testid="notification-list">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List<AppNotification>
          size="small"
          dataSource={items}
          renderItem={(n) => (
            <List.Item
              data-testid="notification-item"
              data-read={n.readAt ? 'true' : 'false'}
              style={{ cursor: 'pointer', opacity: n.readAt ? 0.6 : 1 }}
              onClick={() => openNotice(n)}
              actions={
                n.readAt
                  ? []
                  : [
                      <Button
                        key="read"
                        size="small"
                        type="link"
                        onClick={(e) => {
                          e.stopPropagation();
                          markRead.mutate(n.id);
                        }}
                      >
                        {t('notifications.markRead')}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <Typography.Text strong={!n.readAt} type={n.kind === 'escalate' ? 'danger' : 'warning'}>
                    {english ? n.messageEn : n.messageZh}
                  </Typography.Text>
                }
                description={formatTime(n.createdAt)}
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover
      content={content}
      title={t('notifications.title')}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <Badge count={query.data?.unread ?? 0} size="small" data-testid="notification-count">
        <Button
          icon={<BellOutlined />}
          aria-label={t('notifications.title')}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
};
