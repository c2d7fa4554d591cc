import { idNumberOf } from '@claimline/server/seed/demo-policies';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { launchBrowser, login, newPage } from './support.ts';

const baseUrl = inject('baseUrl');

/**
 * Issue 21 part 2: an agent registers a consultation, a complaint and a claim report with the keyboard alone. After
 * logging in, every move is `page.keyboard`: shortcuts, Tab, arrows, Enter and typed text. Each Tab is checked to
 * land on the next field, so the tab order is asserted as the forms are filled.
 */

/** What has the focus: the id of the field (or of its group), else its test id, with its tag and text. */
type Focused = { id: string; testid: string; tag: string; text: string; className: string; primary: boolean };

// A string is evaluated in the page (the tests are typed without the DOM library).
const focused = (page: Page) =>
  page.evaluate<Focused>(`(() => {
    const el = document.activeElement;
    return {
      id: (el && (el.id || el.closest('[id]:not(#root)')?.id)) || '',
      testid: el?.closest('[data-testid]')?.getAttribute('data-testid') ?? '',
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').trim(),
      className: String(el?.className ?? ''),
      primary: Boolean(el?.classList.contains('ant-btn-primary')),
    };
  })()`);

const expectFocus = async (page: Page, id: string) =>
  expect.poll(async () => (await focused(page)).id, { timeout: 5_000 }).toBe(id);

const expectFocusOn = async (page: Page, testid: string) =>
  expect.poll(async () => (await focused(page)).testid, { timeout: 5_000 }).toBe(testid);

/** Tab to the next control, which must be `id`. */
const tab = async (page: Page, id: string) => {
  await page.keyboard.press('Tab');
  await expectFocus(page, id);
};

/** Tab onto the clear button of the field just filled (Ant Design gives it a stop of its own). */
const tabToClear = async (page: Page) => {
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await focused(page)).className).toMatch(/ant-(select|picker)-clear/);
};

/** Picks from the focused select: ↓ opens it and walks its options until `label` is active, then Enter. */
const pickOption = async (page: Page, label: string) => {
  const active = page.locator('.ant-select-dropdown:visible .ant-select-item-option-active');
  await page.keyboard.press('ArrowDown');
  await active.waitFor();
  for (let i = 0; i < 12 && (await active.getAttribute('title')) !== label; i++) {
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(50);
  }
  expect(await active.getAttribute('title')).toBe(label);
  await page.keyboard.press('Enter');
  await selectClosed(page);
};

/** A Tab pressed while the select's list is still closing would only close it: wait as a person would. */
const selectClosed = (page: Page) =>
  page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });

/** The record's heading has the focus and names the number shown on the page. */
const expectHeadingFocus = async (page: Page, numberTestId: string) => {
  const number = ((await page.getByTestId(numberTestId).textContent()) ?? '').trim();
  expect(number).not.toBe('');
  await expect.poll(async () => (await focused(page)).text, { timeout: 8_000 }).toContain(number);
  return number;
};

const announced = (page: Page) => page.getByTestId('announcer').textContent();

/** Beijing wall-clock time `daysAgo` days before now at 10:00, as typed into the date picker. */
const daysAgo = (days: number) => {
  const d = new Date(Date.now() - days * 86_400_000 + 8 * 3_600_000);
  return `${d.toISOString().slice(0, 10)} 10:00`;
};
const year = Number(daysAgo(0).slice(0, 4));

describe('keyboard only (issue 21 part 2)', () => {
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

  it('the shortcut help: ? opens it outside a field, Esc closes it and the focus returns', async () => {
    // Alt+S: the search box; there is none on the home page, so the case list opens with the cursor in its search.
    await page.keyboard.press('Alt+KeyS');
    await page.waitForURL(/\/cases$/);
    await expect.poll(async () => (await focused(page)).tag).toBe('input');
    // In a field, ? is a character like any other.
    await page.keyboard.type('?');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await focused(page)).tag).toBe('button');
    const opener = await focused(page);
    await page.keyboard.press('Shift+?');
    const help = page.getByRole('dialog');
    await help.waitFor();
    for (const words of [
      '键盘快捷键',
      '新建案件',
      '搜索',
      '保存',
      '下一步',
      '回到首页',
      'Alt',
      'Ctrl',
      'Enter',
    ])
      expect(await help.textContent()).toContain(words);
    await expectAccessible(page, 'shortcut help');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await focused(page)).testid).toBe(opener.testid);
  });

  it('registers a consultation: Alt+N, Enter never submits, the first error gets the focus, Ctrl+Enter saves', async () => {
    await page.keyboard.press('Alt+KeyN');
    await page.waitForURL(/\/cases\/new/);
    await expectFocus(page, 'category');
    await pickOption(page, '续保');
    await tabToClear(page);
    await tab(page, 'channel');
    await tab(page, 'subject');
    await page.keyboard.type('咨询保单何时到期');
    // Enter in a one-line field does not send the half-filled form.
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(page.url()).toMatch(/\/cases\/new/);
    expect(await page.locator('.ant-form-item-explain-error').count()).toBe(0);
    // Ctrl+Enter sends it: the description is missing, so the focus goes there and the error is announced.
    await page.keyboard.press('Control+Enter');
    await expectFocus(page, 'description');
    await expect.poll(() => announced(page)).toContain('1');
    await page.keyboard.type('客户来电询问保单到期日，已告知。');
    await tab(page, 'customerName');
    await page.keyboard.type('张三');
    await tab(page, 'customerPhone');
    await page.keyboard.type('13800138123');
    await page.keyboard.press('Tab');
    await expectFocusOn(page, 'new-case-submit');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cases\/[^/]+$/);
    await page.getByTestId('case-detail').waitFor();
    await expectHeadingFocus(page, 'case-detail-number');
    // Alt+J: the record's next step gets the focus, for Enter to do it.
    await page.keyboard.press('Alt+KeyJ');
    await expect.poll(async () => (await focused(page)).primary).toBe(true);
  });

  it('registers a complaint: the kind picker by arrows, then the complaint desk’s form', async () => {
    await page.keyboard.press('Alt+KeyN');
    await page.waitForURL(/\/cases\/new/);
    await expectFocus(page, 'category');
    await page.keyboard.press('Shift+Tab');
    await expectFocusOn(page, 'new-case-kind');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/kind=complaint/);
    await page.getByTestId('new-case-desk-link').waitFor();
    await page.keyboard.press('Tab');
    await expectFocusOn(page, 'new-case-desk-link');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/complaints\/new/);
    await page.getByTestId('complaint-intake-form').waitFor();
    await expectFocus(page, 'source');
    await tab(page, 'channel');
    await tab(page, 'complainantCount');
    await tab(page, 'disasterRelated');
    await tab(page, 'subject');
    await page.keyboard.type('理赔款迟迟未到账');
    await tab(page, 'description');
    await page.keyboard.type('客户称材料已交齐一个月，赔款仍未到账。');
    await tab(page, 'customerName');
    await page.keyboard.type('李四');
    await tab(page, 'customerPhone');
    await page.keyboard.type('13900139000');
    await tab(page, 'product');
    await page.keyboard.type('意外伤害保险');
    await tab(page, 'policyNo');
    await tab(page, 'category');
    await pickOption(page, '理赔时效');
    await tab(page, 'request');
    await page.keyboard.type('尽快支付赔款');
    await tab(page, 'apologyGiven');
    await page.keyboard.press('Space');
    await tab(page, 'committedReplyHours');
    await page.keyboard.press('Control+Enter');
    await page.waitForURL(/\/complaints\/[^/]+$/);
    await page.getByTestId('complaint-detail').waitFor();
    await expectHeadingFocus(page, 'complaint-number');
  });

  it('registers a claim report: look-up by name, a policy chosen by arrows and Enter, the report form', async () => {
    await page.goto(`${baseUrl}/claim-reports/new`);
    await page.getByTestId('claim-intake').waitFor();
    await expectFocusOn(page, 'intake-lookup-value');
    await page.keyboard.press('Shift+Tab');
    await expectFocusOn(page, 'intake-lookup-by');
    await pickOption(page, '被保险人姓名');
    await page.keyboard.press('Tab');
    await expectFocusOn(page, 'intake-lookup-value');
    await page.keyboard.type('王芳');
    await page.keyboard.press('Enter');
    // Several policies: the focus is on the first 选择 button; ↓ walks the list, Enter chooses.
    const wanted = `choose-policy-PBJ${year}000002`;
    await expect.poll(async () => (await focused(page)).testid).toMatch(/^choose-policy-/);
    for (let i = 0; i < 20 && (await focused(page)).testid !== wanted; i++)
      await page.keyboard.press('ArrowDown');
    expect((await focused(page)).testid).toBe(wanted);
    await page.keyboard.press('Enter');
    await page.getByTestId('intake-form').waitFor();
    await expectFocus(page, 'channel');
    await tab(page, 'confirmIdNumber');
    await page.keyboard.type(idNumberOf('110101', '19900101', 24));
    await tab(page, 'occurredAt');
    await page.keyboard.type(daysAgo(5));
    // Enter confirms the date and sends nothing.
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await page.locator('.ant-form-item-explain-error').count()).toBe(0);
    await tabToClear(page);
    await tab(page, 'knewAt');
    await tab(page, 'cause');
    await page.keyboard.type('意外伤害');
    await page.locator('.ant-select-item-option-active[title="意外伤害"]').waitFor();
    await page.keyboard.press('Enter');
    await selectClosed(page);
    await tab(page, 'place');
    await page.keyboard.type('北京市东城区王府井大街');
    await tab(page, 'course');
    await page.keyboard.type('下楼时摔倒，右腿骨折，已送医。');
    await tab(page, 'injuryDegree');
    await tab(page, 'deaths');
    await page.keyboard.press('Control+Enter');
    await page.waitForURL(/\/claim-reports\/[^/]+$/);
    await page.getByTestId('claim-report').waitFor();
    await expectHeadingFocus(page, 'claim-report-number');
    await expectAccessible(page, 'claim report reached by keyboard');
  });
});
