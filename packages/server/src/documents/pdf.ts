import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { AppError } from '../errors.ts';
import { woffToSfnt } from './woff.ts';

const require = createRequire(import.meta.url);

/**
 * The Noto Sans SC (SIL Open Font License) simplified-Chinese subset from @fontsource: it installs with npm, so a
 * fresh machine renders Chinese documents without system fonts. CLAIMLINE_CJK_FONT overrides it.
 */
const bundledFont = (): string | undefined => {
  try {
    return require.resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff');
  } catch {
    return undefined;
  }
};

const loaded = new Map<string, Buffer>();

/** The font bytes, read (and for WOFF decoded) once per process. */
export const resolveCjkFont = (configured: string | undefined): Buffer => {
  const file = configured ?? bundledFont();
  if (!file || !existsSync(file)) throw new AppError('DOCUMENT_FONT_MISSING');
  let bytes = loaded.get(file);
  if (!bytes) {
    const raw = readFileSync(file);
    bytes = raw.readUInt32BE(0) === 0x774f4646 ? woffToSfnt(raw) : raw;
    loaded.set(file, bytes);
  }
  return bytes;
};

export type Pdf = InstanceType<typeof PDFDocument>;

/** Renders an A4 document with the Chinese font and resolves to its bytes. */
export const renderPdf = (
  font: Buffer,
  meta: { title: string; subject: string },
  draw: (doc: Pdf) => void,
): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 72, bottom: 72, left: 72, right: 72 },
      info: { Title: meta.title, Subject: meta.subject, Creator: 'claimline' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(font);
    draw(doc);
    doc.end();
  });
