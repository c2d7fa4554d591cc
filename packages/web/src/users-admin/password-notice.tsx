import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { testId } from '../shell/format.ts';

/** The one-time password, shown once after a create or a reset; it is not kept anywhere in the console. */
export const PasswordNotice = ({
  shown,
  onClose,
}: {
  shown: { username: string; password: string } | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <Modal
      open={shown !== null}
      title={t('usersAdmin.temporaryTitle')}
      onOk={onClose}
      onCancel={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okButtonProps={testId('password-notice-ok')}
      destroyOnHidden
    >
      {shown && (
        <>
          <Typography.Paragraph copyable={{ text: shown.password }}>
            <Typography.Text code strong style={{ fontSize: 18 }} {...testId('temporary-password')}>
              {shown.password}
            </Typography.Text>
          </Typography.Paragraph>
          <Alert
            type="warning"
            showIcon
            title={t('usersAdmin.temporaryHint', { username: shown.username })}
          />
        </>
      )}
    </Modal>
  );
};
