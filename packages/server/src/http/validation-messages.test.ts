import { describe, expect, it } from 'vitest';
import { fieldMessage } from './validation-messages.ts';

describe('field messages', () => {
  it('speaks the caller language', () => {
    expect(fieldMessage({ code: 'too_big', origin: 'string', maximum: 200 }, 'x', 'zh')).toBe(
      '最多 200 个字符',
    );
    expect(fieldMessage({ code: 'too_big', origin: 'string', maximum: 200 }, 'x', 'en')).toBe(
      'At most 200 characters',
    );
    expect(fieldMessage({ code: 'invalid_type', input: undefined }, 'x', 'zh')).toBe('必填');
    expect(fieldMessage({ code: 'invalid_format', message: 'Phone|请输入电话' }, 'x', 'zh')).toBe(
      '请输入电话',
    );
    expect(fieldMessage({ code: 'invalid_format', message: 'Phone|请输入电话' }, 'x', 'en')).toBe('Phone');
    expect(fieldMessage(undefined, 'fallback', 'en')).toBe('fallback');
  });

  it('reads zod 4 issues, which carry no input', () => {
    const missing = { code: 'invalid_type', message: 'Invalid input: expected string, received undefined' };
    expect(fieldMessage(missing, 'x', 'zh')).toBe('必填');
    const wrong = { code: 'invalid_type', message: 'Invalid input: expected number, received string' };
    expect(fieldMessage(wrong, 'x', 'en')).toBe('Wrong type');
    const fraction = { code: 'invalid_type', expected: 'int', message: 'expected int, received number' };
    expect(fieldMessage(fraction, 'x', 'zh')).toBe('须为整数');
    const option = { code: 'invalid_value', message: 'Invalid option: expected one of "a"|"b"' };
    expect(fieldMessage(option, 'x', 'zh')).toBe('不是允许的取值');
  });
});
