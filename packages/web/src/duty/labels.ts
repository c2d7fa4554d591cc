import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A server label ({ zh, en }) in the console's language. */
export const useSay = () => {
  const { i18n } = useTranslation();
  return useCallback(
    (l: { zh: string; en: string }) => (i18n.language === 'en' ? l.en : l.zh),
    [i18n.language],
  );
};

/** The current month in Beijing time, 'YYYY-MM'. */
export const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

/** Today in Beijing time, 'YYYY-MM-DD'. */
export const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
