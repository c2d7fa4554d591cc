import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage } from './support.ts';

const baseUrl = inject('baseUrl');

/** Issue #17 part 6 in the browser: the case list, filtered, exported to Excel and read back. */
describe('list export', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('exports the filtered case list to Excel with Chinese headers and exactly the filtered rows', async () => {
    await login(page, baseUrl, 'supervisor.bj');
    await page.goto(`${baseUrl}/cases?kind=consultation&channel=phone`);
    await page.getByTestId('case-table').waitFor();
    // What the list itself answers for the same filters (same session).
    const listed = (await (
      await page.request.get(`${baseUrl}/api/cases?kind=consultation&channel=phone&pageSize=200&count=true`)
    ).json()) as { total: number; items: { number: string }[] };
    expect(listed.total).toBeGreaterThan(0);

    await page.getByTestId('export-cases').hover();
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('export-cases-xlsx').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^服务案件-\d{8}-\d{4}\.xlsx$/);
    const file = await download.path();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.name).toBe('服务案件');
    const rows: string[][] = [];
    // ExcelJS leaves an empty cell out of `values` (a hole that map() skips): read every column by number.
    sheet.eachRow((r) =>
      rows.push(
        Array.from({ length: sheet.columnCount }, (_, i) => {
          const v = r.getCell(i + 1).value;
          return v == null ? '' : String(v);
        }),
      ),
    );
    const [header, ...body] = rows;
    expect(header).toEqual([
      '案件编号',
      '类型',
      '渠道',
      '状态',
      '主题',
      '客户',
      '机构',
      '处理人',
      '一次解决',
      '创建时间',
      '更新时间',
    ]);
    expect(body).toHaveLength(listed.total);
    expect(body.slice(0, 200).map((r) => r[0])).toEqual(listed.items.map((i) => i.number));
    expect(body.every((r) => r[1] === '咨询' && r[2] === '电话')).toBe(true);
    // Dates in Beijing time, as text; the customer's name masked.
    expect(body[0]?.[9]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(body.every((r) => r[5] === '' || r[5]?.includes('*'))).toBe(true);
  });
});
