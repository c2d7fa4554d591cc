import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  expectStatus,
  launchBrowser,
  login,
  newPage,
  publishScreenshot,
  screenshot,
  textOf,
} from './support.ts';

const baseUrl = inject('baseUrl');

/**
 * Issue 15 in the browser: from a case, 该客户的全部记录 shows the same customer's call and complaint (masked);
 * the same view by a phone search; and on a reply the guard catches 这不归我管 (a variant of a listed phrase) and
 * its one-click replacement takes the whole clause, so the sentence still reads.
 */
describe('customer view and the phrase guard', () => {
  let browser: Browser;
  let page: Page;
  let caseId = '';
  const phone = `137${String(Date.now() % 1e8).padStart(8, '0')}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await login(page, baseUrl, 'agent.bj');
    const created = await page.request.post(`${baseUrl}/api/cases`, {
      headers: { 'Idempotency-Key': `e2e-customer-${Date.now()}` },
      data: {
        kind: 'consultation',
        channel: 'phone',
        subject: 'E2E 客户视图 理赔进度咨询',
        description: '客户询问理赔进度',
        customerName: '周小云',
        customerPhone: phone,
      },
    });
    expect(created.status()).toBe(201);
    caseId = (await created.json()).id;
    const complaint = await page.request.post(`${baseUrl}/api/complaints`, {
      headers: { 'Idempotency-Key': `e2e-customer-c-${Date.now()}` },
      data: {
        channel: 'phone',
        subject: 'E2E 客户视图 理赔员未回电',
        description: '客户称理赔员承诺回电但未回电。',
        customerName: '周小云',
        customerPhone: phone,
        product: '机动车商业保险',
        policyNo: 'PDAA2026110001',
        category: 'serviceAttitude',
        request: '要求尽快告知理赔进度',
        apologyGiven: true,
        committedReplyHours: 24,
      },
    });
    expect(complaint.status(), await complaint.text()).toBeLessThan(300);
    // The PBX account reports the customer's call.
    const pbx = await newPage(browser);
    await login(pbx, baseUrl, 'branchadmin.bj');
    const callId = `E2E-CV-${Date.now()}`;
    const at = Date.now();
    for (const [event, offset] of [
      ['ringing', 0],
      ['ended', 20_000],
    ] as const) {
      const res = await pbx.request.post(`${baseUrl}/api/cti/events`, {
        data: {
          callId,
          event,
          at: new Date(at + offset).toISOString(),
          ...(event === 'ringing' ? { callerNumber: phone, branchCode: 'BJ' } : { hungUpBy: 'customer' }),
        },
      });
      expect(res.status(), await res.text()).toBe(200);
    }
    await pbx.context().close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens 该客户的全部记录 from the case and sees the call and the complaint, masked', async () => {
    await page.goto(`${baseUrl}/cases/${caseId}`);
    await page.getByTestId('customer-view-link').click();
    await page.getByTestId('customer-view').waitFor();
    await page.getByTestId('customer-group-call').waitFor();
    expect(await page.getByTestId('customer-group-call').getByTestId('customer-record').count()).toBe(1);
    expect(await textOf(page, 'customer-group-complaint')).toContain('E2E 客户视图 理赔员未回电');
    expect(await textOf(page, 'customer-group-case')).toContain('E2E 客户视图 理赔进度咨询');
    const shown = await textOf(page, 'customer-view');
    expect(shown).toContain('周**');
    expect(shown).not.toContain(phone);
    await screenshot(page, 'customer-view').then((f) => publishScreenshot(f, 'customer-view'));
  });

  it('finds the same customer by a phone search (sent in the body)', async () => {
    await page.goto(`${baseUrl}/customers`);
    await page.getByTestId('customer-search-phone').fill(phone);
    await page.getByTestId('customer-search-submit').click();
    await page.getByTestId('customer-view').waitFor();
    expect(page.url()).not.toContain(phone);
    expect(await textOf(page, 'customer-person')).toContain('共 3 条记录');
  });

  it('catches 这不归我管 on a reply and replaces whole clauses so the reply reads', async () => {
    await page.goto(`${baseUrl}/cases/${caseId}`);
    await page.getByTestId('action-answer').click();
    const note = page.getByTestId('answer-dialog-note');
    await note.pressSequentially('这不归我管，你自己看着办吧。');
    await page.getByTestId('answer-dialog-note-guard').waitFor();
    expect(await page.getByTestId('answer-dialog-note-guard-hit').count()).toBe(2);
    await page.getByTestId('answer-dialog-note-replace').last().click();
    await expect.poll(() => page.getByTestId('answer-dialog-note-guard-hit').count()).toBe(1);
    expect(await note.inputValue()).toBe('这不归我管，我来为您逐项说明，麻烦您记录一下，好吗？');
    await page.getByTestId('answer-dialog-note-replace').click();
    await expect.poll(() => page.getByTestId('answer-dialog-note-guard').count()).toBe(0);
    expect(await note.inputValue()).toBe(
      '这个问题由相关部门负责办理，我马上帮您联系，请您稍等，好吗？我来为您逐项说明，麻烦您记录一下，好吗？',
    );
    await page.getByTestId('answer-dialog-submit').click();
    await expectStatus(page, 'answered');
  });
});
