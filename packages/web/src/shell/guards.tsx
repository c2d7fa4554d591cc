import type { Permission } from '@claimline/domain/access';
import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useMe } from '../api/auth.ts';
import type { Me } from '../api/types.ts';

/** Renders its children with the signed-in user, or sends the visitor to the login page and back. */
export const RequireAuth = ({ children }: { children: (me: Me) => ReactNode }) => {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  if (isPending) return <Spin fullscreen />;
  if (error) {
    return (
      <Result
        status="error"
        title={error.message}
        extra={<Button onClick={() => void refetch()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!me || me.mustChangePassword) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return children(me);
};

export const RequirePermission = ({
  me,
  permission,
  children,
}: {
  me: Me;
  permission: Permission;
  children: ReactNode;
}) => {
  const { t } = useTranslation();
  if (me.permissions.includes(permission)) return children;
  return <Result status="403" title="403" subTitle={t('common.forbidden')} data-testid="forbidden" />;
};

export const NotFoundPage = ({ noDesk = false }: { noDesk?: boolean }) => {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t(noDesk ? 'common.noDesk' : 'common.pageNotFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.back')}</Button>
        </Link>
      }
    />
  );
};
