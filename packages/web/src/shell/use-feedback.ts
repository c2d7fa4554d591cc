import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

/** Shows an error the way the server phrased it (already in the UI language, see Accept-Language). */
export const useFeedback = () => {
  const { message, modal } = App.useApp();
  const { t } = useTranslation();
  const showError = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) {
        void message.error(error.message);
      } else {
        void message.error(
          error instanceof Error && error.message ? error.message : t('common.networkError'),
        );
      }
    },
    [message, t],
  );
  return { message, modal, showError };
};
