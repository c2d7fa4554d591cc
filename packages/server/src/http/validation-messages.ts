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
};

export const fieldMessage = (issue: Issue | undefined, fallback: string, lang: 'zh' | 'en'): string => {
  if (!issue) return fallback;
  const custom = issue.message?.includes('|') ? issue.message.split('|') : undefined;
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
      if (issue.input === undefined) return zh ? '必填' : 'Required';
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
