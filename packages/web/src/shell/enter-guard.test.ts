import { describe, expect, it } from 'vitest';
import { shouldBlockEnter } from './enter-guard.ts';

/** A stand-in element: `closest` answers for the selectors the element sits inside. */
const el = (inside: { picker?: boolean; form?: boolean }) => ({
  closest: (sel: string) =>
    sel === 'form' ? (inside.form ? {} : null) : inside.picker && sel.includes('.ant-picker') ? {} : null,
});

describe('Enter in a date or select field (issue 15 part 8)', () => {
  it.each([
    ['Enter in a date field of a form', 'Enter', false, { picker: true, form: true }, true],
    ['Enter while composing Chinese', 'Enter', true, { picker: true, form: true }, false],
    ['Enter in a plain text field', 'Enter', false, { picker: false, form: true }, false],
    ['Enter in a date field outside a form', 'Enter', false, { picker: true, form: false }, false],
    ['another key in a date field', 'Tab', false, { picker: true, form: true }, false],
  ] as const)('%s → blocked %s', (_name, key, isComposing, inside, blocked) => {
    expect(shouldBlockEnter({ key, isComposing, target: el(inside) as unknown as EventTarget })).toBe(
      blocked,
    );
  });
});
