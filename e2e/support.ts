import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const DEMO_PASSWORD = 'Claim@2026';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shotsDir = path.join(repoRoot, 'test-results', 'screenshots');

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

/** A fresh browser context (own cookies and localStorage), as a user in Beijing would have it. */
export const newPage = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      console.warn(`[browser ${msg.type()}] ${msg.text()}`);
  });
  return page;
};

export const login = async (page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD) => {
  if (!page.url().includes('/login')) await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user-name').waitFor();
};

export const logout = async (page: Page) => {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-form').waitFor();
};

/** Saves a screenshot under test-results/screenshots (git-ignored); returns its path. */
export const screenshot = async (page: Page, name: string, fullPage = true): Promise<string> => {
  await mkdir(shotsDir, { recursive: true });
  const file = path.join(shotsDir, `${name}.png`);
  // Let antd's motion (modals closing, messages fading) settle so the picture shows the screen at rest.
  await page
    .locator('.ant-message-notice, .ant-modal-mask')
    .first()
    .waitFor({ state: 'detached', timeout: 8_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
  await page.screenshot({ path: file, fullPage });
  return file;
};

/** Keeps a screenshot in the documentation (docs/screenshots, committed). */
export const publishScreenshot = async (file: string, name: string) => {
  const dir = path.join(repoRoot, 'docs', 'screenshots');
  await mkdir(dir, { recursive: true });
  await copyFile(file, path.join(dir, `${name}.png`));
};

export const textOf = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).first().textContent()) ?? '').trim();

/** Waits until the case on screen has the given status (the tag carries the status code). */
export const expectStatus = (page: Page, status: string) =>
  expect
    .poll(() => page.getByTestId('case-fields').getByTestId('case-status').getAttribute('data-status'), {
      timeout: 15_000,
    })
    .toBe(status);
