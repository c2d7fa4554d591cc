import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage } from './support.ts';

const baseUrl = inject('baseUrl');

/** Issue #19 part 2 in the browser: the case list pages by cursor, with no count, forward and back. */
describe('case list paging by cursor', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads page 2 after page 1 by its cursor, offers one page more only while rows follow, and goes back', async () => {
    await login(page, baseUrl, 'supervisor.bj');
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/cases?')) asked.push(r.url());
    });
    await page.goto(`${baseUrl}/cases?pageSize=10`);
    const table = page.getByTestId('case-table');
    await table.waitFor();
    const rowNumbers = async () =>
      (await table
        .locator('tr[data-testid^="case-row-"]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')))) as string[];
    await expect.poll(async () => (await rowNumbers()).length).toBe(10);
    const first = await rowNumbers();
    // No exact count: the pager shows the pages read so far and one more.
    expect(await page.locator('.ant-pagination-item').count()).toBe(2);
    await page.locator('.ant-pagination-item-2').click();
    await expect.poll(async () => (await rowNumbers())[0]).not.toBe(first[0]);
    const second = await rowNumbers();
    expect(second.some((n) => first.includes(n))).toBe(false);
    expect(asked.some((u) => new URL(u).searchParams.has('after'))).toBe(true);
    await page.locator('.ant-pagination-item-1').click();
    await expect.poll(rowNumbers).toEqual(first);
  });
});
