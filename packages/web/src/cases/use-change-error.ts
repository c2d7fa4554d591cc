import { useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/client.ts';
import { applyFieldErrors } from '../api/form-errors.ts';
import { caseKey } from '../api/keys.ts';
import { useFeedback } from '../shell/use-feedback.ts';

/** Codes after which what the screen shows is stale: show the server's message and reload the case. */
const STALE = new Set([
  'VERSION_CONFLICT',
  'TRANSITION_NOT_ALLOWED',
  'NOT_CASE_OWNER',
  'TRANSFER_PENDING',
  'NO_PENDING_TRANSFER',
]);

export const useChangeError = (caseId: string) => {
  const client = useQueryClient();
  const { message, showError } = useFeedback();
  return useCallback(
    (error: unknown, form?: FormInstance, fields: readonly string[] = ['note']) => {
      if (error instanceof ApiError && STALE.has(error.code)) {
        void message.warning(error.message);
        void client.invalidateQueries({ queryKey: caseKey(caseId) });
        return;
      }
      if (error instanceof ApiError && form && error.details.length > 0) {
        if (applyFieldErrors(form, error, fields).length === 0) return;
      }
      if (error instanceof ApiError && form && error.code === 'NOTE_REQUIRED') {
        form.setFields([{ name: 'note', errors: [error.message] }]);
        return;
      }
      showError(error);
    },
    [client, caseId, message, showError],
  );
};
