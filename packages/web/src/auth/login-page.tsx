import { Card, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { useMe } from '../api/auth.ts';
import type { Me } from '../api/types.ts';
import { homePath } from '../shell/desks.tsx';
import { LanguageSwitch } from '../shell/language-switch.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';
import { LoginForm } from './login-form.tsx';

/** Only paths inside the console are followed after sign-in (no open redirect). */
const safeNext = (next: string | null): string | null =>
  next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : null;

export const LoginPage = () => {
  const { t } = useTranslation();
  const { data: me, isPending, refetch } = useMe();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const destination = (user: Me) => next ?? homePath(user);

  if (isPending) return <Spin fullscreen />;
  if (me && !me.mustChangePassword) return <Navigate to={destination(me)} replace />;

  return (
    <Flex
      component="main"
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', background: '#f0f2f5' }}
    >
      <Card
        style={{ width: 380 }}
        title={
          <Flex justify="space-between" align="center">
            <span>{me ? t('password.title') : t('login.title')}</span>
            <LanguageSwitch />
          </Flex>
        }
      >
        <Typography.Title level={1} className="claimline-page-title" style={{ marginBottom: 16 }}>
          {t('app.name')} · {t('login.subtitle')}
        </Typography.Title>
        {me ? <ChangePasswordForm onChanged={() => void refetch()} /> : <LoginForm />}
      </Card>
    </Flex>
  );
};
