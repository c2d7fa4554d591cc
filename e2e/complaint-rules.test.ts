import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, publishScreenshot, screenshot, textOf } from './support.ts';

const baseUrl = inject('baseUrl');

type RulesView = {
  version: number;
  rules: { matrix: Record<string, Record<string, { handlerRole: string }>> } & Record<string, unknown>;
};

/** Issue #6 in the browser: head office edits the classification matrix, and adds and previews a routing rule. */
describe('complaint rules desk', () => {
  let browser: Browser;
  let page: Page;
  const rulesNow = async () =>
    (await (await page.request.get(`${baseUrl}/api/complaints/rules`)).json()) as RulesView;
  const option = (testId: string) => page.getByTestId(testId).filter({ visible: true }).click();

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await login(page, baseUrl, 'headoffice.ho');
  });
  afterAll(async () => {
    // Leave the shipped matrix and no extra routing rule for the other browser tests, as head office would.
    const current = await rulesNow().catch(() => null);
    if (current && current.rules.matrix.normal?.simple?.handlerRole !== 'agent') {
      const matrix = {
        ...current.rules.matrix,
        normal: { ...current.rules.matrix.normal, simple: { handlerRole: 'agent' } },
      };
      await page.request.put(`${baseUrl}/api/complaints/rules`, {
        data: {
          baseVersion: current.version,
          note: 'E2E：恢复默认矩阵',
          rules: { ...current.rules, matrix },
        },
      });
    }
    await page.request.delete(`${baseUrl}/api/complaints/routing-rules/e2e-sh-dispute`).catch(() => null);
    await browser?.close();
  });

  it('head office sends normal × simple complaints to the team lead and saves a new version', async () => {
    await page.getByTestId('menu-complaintRules').click();
    await page.getByTestId('complaint-rules').waitFor();
    expect(await textOf(page, 'menu-complaintRules')).toBe('投诉规则');
    expect(await textOf(page, 'clock-extra-baseDays')).toContain('第十八条');
    expect(await page.getByTestId('complaint-rules-save').isDisabled()).toBe(true);
    const before = (await rulesNow()).version;

    await page.getByTestId('matrix-normal-simple').click();
    await option('matrix-option-normal-simple-teamLead');
    await page.getByTestId('changed-matrix.normal.simple').waitFor();
    expect(await textOf(page, 'complaint-rules-changes')).toBe('已修改 1 项');
    await page.getByTestId('complaint-rules-note').fill('E2E：一般简单投诉改由组长处理');
    await screenshot(page, 'complaint-rules').then((f) => publishScreenshot(f, 'complaint-rules'));
    await page.getByTestId('complaint-rules-save').click();

    await expect
      .poll(() => page.getByTestId('complaint-rules-version').getAttribute('data-version'))
      .toBe(String(before + 1));
    expect(await textOf(page, 'complaint-rules-saved-by')).toContain('E2E：一般简单投诉改由组长处理');
    expect((await rulesNow()).rules.matrix.normal?.simple?.handlerRole).toBe('teamLead');
    expect(await page.getByTestId('changed-matrix.normal.simple').count()).toBe(0);
  });

  it('adds a routing rule for Shanghai claim disputes and previews it, with the person complained about avoided', async () => {
    await page.getByTestId('tab-routing').click();
    await page.getByTestId('routing-add').click();
    await page.getByTestId('routing-id').fill('e2e-sh-dispute');
    await page.getByTestId('routing-branch').click();
    await option('branch-option-SH');
    await page.getByTestId('routing-category').click();
    await option('category-option-claimDispute');
    // The list of people is long (a virtual list): search for the one.
    await page.getByTestId('routing-assignee').click();
    await page.keyboard.type('teamlead.sh');
    await option('user-option-teamlead.sh');
    await page.getByTestId('routing-save').click();
    await page.getByTestId('routing-row-e2e-sh-dispute').waitFor();

    await page.getByTestId('preview-branch').click();
    await option('branch-option-SH');
    await page.getByTestId('preview-product').fill('机动车商业保险');
    await page.getByTestId('preview-category').click();
    await option('category-option-claimDispute');
    await page.getByTestId('preview-run').click();
    await expect.poll(() => textOf(page, 'preview-picked')).toContain('规则 e2e-sh-dispute');
    expect(await textOf(page, 'preview-rule-e2e-sh-dispute')).toContain('命中并选定');
    expect(await textOf(page, 'preview-rule-sh-sales')).toContain('不匹配：类别');

    await page.getByTestId('preview-complained').click();
    await page.keyboard.type('teamlead.sh');
    await option('user-option-teamlead.sh');
    await page.getByTestId('preview-run').click();
    await expect.poll(() => textOf(page, 'preview-rule-e2e-sh-dispute')).toContain('指定处理人须回避');
    expect(await textOf(page, 'preview-picked')).not.toContain('e2e-sh-dispute');
    await page.getByTestId('preview-avoided').waitFor();
    await screenshot(page, 'complaint-routing-preview');
  });
});
