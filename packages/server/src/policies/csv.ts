import { type Readable, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';

/** One record of a policy file as read: its row number as a spreadsheet shows it (header = 1) and its cells. */
export type FileRecord = { row: number; cells: string[] };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * UTF-8 (with or without BOM) or GB18030, which is what Excel on a Chinese Windows saves as "CSV". The first
 * chunk decides: text that is not valid UTF-8 is taken as GB18030 (a superset of GBK and GB2312).
 */
export const sniffCsvEncoding = (head: Uint8Array): 'utf8' | 'gb18030' => {
  if (UTF8_BOM.every((b, i) => head[i] === b)) return 'utf8';
  try {
    // stream: true tolerates a character cut in two at the end of the chunk.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf8';
  } catch {
    return 'gb18030';
  }
};

/** Passes bytes through, decoding as the first chunk says. */
const decoder = () => {
  let decode: ((chunk: Buffer) => string) | undefined;
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, done) {
      if (!decode) {
        if (sniffCsvEncoding(chunk) === 'utf8') {
          const td = new TextDecoder('utf-8', { ignoreBOM: false });
          decode = (c) => td.decode(c, { stream: true });
        } else {
          const gb = iconv.getDecoder('gb18030');
          decode = (c) => gb.write(c);
        }
      }
      done(null, decode(chunk));
    },
  });
};

/**
 * Streams CSV records (RFC 4180: quoted fields may hold commas, quotes and line breaks). Row numbers count
 * records, as a spreadsheet shows them, not physical lines. Empty lines keep their number and are skipped.
 */
export async function* readCsv(input: Readable): AsyncGenerator<FileRecord> {
  const parser = input
    .pipe(decoder())
    .pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false, relax_quotes: true }));
  let row = 0;
  input.on('error', (err) => parser.destroy(err));
  for await (const cells of parser as AsyncIterable<string[]>) {
    row += 1;
    if (cells.every((c) => c.trim() === '')) continue;
    yield { row, cells };
  }
}

export const countNewlines = (buf: Uint8Array) => {
  let n = 0;
  for (let i = buf.indexOf(0x0a); i !== -1; i = buf.indexOf(0x0a, i + 1)) n += 1;
  return n;
};

/** Lines of a buffer: the row count of a CSV without quoted line breaks, for a progress estimate. */
export const countLines = (buf: Uint8Array) =>
  countNewlines(buf) + (buf.length > 0 && buf[buf.length - 1] !== 0x0a ? 1 : 0);
