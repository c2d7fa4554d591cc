import type { Cell } from './declare.ts';

/** Excel reads a UTF-8 file as the local code page unless it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

// A cell beginning with one of these is run as a formula by Excel and other spreadsheets (CSV injection), and a
// leading tab or carriage return is treated the same way by some of them.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: a value that would start a formula gets a leading apostrophe (OWASP's advice; the cell then
 * shows the text as typed), and a field with a comma, quote or line break is quoted with quotes doubled.
 * Numbers are written as numbers (a negative amount is not a formula).
 */
export const csvField = (value: Cell): string => {
  if (value == null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const csvLine = (cells: readonly Cell[]) => `${cells.map(csvField).join(',')}\r\n`;
