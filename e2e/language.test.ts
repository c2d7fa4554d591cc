import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, screenshot, textOf } from './support.ts';

const baseUrl = inject('baseUrl');

describe('language switch', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts in Chinese', async () => {
    await login(page, baseUrl, 'agent.bj');
    expect(await textOf(page, 'menu-cases')).toBe('案件');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('switches the menu, the header and the server messages to English and remembers it', async () => {
    await page.getByTestId('language-en').click();
    await expect.poll(() => textOf(page, 'menu-cases')).toBe('Cases');
    expect(await textOf(page, 'menu-newCase')).toBe('New case');
    expect(await textOf(page, 'current-user-role')).toBe('Agent');
    await expect.poll(() => textOf(page, 'current-user-branch')).toBe('Beijing branch');
    expect(await page.getByTestId('logout').textContent()).toContain('Log out');
    await screenshot(page, 'case-list-en', false);

    await page.reload();
    await page.getByTestId('menu-cases').waitFor();
    expect(await textOf(page, 'menu-cases')).toBe('Cases');

    // The console sends Accept-Language: en, so the server's message comes back in English.
    await page.goto(`${baseUrl}/cases/00000000-0000-4000-8000-000000000000`);
    await page.getByTestId('case-not-found').waitFor();
    expect(await page.getByTestId('case-not-found').textContent()).toContain('Case not found');

    await page.getByTestId('language-zh-CN').click();
    await expect.poll(() => textOf(page, 'menu-cases')).toBe('案件');
  });
});
