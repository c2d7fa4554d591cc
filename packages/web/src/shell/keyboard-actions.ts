/**
 * What the shortcuts and the focus rules do on the page (issue 21 part 2). They find their targets by the console's
 * own markup (Ant Design's classes, the shell's <main>), so no desk has to register anything for the common moves.
 */
import { arrowTarget, DIALOG } from './shortcut-rules.ts';

const visible = (el: Element): el is HTMLElement =>
  el instanceof HTMLElement && el.getClientRects().length > 0 && !el.closest('[aria-hidden="true"]');

const enabled = (el: HTMLElement) => !el.matches(':disabled, [aria-disabled="true"]');

/** The fields a keyboard user works in (a select's and a picker's own input included). */
const FIELD = 'input:not([type="hidden"]), textarea, select, [contenteditable="true"]';

export const firstField = (root: ParentNode): HTMLElement | undefined => {
  const field = [...root.querySelectorAll<HTMLElement>(FIELD)].find(
    (el) => el.tabIndex >= 0 && visible(el) && enabled(el),
  );
  // In a radio group the checked option is the group's one tab stop.
  if (field instanceof HTMLInputElement && field.type === 'radio' && !field.checked && field.name)
    return root.querySelector<HTMLInputElement>(`input[name="${CSS.escape(field.name)}"]:checked`) ?? field;
  return field;
};

/** The form the focus is in, else the one form of the open dialog, else the one form of the page. */
export const currentForm = (doc: Document): HTMLFormElement | undefined => {
  const active = doc.activeElement?.closest('form');
  if (active) return active;
  const dialog = [...doc.querySelectorAll(DIALOG)].find(visible);
  const forms = [...(dialog ?? doc.querySelector('main') ?? doc).querySelectorAll('form')].filter(visible);
  return forms.length === 1 ? forms[0] : undefined;
};

/** Presses the form's own submit button, so its click handlers run as for a mouse user; returns whether it could. */
export const submitForm = (form: HTMLFormElement): boolean => {
  const button = [...form.querySelectorAll<HTMLButtonElement>('button[type="submit"]')].find(
    (b) => visible(b) && enabled(b),
  );
  if (button) button.click();
  else form.requestSubmit();
  return true;
};

/** The search box of the page: a list's own search field first. */
export const searchField = (doc: Document): HTMLInputElement | undefined =>
  [...doc.querySelectorAll<HTMLInputElement>('main .ant-input-search input, main input[type="search"]')].find(
    (el) => visible(el) && enabled(el),
  );

/**
 * The record's next step: a button the page marks `data-primary-action`, else its first primary button. Only the
 * focus moves there: the agent hears what it is and presses Enter to do it, so one stray key never moves a case.
 */
export const primaryAction = (doc: Document): HTMLElement | undefined => {
  const main = doc.querySelector('main');
  if (!main) return undefined;
  const marked = [...main.querySelectorAll<HTMLElement>('[data-primary-action]')].find(visible);
  if (marked) return marked;
  return [...main.querySelectorAll<HTMLElement>('button.ant-btn-primary')].find(
    (b) => visible(b) && enabled(b) && !b.closest('form'),
  );
};

/** The heading of a record just saved: the first card title in <main> that names it (its number). */
export const recordHeading = (doc: Document, number: string): HTMLElement | undefined =>
  [...doc.querySelectorAll<HTMLElement>('main .ant-card-head-title')].find(
    (el) => visible(el) && (el.textContent ?? '').includes(number),
  );

/** Focuses an element that is not focusable by nature (a heading) without adding it to the tab order. */
export const focusHeading = (el: HTMLElement) => {
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus();
};

/** Waits for an element to appear (a lazily loaded page), up to `ms`. */
export const waitFor = <T>(find: () => T | undefined, ms = 8_000): Promise<T | undefined> =>
  new Promise((resolve) => {
    const found = find();
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const el = find();
      if (!el) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(el);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(undefined);
    }, ms);
    observer.observe(document.body, { childList: true, subtree: true });
  });

/** ↑/↓/Home/End among the elements matching `selector` inside the handler's element (shortcut-rules `arrowTarget`). */
export const arrowKeysAmong =
  (selector: string) =>
  (e: { key: string; currentTarget: HTMLElement; target: EventTarget; preventDefault: () => void }) => {
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>(selector)];
    const current = items.findIndex((el) => el === e.target || el.contains(e.target as Node));
    if (current < 0) return;
    const next = arrowTarget(e.key, current, items.length);
    if (next === undefined) return;
    e.preventDefault();
    items[next]?.focus();
  };
