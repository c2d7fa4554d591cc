import { computeCheckDigit } from '@claimline/domain/identity';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage } from './support.ts';

const baseUrl = inject('baseUrl');
const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
const id = (first17: string) => first17 + computeCheckDigit(first17);
// Demo policy PBJ…000002: 王芳 is policyholder and insured.
const WANG_FANG_ID = id('11010119900101024');
const CHILD_ID = id('11010120150601015');

const pdfText = async (bytes: Buffer) => {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const content = await (await pdf.getPage(1)).getTextContent();
  return content.items.map((i) => ('str' in i ? i.str : '')).join('');
};
const waitState = (page: Page, state: string) =>
  page.locator(`[data-testid="service-state"][data-state="${state}"]`).waitFor();
const pickKind = (page: Page, label: string) =>
  page.locator('label.ant-radio-button-wrapper', { hasText: label }).first().click();
const choose = async (page: Page, testId: string, title: string) => {
  await page.getByTestId(testId).click();
  await page.locator(`.ant-select-item-option[title="${title}"]`).click();
};
const lookUp = async (page: Page, policyNo: string) => {
  await page.getByTestId('service-policy-no').fill(policyNo);
  await page.getByTestId('service-lookup').click();
  await page.getByTestId('service-policy').waitFor();
};
/** Ticks every document, saves, hands over to the insurer, and completes with what the dialog needs. */
const followToCompletion = async (page: Page, refund?: string) => {
  const boxes = page.locator('[data-testid="service-documents"] input[type="checkbox"]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await page.getByTestId('service-save-documents').click();
  await page.getByTestId('service-action-handOver').and(page.locator(':not([disabled])')).waitFor();
  await page.getByTestId('service-action-handOver').click();
  await page.getByTestId('service-recipient').fill('承保公司保全部');
  await page.getByTestId('service-dialog-ok').click();
  await waitState(page, 'handedOver');
  await page.getByTestId('service-action-complete').click();
  if (refund) await page.getByTestId('service-refund-input').fill(refund);
  await page.getByTestId('service-note').fill('保险公司已办理');
  await page.getByTestId('service-dialog-ok').click();
  await waitState(page, 'completed');
};

/**
 * Issue 15 in the browser, as the hotline agent who takes them (seed 003 第五条、第六条): a surrender from the new-case
 * screen to its refund, and an endorsement changing the beneficiary, refused until the policyholder's ID matches.
 */
describe('surrender and endorsement (退保、批改)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await login(page, baseUrl, 'agent.bj');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes a surrender, tells what to bring, prints the form and follows it to the refund', async () => {
    await page.goto(`${baseUrl}/cases/new`);
    await pickKind(page, '退保');
    await page.getByTestId('surrender-form').waitFor();
    await lookUp(page, `PBJ${year}000001`);
    expect(await page.getByTestId('service-bring').textContent()).toContain('机动车行驶证');
    await page.getByTestId('service-customer-name').fill('李明');
    await choose(page, 'surrender-reason', '车辆转让或报废');
    await page.getByTestId('surrender-reason-note').fill('车辆已过户');
    await page.getByTestId('service-submit').click();
    // The detail screen loads on first use; the shared machine can be slow.
    await page.getByTestId('policy-service').waitFor({ timeout: 60_000 });
    await waitState(page, 'received');
    expect(await page.getByTestId('service-number').textContent()).toMatch(/^TB/);
    expect(await page.getByTestId('service-reason').textContent()).toContain('车辆转让或报废');

    const pdf = await page.request.get(
      `${baseUrl}${await page.getByTestId('service-form-pdf').getAttribute('href')}`,
    );
    const text = await pdfText(await pdf.body());
    expect(text).toContain('退保申请书');
    expect(text).not.toMatch(/seed|种子|vehicleTransferred|vehicleLicence|surrender/);

    await followToCompletion(page, '1234.56');
    expect(await page.getByTestId('service-refund').textContent()).toBe('¥1,234.56');
  });

  it('head office adds a document to the default surrender list; the next look-up tells the customer', async () => {
    const ho = await newPage(browser);
    await login(ho, baseUrl, 'headoffice.ho');
    await ho.goto(`${baseUrl}/policy-services/documents`);
    await ho.getByTestId('service-documents-editor').waitFor();
    const items = ho.locator('[data-testid^="service-doc-surrender-*-"][data-testid$="-zh"]');
    const n = await items.count();
    await ho.getByTestId('service-doc-add-surrender-*').click();
    await ho.getByTestId(`service-doc-surrender-*-${n}-zh`).fill('授权委托书');
    await ho.getByTestId(`service-doc-surrender-*-${n}-en`).fill('Letter of authorisation');
    await ho.getByTestId('service-doc-note').fill('代办退保须提供委托书');
    await ho.getByTestId('service-doc-save').click();
    await ho.getByText('代办退保须提供委托书').waitFor();
    await ho.close();

    await page.goto(`${baseUrl}/cases/new?kind=surrender`);
    await lookUp(page, `PBJ${year}000002`);
    expect(await page.getByTestId('service-bring').textContent()).toContain('授权委托书');
  });

  it('refuses a beneficiary change until the policyholder’s ID matches, then takes and completes it', async () => {
    await page.goto(`${baseUrl}/cases/new?kind=endorsement`);
    await page.getByTestId('endorsement-form').waitFor();
    await lookUp(page, `PBJ${year}000002`);
    await page.getByTestId('service-customer-name').fill('王芳');
    await choose(page, 'endorsement-type', '变更受益人');
    await page.getByTestId('beneficiary-name-0').fill('王小明');
    await page.getByTestId('beneficiary-id-0').fill(CHILD_ID);
    await page.getByTestId('beneficiary-relation-0').fill('子女');
    await page.getByTestId('service-submit').click();
    await page.getByTestId('service-error').waitFor();
    expect(await page.getByTestId('service-error').textContent()).toContain('投保人身份证号');

    await page.getByTestId('endorsement-holder-id').fill(CHILD_ID);
    await page.getByTestId('service-submit').click();
    await page.getByText('身份证号与保单记载的投保人不一致').first().waitFor();

    await page.getByTestId('endorsement-holder-id').fill(WANG_FANG_ID);
    await page.getByTestId('service-submit').click();
    // The detail screen loads on first use; the shared machine can be slow.
    await page.getByTestId('policy-service').waitFor({ timeout: 60_000 });
    await waitState(page, 'received');
    const change = await page.getByTestId('service-change').textContent();
    expect(change).toContain('王**');
    expect(change).not.toContain(CHILD_ID);
    await followToCompletion(page);
  });
});
