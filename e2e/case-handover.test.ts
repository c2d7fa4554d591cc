import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectStatus, launchBrowser, login, logout, newPage, screenshot, textOf } from './support.ts';

const baseUrl = inject('baseUrl');

type CaseBody = { id: string; number: string; version: number };
type UserBody = { id: string; username: string; displayName: string };

/** Hand-over (首问负责) and optimistic locking, as two people of branch BJ would meet them. */
describe('hand-over and concurrent changes', () => {
  let browser: Browser;
  let page: Page;
  let created: CaseBody;
  let teamLead: UserBody;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await login(page, baseUrl, 'agent.bj');
    const response = await page.request.post(`${baseUrl}/api/cases`, {
      headers: { 'Idempotency-Key': randomUUID(), 'Accept-Language': 'zh-CN' },
      data: {
        kind: 'consultation',
        channel: 'online',
        subject: 'E2E 移交测试',
        description: '在线咨询退保手续',
      },
    });
    expect(response.status()).toBe(201);
    created = await response.json();
    const users = await page.request.get(`${baseUrl}/api/users?role=teamLead`);
    const items: UserBody[] = (await users.json()).items;
    const found = items.find((u) => u.username === 'teamlead.bj');
    if (!found) throw new Error('demo user teamlead.bj missing');
    teamLead = found;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the server message on a version conflict and reloads the case', async () => {
    await page.goto(`${baseUrl}/cases/${created.id}`);
    await expectStatus(page, 'new');
    // Someone else answers the case meanwhile (same account, another tab): the screen still shows version 1.
    const other = await page.request.post(`${baseUrl}/api/cases/${created.id}/events`, {
      data: { event: 'answer', version: created.version, note: '另一窗口已答复' },
    });
    expect(other.status()).toBe(200);

    await page.getByTestId('action-answer').click();
    await page.getByTestId('answer-dialog-note').fill('迟到的答复');
    await page.getByTestId('answer-dialog-submit').click();
    await page.getByText('该案件已被他人修改').waitFor();
    await expectStatus(page, 'answered');
    await expect.poll(() => page.getByTestId('timeline-answer').count()).toBe(1);
  });

  it('hands the case over to the team lead, who accepts it', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('answer-dialog-modal').waitFor({ state: 'hidden' });
    await page.getByTestId('action-transfer').click();
    await page.getByTestId('transfer-user').click();
    await page.keyboard.type(teamLead.displayName);
    await page.locator('.ant-select-item-option').filter({ hasText: teamLead.displayName }).first().click();
    await page.getByTestId('transfer-note').fill('客户要求组长回电');
    await page.getByTestId('transfer-submit').click();
    await page.getByTestId('pending-transfer').waitFor();
    expect(await textOf(page, 'pending-transfer')).toContain(teamLead.displayName);
    expect(await page.getByTestId('action-cancel-transfer').count()).toBe(1);
    expect(await page.getByTestId('action-resolve').count()).toBe(0);

    await logout(page);
    await login(page, baseUrl, 'teamlead.bj');
    await page.goto(`${baseUrl}/cases/${created.id}`);
    await page.getByTestId('action-accept').click();
    await expect.poll(() => textOf(page, 'case-owner')).toBe(teamLead.displayName);
    expect(await page.getByTestId('pending-transfer').count()).toBe(0);
    await page.getByTestId('timeline-transferAccepted').waitFor();
    expect(await page.getByTestId('timeline-transferRequested').count()).toBe(1);
    expect(await page.getByTestId('action-resolve').count()).toBe(1);
    await page.mouse.move(0, 0);
    await screenshot(page, 'case-handover');
  });
});
