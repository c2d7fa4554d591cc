import type { Binding, Shortcut } from './shortcuts.ts';

/**
 * When a shortcut may fire (issue 21 part 2). Pure: the key layer describes the event and its target, this decides.
 *
 * - `text`: a field that takes typed characters (input, textarea, contenteditable);
 * - `choice`: a select or date picker, whose typing filters its options or types a date;
 * - `other`: a button, a link, the page itself.
 */
export type TargetKind = 'text' | 'choice' | 'other';

export type KeyContext = {
  /** An input method is composing (Chinese pinyin): the key belongs to it, never to us. */
  composing: boolean;
  target: TargetKind;
  inDialog: boolean;
  inForm: boolean;
};

export const shortcutFires = (
  shortcut: Pick<Shortcut, 'inDialog'>,
  binding: Pick<Binding, 'single' | 'inFormOnly'>,
  ctx: KeyContext,
): boolean => {
  if (ctx.composing) return false;
  if (binding.single && ctx.target !== 'other') return false;
  if (ctx.inDialog && !shortcut.inDialog) return false;
  if (binding.inFormOnly && !ctx.inForm) return false;
  return true;
};

/**
 * Chromium sends the keys an input method is working on as keyCode 229, and the first of them before
 * `isComposing` turns true: both mean the key is the input method's.
 */
export const isComposing = (e: Pick<KeyboardEvent, 'isComposing' | 'keyCode'>): boolean =>
  e.isComposing || e.keyCode === 229;

const CHOICE = '.ant-select, .ant-picker, [role="combobox"]';
const NOT_TYPED = new Set([
  'button',
  'submit',
  'reset',
  'checkbox',
  'radio',
  'range',
  'color',
  'file',
  'image',
]);

export const targetKind = (el: Element | null): TargetKind => {
  if (!el) return 'other';
  if (el.closest(CHOICE)) return 'choice';
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea') return 'text';
  if (tag === 'input')
    return NOT_TYPED.has((el.getAttribute('type') ?? 'text').toLowerCase()) ? 'other' : 'text';
  return (el as HTMLElement).isContentEditable ? 'text' : 'other';
};

export const DIALOG = '.ant-modal-wrap, .ant-drawer, [role="dialog"]';

export const keyContext = (e: KeyboardEvent): KeyContext => {
  const target = e.target as Element | null;
  const el = typeof target?.closest === 'function' ? target : null;
  return {
    composing: isComposing(e),
    target: targetKind(el),
    inDialog: Boolean(el?.closest(DIALOG)),
    inForm: Boolean(el?.closest('form')),
  };
};

/**
 * Arrow keys in a list of choices (the look-up's policies): ↓ and ↑ move to the next and previous item, Home and
 * End to the first and last; the ends do not wrap, so the agent feels the list end. `undefined`: not a move.
 */
export const arrowTarget = (key: string, current: number, count: number): number | undefined => {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
};
