import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language, setLanguage } from '../i18n/index.ts';

export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();
  const value = i18n.language === 'en' ? 'en' : currentLanguage();
  return (
    <Segmented<Language>
      data-testid="language-switch"
      size="small"
      value={value}
      aria-label={t('language.label')}
      options={[
        { value: 'zh-CN', label: <span data-testid="language-zh-CN">{t('language.zhCN')}</span> },
        { value: 'en', label: <span data-testid="language-en">{t('language.en')}</span> },
      ]}
      onChange={(language) => void setLanguage(language)}
    />
  );
};
