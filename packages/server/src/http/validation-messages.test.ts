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
});
