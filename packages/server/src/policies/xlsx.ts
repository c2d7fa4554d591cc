import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FileRecord } from './csv.ts';

/**
 * The text of one cell as a person sees it. Dates are Excel's local days (exceljs gives them as UTC instants of
 * that day), so they are written back from the UTC fields; formulas count by their result.
 */
export const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  }
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
  }
  return '';
};

/** A number shown as a percentage (0.125 → "12.5%"), rounded past the float noise of × 100. */
export const percentText = (v: number): string => `${Number((v * 100).toFixed(6))}%`;

/** Decodes UTF-8 across chunk boundaries: a character split between two chunks comes out whole. */
async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const c of chunks) {
    const text = typeof c === 'string' ? c : decoder.decode(c, { stream: true });
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

type WorkbookReaderInternals = {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): unknown;
  _parseSharedStrings(entry: Readable): unknown;
};

/**
 * exceljs 4.4's streaming reader decodes each zip chunk on its own, so a Chinese character that straddles two
 * chunks turns into U+FFFD (exceljs issues #2084, #2316; fixes proposed, none released). It hands the XML parser
 * strings unchanged, so the sheet and shared-string entries are decoded here first. These two methods are the
 * reader's internals: xlsx.test.ts reads a large all-Chinese sheet back to catch a change in them.
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  constructor(input: Readable, options: ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1]) {
    super(input, options);
    const self = this as unknown as WorkbookReaderInternals;
    const parseWorksheet = self._parseWorksheet.bind(this);
    const parseSharedStrings = self._parseSharedStrings.bind(this);
    self._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8Text(iterator), sheetNo);
    self._parseSharedStrings = (entry) => parseSharedStrings(entry.setEncoding('utf8'));
  }
}

/** Streams the first worksheet of an .xlsx workbook, row by row, without loading the workbook. */
export async function* readXlsx(input: Readable): AsyncGenerator<FileRecord> {
  const reader = new Utf8WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      // row.values is 1-based (index 0 is empty), with holes for empty cells.
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) {
        const v = values[i];
        // A percentage cell (免赔率 10 %) holds 0.1 and shows "10%": read as it is shown, not as 0.1 %.
        cells.push(
          typeof v === 'number' && row.getCell(i).numFmt?.includes('%') ? percentText(v) : cellText(v),
        );
      }
      if (cells.every((c) => c.trim() === '')) continue;
      yield { row: row.number, cells };
    }
    // Only the first sheet holds policies; the others (notes, code lists) are not read.
    return;
  }
}
