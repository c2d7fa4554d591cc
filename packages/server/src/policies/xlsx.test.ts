import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, readXlsx } from './xlsx.ts';

const NAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢',
];

const sheet = async (rows: unknown[][], sharedStrings: boolean) => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('保单');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: sharedStrings } as never));
};

const readAll = async (buf: Buffer, chunk = 1_000) => {
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += chunk) parts.push(buf.subarray(i, i + chunk));
  const out: { row: number; cells: string[] }[] = [];
  for await (const r of readXlsx(Readable.from(parts))) out.push(r);
  return out;
};

describe('readXlsx', () => {
  it.each([true, false])(
    'reads thousands of Chinese cells intact across chunk boundaries (shared strings %s)',
    async (shared) => {
      const rows = Array.from({ length: 3_000 }, (_, i) => [
        `P${i}`,
        Array.from({ length: 1 + (i % 7) }, (_, k) => NAMES[(i * 7 + k) % NAMES.length]).join(''),
        `${NAMES[i % NAMES.length]}某某有限公司第${i}分公司`,
      ]);
      const read = await readAll(await sheet(rows, shared));
      expect(read.map((r) => r.cells)).toEqual(rows);
      expect(read.at(-1)?.row).toBe(3_000);
    },
  );

  it('reads a percentage cell as it is shown (免赔率 10% is 10, not 0.1)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('保单');
    const row = ws.addRow(['PXLSXRATE1', 0.1, 0.125, 0.07, 0.1]);
    row.getCell(2).numFmt = '0%';
    row.getCell(3).numFmt = '0.00%';
    row.getCell(4).numFmt = '0%';
    const read = await readAll(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(read[0]?.cells).toEqual(['PXLSXRATE1', '10%', '12.5%', '7%', '0.1']);
  });

  it('skips empty rows but keeps the sheet’s row numbers, and reads only the first sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('a');
    ws.addRow(['保单号']);
    ws.addRow([]);
    ws.addRow(['P1']);
    wb.addWorksheet('b').addRow(['other']);
    const read = await readAll(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(read).toEqual([
      { row: 1, cells: ['保单号'] },
      { row: 3, cells: ['P1'] },
    ]);
  });

  it('writes cells as people see them: dates as local days, formulas by result, rich text joined', () => {
    expect(cellText(new Date(Date.UTC(2026, 11, 31)))).toBe('2026-12-31');
    expect(cellText({ formula: 'A1*2', result: 42 })).toBe('42');
    expect(cellText({ richText: [{ text: '王' }, { text: '芳' }] })).toBe('王芳');
    expect(cellText({ text: '链接', hyperlink: 'http://x' })).toBe('链接');
    expect(cellText(null)).toBe('');
    expect(cellText(13800138000)).toBe('13800138000');
  });
});
