import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, publishScreenshot, screenshot } from './support.ts';

const baseUrl = inject('baseUrl');
const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
const WANG_FANG_ID = '110108197806200460';

const pdfText = async (bytes: Buffer) => {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const content = await (await pdf.getPage(1)).getTextContent();
  return content.items.map((i) => ('str' in i ? i.str : '')).join('');
};

const stateOf = (page: Page) => page.getByTestId('claim-app-state').getAttribute('data-state');
const waitState = (page: Page, state: string) =>
  page.locator(`[data-testid="claim-app-state"][data-state="${state}"]`).waitFor();

/**
 * Issue #14 in the browser, one journey: head office edits the checklists → report → application (with the new
 * list) → incomplete set → notice → complete → hand-over → receipt → investigation → advance payment (art. 25) →
 * assessment → decision above the handler's authority → a team lead's approval → payout notice (advance deducted)
 * → pay → close → archive (read-only).
 */
describe('claims desk (理赔台)', () => {
  let browser: Browser;
  let page: Page;
  let reportId = '';
  let appUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await login(page, baseUrl, 'claimshandler.bj');
    // The report itself is registered through its own desk's API (the intake screens have their own test).
    const lookup = await page.request.post(`${baseUrl}/api/claim-reports/lookups`, {
      data: { by: 'policyNo', value: `PBJ${year}000003` },
    });
    const l = await lookup.json();
    const occurredAt = new Date(Date.now() - 26 * 3_600_000).toISOString();
    const reg = await page.request.post(`${baseUrl}/api/claim-reports`, {
      headers: { 'idempotency-key': `e2e-claim-desk-${Date.now()}` },
      data: {
        lookupId: l.lookupId,
        policyId: l.policies[0].id,
        confirmIdNumber: WANG_FANG_ID,
        channel: 'walkIn',
        occurredAt,
        place: '北京市海淀区',
        cause: 'illness',
        course: '突发疾病住院治疗。',
        injuryDegree: 'minor',
        reporterName: '王芳',
        reporterPhone: '13698765432',
        reporterRelation: 'self',
      },
    });
    expect(reg.status(), await reg.text()).toBe(201);
    reportId = (await reg.json()).id;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('head office adds and renames a checklist item, saved as a new version with who and when', async () => {
    const ho = await newPage(browser);
    await login(ho, baseUrl, 'headoffice.ho');
    await ho.goto(`${baseUrl}/claim-applications/checklists`);
    await ho.getByTestId('claim-checklists').waitFor();
    await ho.getByTestId('checklist-add-medical').click();
    await ho.getByTestId('checklist-item-medicalItem1-zh').fill('出院小结');
    await ho.getByTestId('checklist-item-medicalItem1-en').fill('Discharge summary');
    await ho.getByTestId('checklist-item-testResults-zh').fill('检验报告');
    await ho.getByTestId('checklist-item-testResults-en').fill('Test reports');
    expect(await ho.getByTestId('checklists-changes').textContent()).toContain('2');
    await ho.getByTestId('checklists-note').fill('医疗清单增加出院小结');
    await ho.getByTestId('checklists-save').click();
    await ho.locator('[data-testid="checklists-version"][data-version="1"]').waitFor();
    expect(await ho.getByTestId('checklists-saved-by').textContent()).toContain('医疗清单增加出院小结');
    await publishScreenshot(await screenshot(ho, 'claim-checklists'), 'claim-checklists');
    await ho.context().close();
  });

  it('opens the application from its report in one click and registers it', async () => {
    await page.goto(`${baseUrl}/claim-reports/${reportId}`);
    await page.getByTestId('claim-report-apply').click();
    await page.getByTestId('claim-app-type').click();
    await page.locator('.ant-select-item-option[title="医疗"]').click();
    await page.getByTestId('claim-app-relation').click();
    await page.locator('.ant-select-item-option[title="被保险人本人"]').click();
    await page.getByTestId('claim-app-name').fill('王芳');
    await page.getByTestId('claim-app-id').fill(WANG_FANG_ID);
    await page.getByTestId('claim-app-phone').fill('13698765432');
    await page.getByTestId('claim-app-submit').click();
    await page.getByTestId('claim-application').waitFor();
    expect(await stateOf(page)).toBe('received');
    // The application snapshots the checklists in force: the added item and the renamed one.
    await page.getByTestId('doc-medicalItem1-received').waitFor();
    expect(await page.getByTestId('claim-application').textContent()).toContain('检验报告');
  });

  it('records an incomplete set and gives the one notice of what is missing, as a PDF', async () => {
    for (const id of ['premiumReceipt', 'insuredId', 'testResults']) {
      await page.getByTestId(`doc-${id}-received`).check();
      await page.getByTestId(`doc-${id}-verified`).check();
    }
    await page.getByTestId('claim-app-save-documents').click();
    await page.getByText('3 / 10', { exact: true }).waitFor();
    await page.getByTestId('claim-app-action-sendMissingNotice').click();
    await waitState(page, 'documentsIncomplete');
    expect(await page.getByTestId('claim-app-action-sendMissingNotice').count()).toBe(0);
    const href = await page.getByTestId('claim-app-notice-pdf').getAttribute('href');
    const text = await pdfText(await (await page.request.get(`${baseUrl}${href}`)).body());
    expect(text).toContain('王芳');
    expect(text).toContain('住院收据原件');
    expect(text).not.toMatch(/种子|seed|§/);
  });

  it('completes the set, hands it over with a transmittal list and records the insurer’s receipt', async () => {
    const ids = await page
      .locator('[data-testid$="-received"]')
      .evaluateAll((els) =>
        els.map((e) => (e.getAttribute('data-testid') ?? '').replace(/^doc-|-received$/g, '')),
      );
    for (const id of ids) {
      await page.getByTestId(`doc-${id}-received`).check();
      await page.getByTestId(`doc-${id}-verified`).check();
    }
    for (const id of ['policyOriginal', 'claimForm', 'outpatientReceipts', 'inpatientReceipts']) {
      await page.getByTestId(`doc-${id}-form`).click();
      // The first option (原件) is active when the list opens; Enter picks it without racing the closing list.
      await page.locator('.ant-select-item-option-active[title="原件"]').last().waitFor();
      await page.keyboard.press('Enter');
    }
    await page.getByTestId('claim-app-save-documents').click();
    await page.getByText('10 / 10', { exact: true }).waitFor();
    await page.getByTestId('claim-app-action-markComplete').click();
    await waitState(page, 'complete');
    await page.getByTestId('claim-app-action-handOver').click();
    await page.getByTestId('claim-app-recipient').fill('承保公司理赔部');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await waitState(page, 'handedOver');
    const href = await page.getByTestId('claim-app-transmittal-pdf').getAttribute('href');
    const text = await pdfText(await (await page.request.get(`${baseUrl}${href}`)).body());
    expect(text).toContain('承保公司理赔部');
    await page.getByTestId('claim-app-action-confirmReceipt').click();
    await page.getByTestId('claim-app-note').fill('理赔部张经理签收');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByTestId('claim-app-action-startInvestigation').waitFor();
    const id = page.url().split('/').pop();
    const detail = await (await page.request.get(`${baseUrl}/api/claim-applications/${id}`)).json();
    expect(detail.deadlines.find((d: { kind: string }) => d.kind === 'claimHandover').state).toBe('met');
    appUrl = page.url();
  });

  it('assesses the loss in yuan and shows the payout breakdown', async () => {
    await page.getByTestId('claim-app-action-startInvestigation').click();
    await waitState(page, 'investigating');
    // Art. 25: the amount that can already be determined is paid in advance, then deducted from the payment.
    await page.getByTestId('claim-app-action-advancePay').click();
    await page.getByTestId('advance-amount').fill('5,000');
    await page.getByTestId('advance-payee').fill('王芳');
    await page.getByTestId('advance-basis').fill('已核实的住院收据');
    await page.getByTestId('claim-app-dialog-ok').click();
    await page.getByTestId('claim-app-advance-amount').waitFor();
    expect(await page.getByTestId('claim-app-advance-amount').textContent()).toBe('¥5,000.00');
    expect(await page.getByTestId('claim-app-action-advancePay').isDisabled()).toBe(true);
    await page.getByTestId('claim-app-action-recordAssessment').click();
    await page.getByTestId('assess-item-0-zh').fill('住院医疗费用');
    await page.getByTestId('assess-item-0-loss').fill('23,456.78');
    await page.getByTestId('claim-app-note').fill('住院费用经核定属保险责任');
    await page.getByTestId('claim-app-dialog-ok').click();
    await waitState(page, 'assessed');
    // Sum insured 200,000 yuan, no deductible: the whole loss is payable, and every step is listed.
    expect(await page.getByTestId('claim-app-payable').textContent()).toBe('¥23,456.78');
    expect(await page.getByTestId('claim-app-payout').textContent()).toContain('核定损失金额');
  });

  it('decides to pay above the handler’s 10,000 yuan: the decision goes to a team lead', async () => {
    await page.getByTestId('claim-app-action-decide').click();
    expect(await page.getByTestId('decide-amount').inputValue()).toBe('¥ 23,456.78');
    await expect.poll(() => page.getByTestId('decide-authority').getAttribute('data-within')).toBe('false');
    expect(await page.getByTestId('decide-authority').textContent()).toContain('组长/主管');
    await page.getByTestId('claim-app-note').fill('按合同约定全额赔付');
    await page.getByTestId('claim-app-dialog-ok').click();
    await waitState(page, 'decisionProposed');
    await page.getByTestId('claim-app-pending').waitFor();
    expect(await page.getByTestId('claim-app-action-approveDecision').count()).toBe(0);

    const lead = await newPage(browser);
    await login(lead, baseUrl, 'teamlead.bj');
    await lead.goto(`${baseUrl}/claim-applications/approvals`);
    const number = (await page.getByTestId('claim-app-number').textContent()) ?? '';
    const row = lead.locator(`[data-testid="claim-approval-row"][data-number="${number}"]`);
    expect(await row.textContent()).toContain('¥23,456.78');
    await row.getByTestId('claim-approval-open').click();
    await lead.getByTestId('claim-app-action-approveDecision').click();
    await waitState(lead, 'decided');
    await lead.context().close();
  });

  it('opens the payout notice as a PDF, pays, closes and archives read-only', async () => {
    await page.goto(appUrl);
    await waitState(page, 'decided');
    expect(await page.getByTestId('claim-app-refusal-pdf').count()).toBe(0);
    const href = await page.getByTestId('claim-app-payout-pdf').getAttribute('href');
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByTestId('claim-app-payout-pdf').click(),
    ]);
    await tab.close();
    const letter = await page.request.get(`${baseUrl}${href}`);
    expect(letter.headers()['content-type']).toBe('application/pdf');
    const body = await letter.body();
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const printed = await pdfText(body);
    expect(printed).toContain('王芳');
    expect(printed).toContain('先予支付');
    expect(await page.getByTestId('claim-app-balance').textContent()).toBe('¥18,456.78');
    await publishScreenshot(await screenshot(page, 'claim-desk'), 'claim-desk');
    for (const [event, state] of [
      ['pay', 'paid'],
      ['close', 'closed'],
      ['archive', 'archived'],
    ] as const) {
      await page.getByTestId(`claim-app-action-${event}`).click();
      await waitState(page, state);
    }
    await page.getByTestId('claim-app-read-only').waitFor();
    expect(
      await page.getByTestId('claim-app-actions').locator('[data-testid^="claim-app-action-"]').count(),
    ).toBe(0);
    expect(await page.getByTestId('claim-app-save-documents').count()).toBe(0);
  });

  it('finds the archived application on the board by stage and number', async () => {
    const number = (await page.getByTestId('claim-app-number').textContent()) ?? '';
    await page.getByTestId('menu-claimDesk').click();
    await page.getByTestId('claim-desk-board').waitFor();
    await page.getByTestId('claim-desk-search').locator('input').fill(number);
    const item = page.locator(`[data-testid="claim-desk-item"][data-number="${number}"]`);
    await item.waitFor();
    expect(await page.getByTestId('claim-desk-column-archived').textContent()).toContain(number);
    expect(await page.locator('[data-testid="claim-desk-item"]').count()).toBe(1);
  });
});
