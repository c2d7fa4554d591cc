/** Money on the claims desk: the server counts in integer fen (分); people read and type yuan (元). */

const GROUPED = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** ¥12,345.67: two decimals and grouping. Fen are whole numbers below 2^53, so /100 prints exactly. */
export const formatYuan = (fen: number): string => `¥${GROUPED.format(fen / 100)}`;

/** The amount as typed in a yuan field (no grouping, no sign): 12345.67. */
export const yuanInput = (fen: number): string => (fen / 100).toFixed(2);

const YUAN = /^\s*(\d{1,11})(?:\.(\d{1,2}))?\s*$/;

/**
 * Yuan as typed ("1,234.5" or "1234.50") to exact fen, parsed as digits (never through a float), or null when it
 * is not an amount with at most two decimals.
 */
export const yuanToFen = (typed: string): number | null => {
  const m = YUAN.exec(typed.replaceAll(',', ''));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
};

/** Basis points as a percentage (1 bp = 0.01 %): 1,000 → 10%, 1,250 → 12.5%, exact (integers only). */
export const formatPercent = (bp: number): string => {
  const rest = bp % 100;
  const whole = (bp - rest) / 100;
  return rest === 0 ? `${whole}%` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
};
