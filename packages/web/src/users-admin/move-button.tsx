import { Button, Popconfirm, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';
import type { AdminUser, UserMove } from './api.ts';

/**
 * One administration move as the server offers it: enabled, or greyed with the server's reason in a tooltip (the
 * console never re-implements the rule).
 */
export const MoveButton = ({
  user,
  move,
  onRun,
  confirm = true,
  loading,
}: {
  user: AdminUser;
  move: UserMove;
  onRun: () => void;
  confirm?: boolean;
  loading?: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const offered = user.moves.find((m) => m.move === move);
  const label = t(`usersAdmin.moves.${move}`);
  const reason = offered?.reason ? (i18n.language === 'en' ? offered.reason.en : offered.reason.zh) : null;
  const button = (
    <Button size="small" disabled={!offered?.allowed} loading={loading} {...testId(`move-${move}`)}>
      {label}
    </Button>
  );
  if (!offered?.allowed)
    return (
      <Tooltip title={reason}>
        <span {...testId(`move-${move}-refused`)} data-reason={offered?.reason?.code ?? ''}>
          {button}
        </span>
      </Tooltip>
    );
  if (!confirm)
    return (
      <Button size="small" loading={loading} onClick={onRun} {...testId(`move-${move}`)}>
        {label}
      </Button>
    );
  return (
    <Popconfirm
      title={t('usersAdmin.confirm', { move: label, name: user.displayName })}
      onConfirm={onRun}
      okButtonProps={testId('confirm-ok')}
    >
      {button}
    </Popconfirm>
  );
};
