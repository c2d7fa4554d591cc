import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, logout, newPage, publishScreenshot, screenshot, textOf } from './support.ts';

const baseUrl = inject('baseUrl');

/** Picks an option of the antd Select with this test id by its visible label. */
const choose = async (page: Page, testId: string, label: string) => {
  await page.getByTestId(testId).click();
  const open = page.locator('.ant-select-dropdown:visible');
  await open.getByTitle(label, { exact: true }).click();
  // The list closes with a motion; the next select is clicked only once it is gone.
  await expect.poll(() => open.count()).toBe(0);
};

const day = (offsetDays: number) => {
  const d = new Date(Date.now() + offsetDays * 86_400_000 + 8 * 3_600_000);
  return d.toISOString().slice(0, 10);
};

/**
 * Issue 18 in the browser: the system administrator creates an account and sees its one-time password once; the
 * new person signs in with it and must change it. Then a claims handler in Beijing asks to read Shanghai's service
 * cases, Shanghai's service manager approves, and the handler opens a Shanghai case under the grant.
 */
describe('user administration and data sharing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('sysAdmin creates a user; the user signs in with the temporary password and must change it', async () => {
    const page = await newPage(browser);
    await login(page, baseUrl, 'sysadmin.ho');
    await page.getByTestId('menu-usersAdmin').click();
    expect(await textOf(page, 'menu-usersAdmin')).toBe('用户管理');
    await page.getByTestId('user-row-sysadmin.ho').waitFor();
    // The only head-office administrator cannot remove themself: the button is greyed with the reason.
    const refused = page.getByTestId('user-row-sysadmin.ho').getByTestId('move-deactivate-refused');
    expect(await refused.getAttribute('data-reason')).toBe('USER_LAST_ADMIN');

    await page.getByTestId('create-user').click();
    await page.getByTestId('new-username').fill('e2e.agent');
    await page.getByTestId('new-display-name').fill('端到端坐席');
    await choose(page, 'new-role', '客服专员');
    await choose(page, 'new-branch', '北京朝阳支公司');
    await page.getByTestId('create-user-submit').click();
    const temporary = await textOf(page, 'temporary-password');
    expect(temporary).toHaveLength(14);
    await page.getByTestId('password-notice-ok').click();
    await page.getByTestId('user-row-e2e.agent').getByText('待改密码').waitFor();
    await publishScreenshot(await screenshot(page, 'users-admin'), 'users-admin');
    await logout(page);

    await page.getByTestId('login-username').fill('e2e.agent');
    await page.getByTestId('login-password').fill(temporary);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('change-password-form').waitFor();
    await page.getByTestId('password-current').fill(temporary);
    await page.getByTestId('password-new').fill('E2e#Agent2026');
    await page.getByTestId('password-confirm').fill('E2e#Agent2026');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('current-user-name').waitFor();
    expect(await textOf(page, 'current-user-name')).toContain('端到端坐席');
    await page.context().close();
  });

  it('a sharing request is approved by the owning manager and used to read another branch’s case', async () => {
    const asker = await newPage(browser);
    await login(asker, baseUrl, 'claimshandler.bj');
    await asker.getByTestId('menu-dataSharing').click();
    await choose(asker, 'share-kind', '服务案件');
    await choose(asker, 'share-branch', '上海分公司');
    const range = asker.locator('.ant-picker-range input');
    await range.nth(0).click();
    await range.nth(0).fill(day(0));
    await range.nth(1).click();
    await range.nth(1).fill(day(6));
    await range.nth(1).press('Enter');
    await asker.getByTestId('share-purpose').fill('核对跨地区理赔客户的咨询记录');
    await asker.getByTestId('share-submit').click();
    await asker.getByTestId('share-state').first().waitFor();
    expect(await asker.getByTestId('share-state').first().getAttribute('data-state')).toBe('requested');

    const manager = await newPage(browser);
    await login(manager, baseUrl, 'servicemanager.sh');
    await manager.getByTestId('menu-dataSharing').click();
    await manager.getByRole('tab', { name: '待审批' }).click();
    await manager.getByTestId('share-approve').first().click();
    await expect.poll(async () => manager.getByTestId('share-approve').count(), { timeout: 10_000 }).toBe(0);
    await manager.getByRole('tab', { name: '生效授权' }).click();
    await manager.getByText('生效中').first().waitFor();
    await publishScreenshot(await screenshot(manager, 'data-sharing'), 'data-sharing');

    // Under the grant the handler's case list holds Shanghai's service cases, and one opens read-only.
    const shCases = (await (
      await asker.request.get(`${baseUrl}/api/cases?kind=consultation&pageSize=100`)
    ).json()) as { items: { id: string; branchName: string; number: string }[] };
    const shanghai = shCases.items.find((c) => c.branchName.startsWith('上海'));
    expect(shanghai).toBeDefined();
    await asker.goto(`${baseUrl}/cases/${shanghai?.id}`);
    expect(await textOf(asker, 'case-detail-number')).toBe(shanghai?.number);
    await asker.context().close();
    await manager.context().close();
  });
});
