import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_THEME } from './theme.ts';

/** Ant Design follows the UI language: Chinese (zh-CN) unless the user switched to English. */
export const LocaleProvider = ({ children }: { children: ReactNode }) => {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={CONSOLE_THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
};
