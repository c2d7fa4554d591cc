import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectStatus,
  launchBrowser,
  login,
  logout,
  newPage,
  publishScreenshot,
  screenshot,
  textOf,
} from './support.ts';

const baseUrl = inject('baseUrl');

/**
 * Issue #5 part 3 in the browser: a forbidden phrase typed into a reply is underlined with its standard
 * alternative while typing; sending it anyway takes an override reason, which the QA desk then lists.
 */
describe('forbidden-phrase guard on a case reply', () => {
  let browser: Browser;
  let page: Page;
  let caseId = '';
  let caseNumber = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await login(page, baseUrl, 'agent.bj');
    const res = await page.request.post(`${baseUrl}/api/cases`, {
      headers: { 'Idempotency-Key': `e2e-guard-${Date.now()}` },
      data: {
        kind: 'consultation',
        channel: 'phone',
        subject: 'E2E 禁语检查 理赔材料咨询',
        description: '客户询问理赔材料',
        customerName: '王五',
        customerPhone: '13812345678',
      },
    });
    expect(res.status()).toBe(201);
    const created = await res.json();
    caseId = created.id;
    caseNumber = created.number;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('underlines the phrase with its suggestion on each keystroke', async () => {
    await page.goto(`${baseUrl}/cases/${caseId}`);
    await page.getByTestId('action-answer').click();
    await page.getByTestId('answer-dialog-note').pressSequentially('这个我不 知 道，你自己看吧');
    await page.getByTestId('answer-dialog-note-guard').waitFor();
    const hits = page.getByTestId('answer-dialog-note-guard-hit');
    expect(await hits.count()).toBe(2);
    expect(await hits.first().textContent()).toBe('不 知 道');
    const suggestions = page.getByTestId('answer-dialog-note-suggestion');
    expect(await suggestions.count()).toBe(2);
    expect(await suggestions.first().textContent()).toContain('我帮您查询一下');
    await screenshot(page, 'guard-warning', false).then((f) => publishScreenshot(f, 'guard-warning'));
  });

  it('replaces a hit with the standard phrase in one click', async () => {
    await page.getByTestId('answer-dialog-note-replace').last().click();
    await expect.poll(() => page.getByTestId('answer-dialog-note-guard-hit').count()).toBe(1);
    expect(await page.getByTestId('answer-dialog-note').inputValue()).toContain('我来为您逐项说明');
  });

  it('needs an override reason to send it anyway, and sends it with one', async () => {
    await page.getByTestId('answer-dialog-submit').click();
    await page.getByText('请填写坚持发送的理由').waitFor();
    await page.getByTestId('answer-dialog-note-override').fill('引用客户原话，已向客户解释');
    await page.getByTestId('answer-dialog-submit').click();
    await expectStatus(page, 'answered');
  });

  it('lists the override on the QA desk for the team lead', async () => {
    await logout(page);
    await login(page, baseUrl, 'teamlead.bj');
    await page.getByTestId('menu-qa').click();
    await page.getByTestId('qa-overrides').getByText(caseNumber).waitFor();
    expect(await textOf(page, 'qa-overrides')).toContain('引用客户原话');
  });
});
