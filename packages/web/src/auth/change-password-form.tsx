import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../api/auth.ts';
import { isApiError } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';
import { useFeedback } from '../shell/use-feedback.ts';

type Values = { currentPassword: string; newPassword: string; confirm: string };

export const ChangePasswordForm = ({ onChanged }: { onChanged: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const { message } = useFeedback();

  const onFinish = ({ currentPassword, newPassword }: Values) => {
    if (change.isPending) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          void message.success(t('password.changed'));
          onChanged();
        },
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED')) {
            applyFieldErrors(form, error, ['currentPassword', 'newPassword']);
          }
        },
      },
    );
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      requiredMark={false}
      data-testid="change-password-form"
    >
      <Alert type="info" showIcon title={t('password.hint')} style={{ marginBottom: 16 }} />
      {change.error && (
        <Alert type="error" showIcon title={change.error.message} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        name="currentPassword"
        label={t('password.current')}
        rules={[{ required: true, message: t('password.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" data-testid="password-current" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('password.next')}
        rules={[
          { required: true, message: t('password.nextRequired') },
          { min: 10, message: t('password.nextTooShort') },
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-new" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.nextRequired') },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || getFieldValue('newPassword') === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="password-confirm" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={change.isPending} data-testid="password-submit">
        {t('password.submit')}
      </Button>
    </Form>
  );
};
