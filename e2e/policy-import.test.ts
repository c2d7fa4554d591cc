import { policiesCsv } from '@claimline/server/policies/sample';
import { generatedDemoPolicies } from '@claimline/server/seed/demo-policies';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, publishScreenshot, screenshot, textOf } from './support.ts';

const baseUrl = inject('baseUrl');

/** 2,000 policies of the Beijing subtree, the 1,500th with a wrong ID check digit (sheet row 1,501). */
const policyFile = () => {
  const records = [...generatedDemoPolicies(new Date(), 2_000)].map((p, i) => ({
    ...p,
    policyNo: `PE2E${String(i).padStart(6, '0')}`,
    branchCode: i % 2 === 0 ? 'BJ' : 'BJ01',
  }));
  const bad = records[1_499]!;
  const last = bad.insuredIdNumber.at(-1) === '0' ? '1' : '0';
  records[1_499] = { ...bad, insuredIdNumber: `${bad.insuredIdNumber.slice(0, 17)}${last}` };
  return Buffer.from(policiesCsv(records));
};

/** Issue #4 in the browser: a branch administrator uploads a policy file and sees it through to the report. */
describe('policy import', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('uploads a CSV with one bad row, shows the progress finish and the bad row with its reason', async () => {
    await login(page, baseUrl, 'branchadmin.bj');
    await page.getByTestId('menu-policyImport').click();
    await page
      .locator('[data-testid="policy-file"] input[type="file"], input[type="file"]')
      .first()
      .setInputFiles({
        name: '保单-北京.csv',
        mimeType: 'text/csv',
        buffer: policyFile(),
      });
    await page.getByTestId('policy-import-start').click();
    await page.getByTestId('policy-import-progress').waitFor();
    await page
      .locator('[data-testid="policy-import-status"][data-status="done"]')
      .waitFor({ timeout: 60_000 });
    expect(await textOf(page, 'policy-import-inserted')).toBe('1999');
    expect(await textOf(page, 'policy-import-rejected')).toBe('1');
    expect(await page.getByTestId('policy-import-progress').getAttribute('data-percent')).toBe('100');
    const badRow = page.getByTestId('report-row-1501');
    await badRow.waitFor();
    const text = (await badRow.textContent()) ?? '';
    expect(text).toContain('PE2E001499');
    expect(text).toContain('被保险人证件号');
    expect(text).toContain('身份证号校验位不正确');
    await page.getByTestId('policy-import-history').getByText('保单-北京.csv').first().waitFor();
    const shot = await screenshot(page, 'policy-import');
    await publishScreenshot(shot, 'policy-import');

    const href = await page.getByTestId('policy-import-download').getAttribute('href');
    const report = await page.request.get(`${baseUrl}${href}`);
    expect(report.headers()['content-type']).toContain('text/csv');
    expect(await report.text()).toContain('1501,PE2E001499,被保险人证件号,错误,ID_NUMBER_CHECK_DIGIT');
  });
});
