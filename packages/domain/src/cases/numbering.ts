import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { BUSINESS_TIME_ZONE, DomainError } from '../core/index.ts';
import type { CaseKind } from './kinds.ts';

/**
 * Case numbers are human-readable and restart every local day per branch, e.g. ZXBJ202611220001.
 * Patterns are settings; these are the defaults (TS for complaints is the default of seed 002 §三(二)).
 */
export const DEFAULT_NUMBER_PATTERNS: Record<CaseKind, string> = {
  consultation: 'ZX{branch}{yyyyMMdd}{seq:4}',
  complaint: 'TS{branch}{yyyyMMdd}{seq:4}',
  claimReport: 'BA{branch}{yyyyMMdd}{seq:4}',
  claimApplication: 'SP{branch}{yyyyMMdd}{seq:4}',
  surrender: 'TB{branch}{yyyyMMdd}{seq:4}',
  endorsement: 'PG{branch}{yyyyMMdd}{seq:4}',
  suggestion: 'JY{branch}{yyyyMMdd}{seq:4}',
};

const TOKEN = /\{([a-zA-Z]+)(?::(\d+))?\}/g;
const DATE_TOKENS = new Set(['yyyyMMdd', 'yyMMdd', 'yyyy', 'yy', 'MM', 'dd']);

/** Refuses a pattern that could repeat a number: it needs exactly one sequence and the full local day. */
export const validateNumberPattern = (pattern: string): void => {
  const tokens = [...pattern.matchAll(TOKEN)].map((m) => ({ name: m[1] ?? '', width: m[2] }));
  const seq = tokens.filter((t) => t.name === 'seq');
  if (seq.length !== 1) throw new DomainError('NUMBER_PATTERN_INVALID', { reason: 'exactly one {seq:N}' });
  const width = Number(seq[0]?.width ?? '0');
  if (!(width >= 1 && width <= 9))
    throw new DomainError('NUMBER_PATTERN_INVALID', { reason: 'seq width 1-9' });
  for (const t of tokens) {
    if (t.name !== 'seq' && t.name !== 'branch' && !DATE_TOKENS.has(t.name)) {
      throw new DomainError('NUMBER_PATTERN_INVALID', { reason: `unknown token ${t.name}` });
    }
  }
  const names = new Set(tokens.map((t) => t.name));
  const hasDay = names.has('yyyyMMdd') || names.has('yyMMdd') || (names.has('dd') && names.has('MM'));
  if (!hasDay) throw new DomainError('NUMBER_PATTERN_INVALID', { reason: 'needs the local day' });
  if (!names.has('branch')) throw new DomainError('NUMBER_PATTERN_INVALID', { reason: 'needs {branch}' });
};

/** The local business day (yyyy-MM-dd in Asia/Shanghai) that a sequence belongs to. */
export const businessDay = (instant: Date): string =>
  format(new TZDate(instant.getTime(), BUSINESS_TIME_ZONE), 'yyyy-MM-dd');

export const formatCaseNumber = (pattern: string, values: { branchCode: string; at: Date; seq: number }) => {
  const local = new TZDate(values.at.getTime(), BUSINESS_TIME_ZONE);
  return pattern.replace(TOKEN, (_whole, name: string, width?: string) => {
    if (name === 'branch') return values.branchCode;
    if (name === 'seq') return String(values.seq).padStart(Number(width ?? '1'), '0');
    return format(local, name);
  });
};
