import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Skeleton, Space, Tag, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { hasPermission, useLogout } from '../api/auth.ts';
import { useBranches } from '../api/directory.ts';
import { useLiveEvents } from '../api/live.ts';
import type { Me } from '../api/types.ts';
import { DESKS, deskKeyOf, desksFor } from './desks.tsx';
import { KeyboardLayer } from './keyboard-layer.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { NotificationBell } from './notification-bell.tsx';
import { ProgressBar } from './progress-bar.tsx';

const { Header, Sider, Content } = Layout;

/** `banner` is a desk's notice over every screen (typhoon mode's), handed in by the app so the shell knows no desk. */
export const AppShell = ({ me, banner }: { me: Me; banner?: ReactNode }) => {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();
  const selected = deskKeyOf(location.pathname);
  // The bell and my deadlines follow the live stream on every screen (issue #19 part 3: no polling).
  useLiveEvents(['notification', 'deadline']);
  const english = i18n.language === 'en';
  const branches = useBranches(english && hasPermission(me, 'branch.read'));
  const branchEn = branches.data?.find((b) => b.id === me.branchId)?.nameEn;
  const branchName = english && branchEn ? branchEn : me.branchName;
  const roleName = t(`role.${me.role}`);
  const desk = DESKS.find((d) => d.key === selected);
  // The page's one h1 (WCAG 1.3.1, 2.4.6): the desk the user is on, else the console's name.
  const pageTitle = desk ? t(`menu.${desk.labelKey}`) : t('app.title');

  const items = desksFor(me).map((desk) => ({
    key: desk.key,
    icon: desk.icon,
    label: (
      <Link to={desk.path} data-testid={`menu-${desk.key}`}>
        {t(`menu.${desk.labelKey}`)}
      </Link>
    ),
  }));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <ProgressBar />
      <KeyboardLayer me={me} />
      <Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        data-testid="side-menu"
      >
        <div
          style={{ color: '#fff', padding: '16px 20px', fontWeight: 600, fontSize: 18, whiteSpace: 'nowrap' }}
        >
          {collapsed ? 'CL' : t('app.name')}
        </div>
        <nav aria-label={t('header.mainMenu')}>
          <Menu theme="dark" mode="inline" selectedKeys={selected ? [selected] : []} items={items} />
        </nav>
      </Sider>
      <Layout>
        <Header
          style={{
            background: token.colorBgContainer,
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Typography.Title level={1} className="claimline-page-title" data-testid="page-title">
            {pageTitle}
          </Typography.Title>
          <Space size="middle" wrap={false}>
            <Space size={4} data-testid="current-user">
              <UserOutlined />
              <Typography.Text data-testid="current-user-name">{me.displayName}</Typography.Text>
              <Tag color="blue" data-testid="current-user-role">
                {roleName}
              </Tag>
              {/* Head office's role is named after its branch (总公司): say it once. */}
              {branchName !== roleName && (
                <Typography.Text type="secondary" data-testid="current-user-branch">
                  {branchName}
                </Typography.Text>
              )}
            </Space>
            <NotificationBell />
            <LanguageSwitch />
            <Button
              icon={<LogoutOutlined />}
              data-testid="logout"
              loading={logout.isPending}
              onClick={() =>
                logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })
              }
            >
              {t('header.logout')}
            </Button>
          </Space>
        </Header>
        {banner}
        <Content style={{ margin: 24 }}>
          <Suspense fallback={<Skeleton active />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
};
