import type { FormInstance } from 'antd';
import type { ApiError } from './client.ts';

/**
 * Puts the field-level details of a VALIDATION_FAILED answer onto the form fields whose names match the path
 * ("subject", "customer.phone", "items.0.name"). Returns the details that matched no field.
 */
export const applyFieldErrors = (form: FormInstance, error: ApiError, fields: readonly string[]) => {
  const unmatched: string[] = [];
  const byField = new Map<string, string[]>();
  for (const detail of error.details) {
    const path = detail.path
      .replace(/^(body|\/body)[./]?/, '')
      .replace(/^\//, '')
      .replaceAll('/', '.');
    const field = fields.find((f) => f === path || path.startsWith(`${f}.`));
    if (field) byField.set(field, [...(byField.get(field) ?? []), detail.message]);
    else unmatched.push(detail.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return unmatched;
};
