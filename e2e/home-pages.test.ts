import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoUsers } from '../packages/server/src/seed/demo-data.ts';
import {
  DEMO_PASSWORD,
  launchBrowser,
  login,
  logout,
  newPage,
  publishScreenshot,
  screenshot,
} from './support.ts';

const baseUrl = inject('baseUrl');

/** Two calls offered to agent.bj a moment ago through the CTI API: one answered in the second ring, one missed. */
const feedCalls = async () => {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'branchadmin.bj', password: DEMO_PASSWORD }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const agentNo = demoUsers().find((u) => u.username === 'agent.bj')?.agentNo;
  const ago = (s: number) => new Date(Date.now() - s * 1000).toISOString();
  const tag = Date.now().toString(36);
  for (const body of [
    { callId: `E2E-KPI-A-${tag}`, event: 'ringing', at: ago(120), branchCode: 'BJ', agentNo },
    { callId: `E2E-KPI-A-${tag}`, event: 'answered', at: ago(112), agentNo },
    { callId: `E2E-KPI-A-${tag}`, event: 'ended', at: ago(40), hungUpBy: 'customer' },
    { callId: `E2E-KPI-B-${tag}`, event: 'ringing', at: ago(100), branchCode: 'BJ', agentNo },
    { callId: `E2E-KPI-B-${tag}`, event: 'ended', at: ago(70), hungUpBy: 'customer' },
  ]) {
    const r = await fetch(`${baseUrl}/api/cti/events`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`CTI ${body.event}: ${r.status} ${await r.text()}`);
  }
};

/** Clicks the bottom segment of a category's bar (the first series) on an ECharts canvas. */
const clickBar = async (page: Page, testId: string, category: number) => {
  const chart = page.getByTestId(testId);
  const n = Number(await chart.getAttribute('data-categories'));
  const box = await chart.boundingBox();
  if (!box || n === 0) throw new Error(`${testId}: no bars`);
  // The chart's grid: 48 px left, 16 px right, 28 px below (home/chart.tsx).
  const x = 48 + ((category + 0.5) * (box.width - 64)) / n;
  await chart.click({ position: { x, y: box.height - 28 - 3 } });
};

/**
 * Issue #17 part 3 in the browser: three roles land on their own home page after login (agent: my day; team lead:
 * the team today; supervisor: the branch), and the agent drills from today's bar to the calls behind it.
 */
describe('home pages by role', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await feedCalls();
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the agent lands on my day and opens the calls behind today’s bar', async () => {
    await login(page, baseUrl, 'agent.bj');
    await page.waitForURL(/\/home$/);
    await page.getByTestId('home-agent').waitFor();
    expect(await page.getByTestId('kpi-answeredWithinRings').textContent()).toContain('三声内接听率');
    expect(await page.getByTestId('menu-home').textContent()).toBe('首页');
    await expect.poll(() => page.getByTestId('chart-my-calls').getAttribute('data-categories')).toBe('7');
    await screenshot(page, 'home-agent').then((f) => publishScreenshot(f, 'home-agent'));
    await clickBar(page, 'chart-my-calls', 6);
    const drawer = page.getByTestId('drill-drawer');
    await drawer.getByText('三声内接听').first().waitFor();
    await expect.poll(async () => drawer.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    expect(await page.locator('.ant-drawer-title').textContent()).toContain('明细');
    // Each row opens its call.
    expect(await drawer.locator('tbody tr.ant-table-row a').first().getAttribute('href')).toMatch(
      /^\/calls\//,
    );
    await screenshot(page, 'home-agent-drill').then((f) => publishScreenshot(f, 'home-agent-drill'));
    await page.keyboard.press('Escape');
    await logout(page);
  });

  it('the team lead lands on the team today with the queue and the agent’s calls', async () => {
    await login(page, baseUrl, 'teamlead.bj');
    await page.waitForURL(/\/home$/);
    await page.getByTestId('home-team').waitFor();
    expect(await page.getByTestId('home-queue').textContent()).toContain('振铃中来电');
    await expect
      .poll(async () => Number(await page.getByTestId('chart-team-calls').getAttribute('data-categories')))
      .toBeGreaterThan(0);
    await screenshot(page, 'home-team').then((f) => publishScreenshot(f, 'home-team'));
    await logout(page);
  });

  it('the supervisor lands on the branch overview with month KPIs and the trend', async () => {
    await login(page, baseUrl, 'supervisor.bj');
    await page.waitForURL(/\/home$/);
    await page.getByTestId('home-branch').waitFor();
    expect(await page.getByTestId('kpi-abandonment').textContent()).toContain('放弃率');
    expect(await page.getByTestId('chart-branch-trend').getAttribute('data-categories')).toBe('6');
    await screenshot(page, 'home-branch').then((f) => publishScreenshot(f, 'home-branch'));
    await logout(page);
  });

  it('head office lands on the branches side by side', async () => {
    await login(page, baseUrl, 'headoffice.ho');
    await page.waitForURL(/\/home$/);
    await page.getByTestId('home-branches').waitFor();
    const table = page.getByTestId('home-branches-table');
    await table.getByText('北京分公司').waitFor();
    expect(await table.textContent()).toContain('上海分公司');
    await logout(page);
  });
});
