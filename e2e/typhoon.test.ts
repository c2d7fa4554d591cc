import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, screenshot } from './support.ts';

const baseUrl = inject('baseUrl');
const CODE = `TY-E2E-${Date.now() % 100000}`;

/**
 * Issue #19 parts 3 and 5 in the browser: head office declares and activates a typhoon over Beijing; the Beijing
 * agent's console shows the banner without a reload, the agent registers a report on the shortened form, and the
 * team lead's console (another browser context, open on the event board) sees the count change live.
 */
describe('typhoon mode (巨灾事件) and the live console', () => {
  let browser: Browser;
  let ho: Page;
  let agent: Page;
  let lead: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    [ho, agent, lead] = await Promise.all([newPage(browser), newPage(browser), newPage(browser)]);
    await login(ho, baseUrl, 'headoffice.ho');
    await login(agent, baseUrl, 'agent.bj');
    await login(lead, baseUrl, 'teamlead.bj');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('head office declares and activates an event; the agent sees the banner without reloading', async () => {
    await agent.goto(`${baseUrl}/cases`);
    await ho.goto(`${baseUrl}/catastrophes`);
    await ho.getByTestId('declare-open').click();
    await ho.getByTestId('declare-code').fill(CODE);
    await ho.getByTestId('declare-name').fill('台风“海燕”');
    await ho.getByTestId('declare-area').click();
    await ho.keyboard.type('北京分公司');
    await ho.locator('.ant-select-item-option[title="北京分公司"]').click();
    await ho.keyboard.press('Escape');
    await ho.getByTestId('declare-perils').click();
    await ho.locator('.ant-select-item-option[title="台风"]').click();
    await ho.keyboard.press('Escape');
    await ho.getByTestId('declare-submit').click();
    await ho.getByTestId(`catastrophe-state-${CODE}`).getByText('已宣布').waitFor();
    const row = ho.locator('tr', { has: ho.getByTestId(`catastrophe-state-${CODE}`) });
    await row.getByTestId('catastrophe-move-activate').click();
    await ho.getByTestId(`catastrophe-state-${CODE}`).getByText('进行中').waitFor();

    // The agent's page was open before the activation and is not reloaded: the live stream brings the banner.
    await agent.getByTestId('catastrophe-banner').waitFor({ timeout: 5_000 });
    expect(await agent.getByTestId('catastrophe-banner').textContent()).toContain('台风“海燕”');
  });

  it('the agent registers a shortened report, and the lead’s open board counts it live', async () => {
    await lead.goto(`${baseUrl}/catastrophes`);
    const counts = lead.getByTestId(`catastrophe-counts-${CODE}`);
    await counts.waitFor();
    expect(((await counts.textContent()) ?? '').startsWith('0')).toBe(true);

    await agent.getByTestId(`quick-report-${CODE}`).click();
    await agent.getByTestId('quick-reporter-name').fill('王五');
    await agent.getByTestId('quick-reporter-phone').fill('13912345678');
    await agent.getByTestId('quick-place').fill('北京市朝阳区建国路 88 号地下车库');
    await agent.getByTestId('quick-happened').fill('台风暴雨，车库进水，车辆被淹');
    await agent.getByTestId('quick-people-at-risk').click();
    await agent.getByTestId('quick-report-submit').click();
    await agent.locator('.ant-message-success').waitFor();

    // No reload on the lead's side: the count moves within the live stream's second (plus the console's batch).
    await expect.poll(async () => (await counts.textContent()) ?? '', { timeout: 3_000 }).toMatch(/^1/);
    await lead.locator('tr', { has: counts }).locator('.ant-table-row-expand-icon').click();
    await lead.getByTestId(`catastrophe-reports-${CODE}`).getByText('紧急').waitFor();
    await screenshot(lead, 'typhoon-board');
  });
});
