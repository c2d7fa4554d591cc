/**
 * Enter in a date or a select field never submits the form around it (issue 15 part 8): an agent confirming a typed
 * accident time or picking an option mid-call must not register half a report. The field still gets its Enter (the
 * picker confirms, the select picks): only the browser's implicit form submission, the key's default action, is
 * cancelled. Typing Chinese with an input method (isComposing) is left alone.
 */
export const GUARDED_FIELDS = '.ant-picker, .ant-select, [role="combobox"]';

export const shouldBlockEnter = (e: Pick<KeyboardEvent, 'key' | 'isComposing' | 'target'>): boolean => {
  if (e.key !== 'Enter' || e.isComposing) return false;
  const target = e.target as Element | null;
  return Boolean(target?.closest?.(GUARDED_FIELDS) && target.closest('form'));
};

export const installEnterGuard = (doc: Document) =>
  doc.addEventListener(
    'keydown',
    (e) => {
      if (shouldBlockEnter(e)) e.preventDefault();
    },
    true,
  );
