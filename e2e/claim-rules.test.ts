import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, publishScreenshot, screenshot, textOf } from './support.ts';

const baseUrl = inject('baseUrl');

type RulesView = {
  version: number;
  rules: { majorCase: { payoutOverFen: number }; sameLoss: { windowHours: number } };
};

/** Issue #4 in the browser: head office edits a claim rule in yuan, sees what it means, and saves a version. */
describe('claim rules editor', () => {
  let browser: Browser;
  let page: Page;
  const rulesNow = async () =>
    (await (await page.request.get(`${baseUrl}/api/claim-reports/rules`)).json()) as RulesView;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await login(page, baseUrl, 'headoffice.ho');
  });
  afterAll(async () => {
    // Leave the seed's threshold for the other browser tests, as a head-office user would: a new version.
    const current = (await rulesNow().catch(() => null)) as {
      version: number;
      rules: Record<string, Record<string, unknown>>;
    } | null;
    if (current && current.rules.majorCase?.payoutOverFen !== 500_000_00) {
      const { reportWithinHours: _notEditable, ...majorCase } = current.rules.majorCase ?? {};
      await page.request.put(`${baseUrl}/api/claim-reports/rules`, {
        data: {
          baseVersion: current.version,
          note: 'E2E：恢复种子标准',
          rules: { ...current.rules, majorCase: { ...majorCase, payoutOverFen: 500_000_00 } },
        },
      });
    }
    await browser?.close();
  });

  it('head office raises the payout threshold in yuan, sees the "exactly is not over" hint, and saves it', async () => {
    await page.getByTestId('menu-claimRules').click();
    await page.getByTestId('claim-rules').waitFor();
    expect(await textOf(page, 'menu-claimRules')).toBe('报案规则');
    const before = (await rulesNow()).version;
    const amount = page.locator('#rules_majorCase_payoutOverFen');
    expect(await amount.inputValue()).toBe('500,000.00');
    expect(await textOf(page, 'rule-hint-majorCase.payoutOverFen')).toContain(
      '恰好 500,000.00 元不算，500,000.01 元起算',
    );
    expect(await textOf(page, 'rule-extra-majorCase.payoutOverFen')).toContain('种子 003 重大案件 2)');
    expect(await page.getByTestId('claim-rules-save').isDisabled()).toBe(true);

    await amount.fill('600000.001');
    await page.getByText('金额最多两位小数').waitFor();
    await amount.fill('600000');
    await expect
      .poll(() => textOf(page, 'rule-hint-majorCase.payoutOverFen'))
      .toContain('恰好 600,000.00 元不算，600,000.01 元起算');
    await page.getByTestId('rule-changed-majorCase.payoutOverFen').waitFor();
    expect(await textOf(page, 'claim-rules-changes')).toBe('已修改 1 项');
    await page.getByTestId('claim-rules-note').fill('E2E：提高预计理赔金额标准');
    await screenshot(page, 'claim-rules').then((f) => publishScreenshot(f, 'claim-rules'));
    await page.getByTestId('claim-rules-save').click();

    await expect
      .poll(() => page.getByTestId('claim-rules-version').getAttribute('data-version'))
      .toBe(String(before + 1));
    expect(await textOf(page, 'claim-rules-saved-by')).toContain('E2E：提高预计理赔金额标准');
    expect((await rulesNow()).rules.majorCase.payoutOverFen).toBe(600_000_00);
    await page.reload();
    await page.getByTestId('claim-rules').waitFor();
    expect(await page.locator('#rules_majorCase_payoutOverFen').inputValue()).toBe('600,000.00');
    expect(await page.getByTestId('rule-changed-majorCase.payoutOverFen').count()).toBe(0);
  });

  it('refuses a save on a version someone else replaced meanwhile, and reloads the one in force', async () => {
    await page.reload();
    await page.getByTestId('claim-rules').waitFor();
    const loaded = await rulesNow();
    await page.locator('#rules_majorCase_payoutOverFen').fill('700000');
    await page.getByTestId('claim-rules-note').fill('E2E：第二次修改');
    // Another head-office user saves first: one more hour in the same-loss window, a new version.
    const { reportWithinHours: _notEditable, ...majorCase } = loaded.rules.majorCase as Record<
      string,
      unknown
    >;
    const sameLoss = loaded.rules.sameLoss;
    const put = (baseVersion: number, note: string, windowHours: number) =>
      page.request.put(`${baseUrl}/api/claim-reports/rules`, {
        data: {
          baseVersion,
          note,
          rules: { ...loaded.rules, majorCase, sameLoss: { ...sameLoss, windowHours } },
        },
      });
    const other = await put(loaded.version, 'E2E：另一位同事的保存', sameLoss.windowHours + 1);
    expect(other.status(), await other.text()).toBe(200);
    await page.getByTestId('claim-rules-save').click();
    await page.getByTestId('claim-rules-conflict').waitFor();
    expect((await rulesNow()).version).toBe(loaded.version + 1);
    await page.getByTestId('claim-rules-reload').click();
    await page.getByTestId('claim-rules-conflict').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('claim-rules-version').getAttribute('data-version'))
      .toBe(String(loaded.version + 1));
    expect(await textOf(page, 'claim-rules-saved-by')).toContain('E2E：另一位同事的保存');
    expect(await page.locator('#rules_majorCase_payoutOverFen').inputValue()).toBe('600,000.00');
    // Put the window back for the other browser tests.
    expect((await put(loaded.version + 1, 'E2E：恢复同一事故时间窗', sameLoss.windowHours)).status()).toBe(
      200,
    );
    await page.reload();
    await page.getByTestId('claim-rules').waitFor();
  });

  it('shows the same rules in English', async () => {
    await page.getByTestId('language-en').click();
    await expect.poll(() => textOf(page, 'menu-claimRules')).toBe('Claim rules');
    expect(await textOf(page, 'rule-hint-majorCase.payoutOverFen')).toBe(
      'Strictly over: exactly 600,000.00 CNY does not count, 600,000.01 CNY does',
    );
    expect(await textOf(page, 'rule-extra-claimTimeLimitYears.life')).toContain('Insurance Law art. 26');
    await screenshot(page, 'claim-rules-en');
    await page.getByTestId('language-zh-CN').click();
  });
});
