import { describe, expect, it } from 'vitest';
import { GUARDED_FORM, shouldBlockEnter } from './enter-guard.ts';

type Inside = {
  picker?: boolean;
  form?: boolean;
  guardedForm?: boolean;
  tag?: 'input' | 'textarea' | 'button';
};

/** A stand-in element: `closest` answers for the selectors the element sits inside, `matches` for what it is. */
const el = (inside: Inside) => ({
  closest: (sel: string) => {
    if (sel === 'form') return inside.form || inside.guardedForm ? {} : null;
    if (sel === GUARDED_FORM) return inside.guardedForm ? {} : null;
    return inside.picker && sel.includes('.ant-picker') ? {} : null;
  },
  matches: (sel: string) => (inside.tag ?? 'input') === 'input' && sel.startsWith('input'),
});

describe('Enter in a date or select field (issue 15 part 8) and in a guarded intake form (issue 21)', () => {
  it.each([
    ['Enter in a date field of a form', 'Enter', false, { picker: true, form: true }, true],
    ['Enter while composing Chinese', 'Enter', true, { picker: true, form: true }, false],
    ['Enter in a plain text field', 'Enter', false, { picker: false, form: true }, false],
    ['Enter in a date field outside a form', 'Enter', false, { picker: true, form: false }, false],
    ['another key in a date field', 'Tab', false, { picker: true, form: true }, false],
    ['Enter in a text field of a guarded form', 'Enter', false, { guardedForm: true }, true],
    ['Enter while composing in a guarded form', 'Enter', true, { guardedForm: true }, false],
    ['Enter in a textarea of a guarded form', 'Enter', false, { guardedForm: true, tag: 'textarea' }, false],
    [
      'Enter on the submit button of a guarded form',
      'Enter',
      false,
      { guardedForm: true, tag: 'button' },
      false,
    ],
    ['Enter in a date field of a guarded form', 'Enter', false, { guardedForm: true, picker: true }, true],
  ] as const)('%s → blocked %s', (_name, key, isComposing, inside, blocked) => {
    expect(shouldBlockEnter({ key, isComposing, target: el(inside) as unknown as EventTarget })).toBe(
      blocked,
    );
  });
});
