import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import type { ApiError } from './client.ts';
import { applyFieldErrors } from './form-errors.ts';

const fakeForm = () => {
  const calls: { name: string; errors: string[] }[] = [];
  const form = { setFields: (fields: { name: string; errors: string[] }[]) => calls.push(...fields) };
  return { form: form as unknown as FormInstance, calls };
};

const validation = (details: { path: string; message: string }[]) =>
  ({ code: 'VALIDATION_FAILED', status: 400, details }) as unknown as ApiError;

describe('server validation details onto form fields', () => {
  it('puts matching paths on their fields and returns the rest', () => {
    const { form, calls } = fakeForm();
    const rest = applyFieldErrors(
      form,
      validation([
        { path: 'subject', message: 'too long' },
        { path: 'customerPhone', message: 'not a phone' },
        { path: 'kind', message: 'unknown kind' },
      ]),
      ['subject', 'customerPhone'],
    );
    expect(calls).toEqual([
      { name: 'subject', errors: ['too long'] },
      { name: 'customerPhone', errors: ['not a phone'] },
    ]);
    expect(rest).toEqual(['unknown kind']);
  });

  it('understands JSON-pointer and nested paths', () => {
    const { form, calls } = fakeForm();
    applyFieldErrors(form, validation([{ path: '/body/note', message: 'required' }]), ['note']);
    expect(calls).toEqual([{ name: 'note', errors: ['required'] }]);
  });
});
