import { describe, expect, it } from 'vitest';
import {
  arrowTarget,
  isComposing,
  type KeyContext,
  shortcutFires,
  type TargetKind,
  targetKind,
} from './shortcut-rules.ts';
import { SHORTCUTS, type ShortcutId } from './shortcuts.ts';

const shortcut = (id: ShortcutId) => {
  const s = SHORTCUTS.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};
const binding = (id: ShortcutId, combo: string) => {
  const b = shortcut(id).bindings.find((x) => x.combo === combo);
  if (!b) throw new Error(combo);
  return b;
};

const ctx = (target: TargetKind, more: Partial<KeyContext> = {}): KeyContext => ({
  composing: false,
  target,
  inDialog: false,
  inForm: false,
  ...more,
});

describe('when a shortcut fires (issue 21 part 2)', () => {
  it.each([
    ['? on the page', 'help', 'Shift+?', ctx('other'), true],
    ['? in a text field types a question mark', 'help', 'Shift+?', ctx('text'), false],
    ['? in a select filters its options', 'help', 'Shift+?', ctx('choice'), false],
    ['/ on the page', 'search', '/', ctx('other'), true],
    ['/ in a text field types a slash', 'search', '/', ctx('text', { inForm: true }), false],
    ['Alt+S in a text field', 'search', 'Alt+KeyS', ctx('text'), true],
    ['Alt+S while composing Chinese', 'search', 'Alt+KeyS', ctx('text', { composing: true }), false],
    ['Alt+N on the page', 'newCase', 'Alt+KeyN', ctx('other'), true],
    ['Alt+N under an open dialog', 'newCase', 'Alt+KeyN', ctx('text', { inDialog: true }), false],
    ['Alt+H in a date field', 'home', 'Alt+KeyH', ctx('choice'), true],
    ['Alt+J on the page', 'nextStep', 'Alt+KeyJ', ctx('other'), true],
    ['Ctrl+Enter in a text field of a form', 'save', '$mod+Enter', ctx('text', { inForm: true }), true],
    [
      'Ctrl+Enter in a dialog form',
      'save',
      '$mod+Enter',
      ctx('text', { inForm: true, inDialog: true }),
      true,
    ],
    [
      'Ctrl+Enter while composing',
      'save',
      '$mod+Enter',
      ctx('text', { inForm: true, composing: true }),
      false,
    ],
    ['Ctrl+S in a form', 'save', '$mod+KeyS', ctx('choice', { inForm: true }), true],
    ['Ctrl+S outside a form stays the browser’s', 'save', '$mod+KeyS', ctx('other'), false],
  ] as const)('%s → %s', (_name, id, combo, context, fires) => {
    expect(shortcutFires(shortcut(id), binding(id, combo), context)).toBe(fires);
  });

  it('no two bindings share a key combination', () => {
    const combos = SHORTCUTS.flatMap((s) => s.bindings.map((b) => b.combo.toLowerCase()));
    expect(new Set(combos).size).toBe(combos.length);
  });

  it('every single-key binding is a printable key without a modifier', () => {
    for (const b of SHORTCUTS.flatMap((s) => s.bindings).filter((x) => x.single))
      expect(b.combo.replace('Shift+', '')).toHaveLength(1);
  });
});

describe('composition and target kinds', () => {
  it.each([
    [false, 0, false],
    [true, 0, true],
    [false, 229, true],
  ])('isComposing %s, keyCode %s → %s', (composing, keyCode, expected) => {
    expect(isComposing({ isComposing: composing, keyCode })).toBe(expected);
  });

  /** A stand-in element: a tag, a type, whether it sits in a select or picker, whether it is editable. */
  const el = (tag: string, type?: string, inChoice = false, editable = false) =>
    ({
      tagName: tag.toUpperCase(),
      getAttribute: (name: string) => (name === 'type' ? (type ?? null) : null),
      closest: () => (inChoice ? {} : null),
      isContentEditable: editable,
    }) as unknown as Element;

  it.each([
    ['a text input', el('input'), 'text'],
    ['a number input', el('input', 'number'), 'text'],
    ['a telephone input', el('input', 'tel'), 'text'],
    ['a textarea', el('textarea'), 'text'],
    ['a contenteditable', el('div', undefined, false, true), 'text'],
    ['the search input of a select', el('input', 'search', true), 'choice'],
    ['the input of a date picker', el('input', undefined, true), 'choice'],
    ['a radio', el('input', 'radio'), 'other'],
    ['a checkbox', el('input', 'checkbox'), 'other'],
    ['a button', el('button'), 'other'],
    ['nothing focused', null, 'other'],
  ] as const)('%s → %s', (_name, element, kind) => {
    expect(targetKind(element)).toBe(kind);
  });
});

describe('arrow keys in a look-up list', () => {
  it.each([
    ['ArrowDown', 0, 3, 1],
    ['ArrowDown', 2, 3, 2],
    ['ArrowUp', 2, 3, 1],
    ['ArrowUp', 0, 3, 0],
    ['Home', 2, 3, 0],
    ['End', 0, 3, 2],
    ['Enter', 1, 3, undefined],
    ['ArrowDown', 0, 0, undefined],
  ] as const)('%s from %s of %s → %s', (key, current, count, expected) => {
    expect(arrowTarget(key, current, count)).toBe(expected);
  });
});
