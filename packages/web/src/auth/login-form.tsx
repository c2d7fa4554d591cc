import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLogin } from '../api/auth.ts';
import { isApiError } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';

type Values = { username: string; password: string };

/** Signing in stores the user in the query cache; the login page then moves on. */
export const LoginForm = () => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const login = useLogin();

  const onFinish = (values: Values) => {
    if (login.isPending) return;
    login.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED')) applyFieldErrors(form, error, ['username', 'password']);
        },
      },
    );
  };

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false} data-testid="login-form">
      {login.error && (
        <Alert
          type="error"
          showIcon
          title={login.error.message}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      )}
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password
          prefix={<LockOutlined />}
          autoComplete="current-password"
          data-testid="login-password"
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        style={{ marginTop: 8 }}
        loading={login.isPending}
        data-testid="login-submit"
      >
        {t('login.submit')}
      </Button>
    </Form>
  );
};
