/**
 * Money in the whole console, one formatter for every desk: the server counts in integer fen (分); people read and
 * type yuan (元), always with ¥ and thousands separators.
 */

const GROUPED = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** ¥12,345.67: two decimals and grouping. Fen are whole numbers below 2^53, so /100 prints exactly. */
export const formatYuan = (fen: number): string => `¥${GROUPED.format(fen / 100)}`;

/** The amount as typed in a yuan field (no grouping, no sign): 12345.67. */
export const yuanInput = (fen: number): string => (fen / 100).toFixed(2);

/** Whole yuan (limits and thresholds kept in yuan): ¥50,000. */
export const formatWholeYuan = (yuan: number): string => `¥${GROUPED_WHOLE.format(yuan)}`;

const GROUPED_WHOLE = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/**
 * Typed yuan as the field shows it while typing: "¥ 1,234.5". Only the digits before the point are grouped; what is
 * typed after it stays as typed, so the caret never jumps and no decimal is rounded away.
 */
export const groupTyped = (typed: string | number | undefined): string => {
  const text = typed === undefined ? '' : String(typed);
  if (text === '') return '';
  const [whole = '', ...rest] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `¥ ${rest.length > 0 ? `${grouped}.${rest.join('')}` : grouped}`;
};

/** The inverse of groupTyped: the digits and the point only ("¥ 1,234.5" → "1234.5"). */
export const ungroupTyped = (shown: string | undefined): string => (shown ?? '').replace(/[^\d.]/g, '');

const YUAN = /^\s*(\d{1,11})(?:\.(\d{1,2}))?\s*$/;

/**
 * Yuan as typed or shown ("¥1,234.5", "1,234.5" or "1234.50") to exact fen, parsed as digits (never through a float), or null when it
 * is not an amount with at most two decimals.
 */
export const yuanToFen = (typed: string): number | null => {
  const m = YUAN.exec(typed.replace(/[,¥\s]/g, ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
};

/** Basis points as a percentage (1 bp = 0.01 %): 1,000 → 10%, 1,250 → 12.5%, exact (integers only). */
export const formatPercent = (bp: number): string => {
  const rest = bp % 100;
  const whole = (bp - rest) / 100;
  return rest === 0 ? `${whole}%` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
};
