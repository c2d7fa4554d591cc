import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvLine, UTF8_BOM } from './csv.ts';
import type { AnyExportList, Cell, ExportLang } from './declare.ts';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/** Rows already turned into cells, a page at a time. */
export type CellPages = AsyncIterable<readonly (readonly Cell[])[]>;

/** Waits until `out` takes more; fails if it was closed instead (a download abandoned), so the export stops. */
const drained = (out: Writable) =>
  new Promise<void>((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', ok);
      out.off('close', closed);
      out.off('error', done);
      if (err) reject(err);
      else resolve();
    };
    const ok = () => done();
    const closed = () => done(new Error('export output closed'));
    out.on('drain', ok);
    out.on('close', closed);
    out.on('error', done);
  });

const finished = (out: Writable) =>
  new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });

const writeCsv = async (headers: string[], pages: CellPages, out: Writable) => {
  // Waiting for 'drain' keeps a slow download from piling the file up in memory.
  const put = async (text: string) => {
    if (!out.write(text)) await drained(out);
  };
  await put(UTF8_BOM + csvLine(headers));
  for await (const rows of pages) await put(rows.map(csvLine).join(''));
  const end = finished(out);
  out.end();
  await end;
};

/**
 * exceljs' streaming writer: each committed row is zipped out and dropped, so memory stays flat however many
 * rows there are (bench/export.bench.ts). Shared strings and styles would be kept for the whole file, so both
 * are off; a cell is written as text, never as a formula, so no escaping is needed here.
 */
const writeXlsx = async (
  title: string,
  list: AnyExportList,
  lang: ExportLang,
  pages: CellPages,
  out: Writable,
) => {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = wb.addWorksheet(title.slice(0, 31));
  sheet.columns = list.columns.map((c) => ({ header: c[lang], width: c.width ?? 16 }));
  for await (const rows of pages) {
    for (const cells of rows) sheet.addRow([...cells]).commit();
    // Let the zip stream flush to the socket or file before the next page is read.
    if (out.destroyed) throw new Error('export output closed');
    if (out.writableNeedDrain) await drained(out);
  }
  sheet.commit();
  const end = finished(out);
  await wb.commit();
  await end;
};

export const writeExport = (
  format: ExportFormat,
  list: AnyExportList,
  lang: ExportLang,
  pages: CellPages,
  out: Writable,
) =>
  format === 'csv'
    ? writeCsv(
        list.columns.map((c) => c[lang]),
        pages,
        out,
      )
    : writeXlsx(list.title[lang], list, lang, pages, out);
