import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, logout, newPage, screenshot, textOf } from './support.ts';

const baseUrl = inject('baseUrl');

/**
 * C7 in the browser (real clock): a new consultation shows its countdown in the list, its rule on the detail and
 * in "my deadlines"; head office imports next year's notice with a preview; a branch admin closes a day.
 */
describe('deadlines and calendars', () => {
  let browser: Browser;
  let page: Page;
  let number = '';
  let caseId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the first-response countdown on the list, the rule on the detail, and in my deadlines', async () => {
    await login(page, baseUrl, 'agent.bj');
    const created = await page.request.post(`${baseUrl}/api/cases`, {
      headers: { 'idempotency-key': `e2e-deadline-${Date.now()}` },
      data: {
        kind: 'consultation',
        channel: 'phone',
        subject: 'E2E 时效',
        description: '客户询问理赔时效。',
      },
    });
    expect(created.status()).toBe(201);
    ({ number, id: caseId } = (await created.json()) as { number: string; id: string });

    await page.goto(`${baseUrl}/cases?q=${number}`);
    const row = page.getByTestId(`case-row-${number}`);
    await row.getByTestId('deadline-badge').waitFor();
    expect(['ok', 'warned', 'late']).toContain(
      await row.getByTestId('deadline-badge').getAttribute('data-urgency'),
    );
    await screenshot(page, 'deadline-list');

    await page.goto(`${baseUrl}/cases/${caseId}`);
    await page.getByTestId('case-deadlines').waitFor();
    expect(await textOf(page, 'deadline-source')).toContain('000');
    expect(await page.getByTestId('deadline-state-caseFirstResponse').getAttribute('data-state')).toBe(
      'open',
    );
    await screenshot(page, 'deadline-detail');

    await page.getByTestId('menu-myDeadlines').click();
    await page.getByTestId(`deadline-row-${number}`).waitFor();
    expect(await textOf(page, 'menu-myDeadlines')).toBe('我的时效');
    await page.getByTestId('notification-bell').waitFor();
    await screenshot(page, 'my-deadlines');
    await logout(page);
  });

  it("head office imports next year's notice after a preview, and the banner goes", async () => {
    await login(page, baseUrl, 'headoffice.ho');
    await page.getByTestId('menu-calendars').click();
    await page.getByTestId('calendar-grid').waitFor();
    const calendars = (await (await page.request.get(`${baseUrl}/api/calendars`)).json()) as {
      items: { id: string; needsNextYearNotice: boolean; publishedYears: number[] }[];
    };
    const national = calendars.items.find((c) => c.id === 'CN');
    expect(await page.getByTestId('notice-missing-banner').count()).toBe(
      national?.needsNextYearNotice ? 1 : 0,
    );
    const year = Math.max(...(national?.publishedYears ?? [2026])) + 1;
    await page.getByTestId('import-open').click();
    await page
      .getByTestId('import-text')
      .fill(`date,type,name\n${year}-01-01,放假,元旦\n${year}-05-01,放假,劳动节\n${year}-10-01,放假,国庆节`);
    await page.getByTestId('import-preview').click();
    await page.getByTestId('import-diff').waitFor();
    expect(await textOf(page, 'import-diff')).toContain('新增 (3)');
    await screenshot(page, 'calendar-import-preview', false);
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-diff').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('notice-missing-banner').count()).toBe(0);
    await logout(page);
  });

  it('a branch admin closes a day on the branch calendar', async () => {
    await login(page, baseUrl, 'branchadmin.bj');
    await page.goto(`${baseUrl}/calendars?id=BR-BJ`);
    await page.getByTestId('calendar-grid').waitFor();
    // A weekday in the month on screen that is not a holiday: the first Wednesday after the 7th.
    const day = await page.evaluate(() => {
      const d = new Date();
      d.setDate(8);
      while (d.getDay() !== 3) d.setDate(d.getDate() + 1);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const cell = page.getByTestId(`calendar-day-${day}`);
    expect(await cell.getAttribute('data-working')).toBe('true');
    await cell.click();
    await page.getByTestId('day-type-closed').click();
    await page.getByTestId('day-save').click();
    await expect.poll(() => cell.getAttribute('data-working')).toBe('false');
    await screenshot(page, 'calendar-branch');
    await logout(page);
  });
});
