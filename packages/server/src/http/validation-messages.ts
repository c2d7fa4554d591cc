/**
 * Field messages in the caller's language. zod's own messages are English only, so the issue is re-told
 * from its code; a schema may give its own bilingual message as "english|中文".
 */
type Issue = {
  code?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  input?: unknown;
  message?: string;
  format?: string;
  expected?: string;
};

export const fieldMessage = (issue: Issue | undefined, fallback: string, lang: 'zh' | 'en'): string => {
  if (!issue) return fallback;
  // Ours is exactly "english|中文"; zod's own messages may hold a "|" too (`expected one of "a"|"b"`).
  const custom = /^[^|]+\|[^|]*\p{Script=Han}[^|]*$/u.test(issue.message ?? '')
    ? issue.message?.split('|')
    : undefined;
  if (custom) return (lang === 'en' ? custom[0] : custom[1]) ?? fallback;
  const zh = lang === 'zh';
  const isText = issue.origin === 'string';
  switch (issue.code) {
    case 'too_small':
      if (isText) return zh ? `至少 ${issue.minimum} 个字符` : `At least ${issue.minimum} characters`;
      return zh ? `不能小于 ${issue.minimum}` : `Must be at least ${issue.minimum}`;
    case 'too_big':
      if (isText) return zh ? `最多 ${issue.maximum} 个字符` : `At most ${issue.maximum} characters`;
      return zh ? `不能大于 ${issue.maximum}` : `Must be at most ${issue.maximum}`;
    case 'invalid_type':
      // zod 4 leaves the input out of its issues; its own message then tells a missing field from a wrong one.
      if (issue.input === undefined && !/received (?!undefined)/.test(issue.message ?? ''))
        return zh ? '必填' : 'Required';
      if (issue.expected === 'int') return zh ? '须为整数' : 'Must be a whole number';
      return zh ? '类型不正确' : 'Wrong type';
    case 'invalid_format':
      return zh ? '格式不正确' : 'Wrong format';
    case 'invalid_value':
      return zh ? '不是允许的取值' : 'Not one of the allowed values';
    case 'unrecognized_keys':
      return zh ? '包含未知字段' : 'Unknown fields';
    default:
      return zh ? '内容无效' : 'Not valid';
  }
};
