import type { FormInstance } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from './announcer.tsx';
import { ENTER_GUARD_ALL } from './enter-guard.ts';
import { firstField } from './keyboard-actions.ts';

type FieldErrors = readonly { name: (string | number)[]; errors: string[] }[];

/**
 * The keyboard rules of an intake form (issue 21 part 2), spread onto its <Form>: the cursor starts in the first
 * field, Enter in a one-line field never submits (ENTER_GUARD_ALL), and a failed submit puts the focus in the first
 * field in error and says how many need attention. `afterServerErrors` does the same for the server's field errors.
 */
export const useFormKeyboard = (
  options: {
    /**
     * `page` (default): the first field takes the focus unless the agent is already working in the page (the focus
     * is in <main>: the new-case kind picker re-showing a form must not pull the focus off its radio buttons);
     * `always`: it does (the report form that opens once a policy is chosen).
     */
    autoFocus?: 'page' | 'always' | false;
    /** A change of this value puts the cursor back in the first field (another policy chosen). */
    focusKey?: unknown;
  } = {},
) => {
  const { t } = useTranslation();
  const root = useRef<HTMLElement | null>(null);
  // A callback ref: Ant Design's form ref is typed by the form's values, and only its element is needed here.
  const ref = useCallback((r: { nativeElement?: HTMLElement } | null) => {
    root.current = r?.nativeElement ?? null;
  }, []);
  const autoFocus = options.autoFocus ?? 'page';

  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey is the trigger, not read
  useEffect(() => {
    if (!autoFocus || !root.current) return;
    if (autoFocus === 'page' && document.activeElement?.closest('main')) return;
    firstField(root.current)?.focus();
  }, [autoFocus, options.focusKey]);

  const say = useCallback(
    (fields: FieldErrors) => {
      const wrong = fields.filter((f) => f.errors.length > 0);
      if (wrong.length === 0) return;
      // The count only: the field's own error is read with it once it has the focus (aria-describedby).
      announce(t('keyboard.formErrors', { count: wrong.length }));
    },
    [t],
  );

  const afterServerErrors = useCallback(
    <V>(form: FormInstance<V>) => {
      const wrong = form.getFieldsError().filter((f) => f.errors.length > 0);
      const first = wrong[0];
      if (!first) return;
      form.focusField(first.name);
      say(wrong);
    },
    [say],
  );

  const formProps = {
    ref,
    // Ant Design scrolls to and focuses the first field in error after its own validation fails.
    scrollToFirstError: { focus: true, block: 'center' as const },
    onFinishFailed: ({ errorFields }: { errorFields: FieldErrors }) => say(errorFields),
    ...ENTER_GUARD_ALL,
  };
  return { formProps, afterServerErrors };
};
