/**
 * Enter in a date or a select field never submits the form around it (issue 15 part 8): an agent confirming a typed
 * accident time or picking an option mid-call must not register half a report. The field still gets its Enter (the
 * picker confirms, the select picks): only the browser's implicit form submission, the key's default action, is
 * cancelled. Typing Chinese with an input method (isComposing) is left alone.
 *
 * A long intake form (claim report, consultation, complaint: issue 21 part 2) marks itself `data-enter-guard="all"`:
 * there Enter in any one-line field never submits either, since the agent is filling fields one by one while the
 * caller speaks; the form is sent by its submit button or Ctrl+Enter. A textarea keeps its new line, a button its
 * press.
 */
export const GUARDED_FIELDS = '.ant-picker, .ant-select, [role="combobox"]';
export const GUARDED_FORM = 'form[data-enter-guard="all"]';
/** The form attribute that asks for the whole-form guard. */
export const ENTER_GUARD_ALL = { 'data-enter-guard': 'all' } as const;

const ONE_LINE = 'input:not([type="button"]):not([type="submit"]):not([type="reset"]):not([type="image"])';

export const shouldBlockEnter = (e: Pick<KeyboardEvent, 'key' | 'isComposing' | 'target'>): boolean => {
  if (e.key !== 'Enter' || e.isComposing) return false;
  const target = e.target as Element | null;
  if (!target?.closest?.('form')) return false;
  if (target.closest(GUARDED_FIELDS)) return true;
  return Boolean(target.closest(GUARDED_FORM) && target.matches?.(ONE_LINE));
};

export const installEnterGuard = (doc: Document) =>
  doc.addEventListener(
    'keydown',
    (e) => {
      if (shouldBlockEnter(e)) e.preventDefault();
    },
    true,
  );
