import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, logout, newPage } from './support.ts';

const baseUrl = inject('baseUrl');

const next = async (page: Page, state: string) => {
  await page.getByTestId('visit-next').click();
  await page.locator('[data-testid="visit-state"]', { hasText: state }).waitFor();
};

/** Issue #15 part 1 in the browser: a walk-in through the nine stages of seed 004 §二, care flag first in line. */
describe('front desk walk-in (前台接待)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the service manager keeps the explanation library; the counter calls the elderly visitor first and walks nine stages', async () => {
    // The branch's service manager adds a text in the library editor, and two more through the same API.
    await login(page, baseUrl, 'servicemanager.bj');
    await page.goto(`${baseUrl}/front-desk`);
    await page.getByTestId('tab-library').click();
    await page.getByTestId('library-add').click();
    await page.getByTestId('library-title').fill('医疗险理赔范围');
    await page.getByTestId('library-body').fill('住院医疗费用按合同约定的比例赔付。');
    await page.getByTestId('library-save').click();
    await page.getByText('医疗险理赔范围').first().waitFor();
    for (const [topic, title] of [
      ['process', '医疗险报案到结案的步骤'],
      ['expectedTime', '材料齐全后十日内结案'],
    ]) {
      const res = await page.request.post(`${baseUrl}/api/front-desk/explanations`, {
        data: { topic, title, body: `${title}。` },
      });
      expect(res.status(), await res.text()).toBe(201);
    }
    await logout(page);

    // Two walk-ins: an ordinary one first, then an elderly visitor, who is called first.
    await login(page, baseUrl, 'claimshandler.bj');
    await page.goto(`${baseUrl}/front-desk`);
    const register = async (name: string, care?: string) => {
      await page.getByTestId('visit-register').click();
      await page.getByTestId('visit-name').fill(name);
      if (care) await page.getByTestId(`care-${care}`).check({ force: true });
      await page.getByTestId('visit-register-ok').click();
      await page.locator('.ant-modal').waitFor({ state: 'detached' });
    };
    await register('周一鸣');
    await register('吴奶奶', 'elderly');
    const rows = page.locator('[data-testid^="queue-row-"]');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    const first = rows.first();
    await first.getByTestId('visit-care').waitFor();
    expect(await first.textContent()).toContain('吴*');
    expect(await first.getByTestId('visit-waiting').textContent()).toMatch(/分.*秒/);
    await first.locator('[data-testid^="visit-call-"]').click();

    // 1 reception → 2 information collection: the greeting of the phrase pack is shown.
    await page.getByTestId('visit-prompt-greeting').waitFor();
    expect(await page.getByTestId('visit-prompt-greeting').textContent()).toContain('您好');
    await page.getByTestId('purpose-claim').check({ force: true });
    await page.getByTestId('visit-claim-type').click();
    await page.locator('.ant-select-item-option', { hasText: '医疗' }).first().click();
    await page.getByTestId('visit-summary').fill('11月20日住院治疗，出院后申请医疗费用理赔');
    await next(page, '案件核实');
    // 3 verification: the ID number is checked against the document and shown masked.
    await page.getByTestId('visit-id-number').fill('11010519491231002X');
    await page.getByTestId('visit-id-checked').check({ force: true });
    await next(page, '初步评估');
    expect(await page.getByText('110105********002X').count()).toBe(1);
    await page.getByTestId('visit-assessment').fill('住院医疗属保险责任，材料齐全后可赔付');
    await next(page, '解释说明');
    // 5 explanation: one text of each topic from the library.
    for (const title of ['医疗险理赔范围', '医疗险报案到结案的步骤', '材料齐全后十日内结案'])
      await page.getByTestId(`explain-${title}`).check({ force: true });
    await next(page, '资料整理');
    // 6 documents: the claims desk's checklist for a medical claim, each ticked.
    const received = page.locator('[data-testid^="doc-"][data-testid$="-received"]');
    const toBring = page.locator('[data-testid^="doc-"][data-testid$="-toBring"]');
    const n = await received.count();
    expect(n).toBeGreaterThan(2);
    for (let i = 0; i < n; i++) await (i % 2 === 0 ? received : toBring).nth(i).check({ force: true });
    await next(page, '跟进处理');
    await page.getByTestId('visit-follow-up').fill('客户补交住院发票后转理赔岗');
    await next(page, '反馈沟通');
    await page.locator('.ant-rate-star').nth(4).click();
    await page.getByTestId('visit-comment').fill('解释清楚，等候时间短');
    await next(page, '结案处理');
    // 9 closing: the farewell of the phrase pack, then archive.
    expect(await page.getByTestId('visit-prompt-farewell').textContent()).toContain('再见');
    await next(page, '已归档');
    await page.getByTestId('visit-archived').waitFor();
    for (const stage of ['reception', 'collection', 'verification', 'closing'])
      await page.getByTestId(`stage-time-${stage}`).waitFor();

    // The day's list shows the visit with its stage times; the ordinary visitor still waits.
    const ticket = (await page.getByTestId('visit-ticket').textContent())?.trim() ?? '';
    await page.goto(`${baseUrl}/front-desk`);
    expect(await page.locator('[data-testid^="queue-row-"]').first().textContent()).toContain('周*');
    await page.getByRole('tab', { name: '来访记录' }).click();
    const row = page.getByTestId(`visit-row-${ticket}`);
    await row.waitFor();
    expect(await row.getByTestId('visit-state').textContent()).toBe('已归档');
    expect(await row.textContent()).toMatch(/分.*秒/);
  });
});
