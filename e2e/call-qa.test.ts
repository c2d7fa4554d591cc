import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, logout, newPage, publishScreenshot, screenshot, textOf } from './support.ts';

const baseUrl = inject('baseUrl');

/**
 * Issue #5 parts 4–5 and #17 part 7 in the browser: a simulated call without transcript; the agent has no
 * transcript control on their own call; a team lead adds it with a reason and sees its scorecard with the forbidden
 * phrase highlighted, the version list and the score history; reviews an item; the QA desk shows it.
 */
describe('call transcript and QA scorecard', () => {
  let browser: Browser;
  let page: Page;
  let callId = '';
  let agentNo = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await login(page, baseUrl, 'agent.bj');
    const res = await page.request.post(`${baseUrl}/api/calls/simulate`, {
      data: { scenario: 'standard', withTranscript: false },
    });
    expect(res.status()).toBe(200);
    const call = await res.json();
    callId = call.id;
    agentNo = call.agent.agentNo;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the call with its ring count and the phrase panel filled in', async () => {
    await page.goto(`${baseUrl}/calls/${callId}`);
    await page.getByTestId('call-detail').waitFor();
    expect(await textOf(page, 'rings-tag')).toMatch(/第 \d 声接听/);
    expect(await page.getByTestId('phrase-line').first().textContent()).toBe(
      `您好，农保，${agentNo}号为您服务！`,
    );
    expect(await textOf(page, 'scorecard')).toContain('尚无评分');
  });

  it('gives the agent no transcript control on their own call', async () => {
    expect(await page.getByTestId('transcript-text').count()).toBe(0);
    await page.getByTestId('transcript-own-call').waitFor();
  });

  it('a reviewer adds the transcript with a reason; its scorecard shows the hit highlighted', async () => {
    await logout(page);
    await login(page, baseUrl, 'teamlead.bj');
    await page.goto(`${baseUrl}/calls/${callId}`);
    const transcript = [
      `[00:01] 坐席：您好，农保，${agentNo}号为您服务！`,
      '[00:04] 客户：你好，我姓李，想问下理赔要什么材料。',
      '[00:09] 坐席：李女士，我复述一下：您想了解理赔要什么材料，对吗？这个我不太清楚，需要核实一下。',
      '[00:20] 坐席：请问还有什么可以帮助您？感谢您的来电，再见！',
    ].join('\n');
    await page.getByTestId('transcript-text').fill(transcript);
    expect(await page.getByTestId('transcript-submit').isDisabled()).toBe(true);
    await page.getByTestId('transcript-reason').fill('CTI 转写缺失，按录音补录');
    await page.getByTestId('transcript-submit').click();
    await page.getByTestId('transcript').waitFor();
    expect(await page.getByTestId('transcript-turn').count()).toBe(4);
    expect(await page.getByTestId('transcript-hit').first().textContent()).toBe('不太清楚');
    const result = (item: string) =>
      page
        .getByTestId('qa-items')
        .locator(`tr[data-item="${item}"]`)
        .getByTestId('qa-result')
        .getAttribute('data-result');
    expect(await result('greeting')).toBe('pass');
    // No case with the caller's name is linked yet, so the surname rule does not apply.
    expect(await result('surnameAddress')).toBe('na');
    expect(await result('noForbiddenPhrase')).toBe('fail');
    expect(await result('claimReportQuestions')).toBe('na');
    // 25 of the 85 applicable weight points lost (the request restated, the surname heard and used): 60 / 85
    expect(await textOf(page, 'qa-score')).toContain('70.6');
    expect(await textOf(page, 'transcript-versions')).toContain('CTI 转写缺失，按录音补录');
    expect(await textOf(page, 'score-history')).toContain('70.6');
    await screenshot(page, 'call-qa').then((f) => publishScreenshot(f, 'call-qa'));
  });

  it('lets a team lead review an item with a comment', async () => {
    await page.getByTestId('qa-review').click();
    const row = page.getByTestId('qa-review-noForbiddenPhrase');
    // A click during the dropdown's opening animation is sometimes lost: pick until the select shows it.
    const select = row.locator('.ant-select');
    for (
      let attempt = 0;
      attempt < 3 && !((await select.textContent()) ?? '').includes('不适用');
      attempt++
    ) {
      await select.click();
      await page.locator('.ant-select-dropdown:visible').getByText('不适用', { exact: true }).click();
      await page.waitForTimeout(200);
    }
    expect(await select.textContent()).toContain('不适用');
    await row.locator('input.ant-input').fill('客户要求核实后回电，属规范用语缺失，另行培训');
    await page.getByTestId('qa-review-submit').click();
    await expect.poll(() => textOf(page, 'qa-score')).toContain('100');
    expect(await textOf(page, 'qa-items')).toContain('复核改判');
  });

  it('shows the agent on the QA desk with the trend chart', async () => {
    await page.getByTestId('menu-qa').click();
    await page.getByTestId('qa-agents').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('qa-trend').locator('canvas').waitFor();
    await screenshot(page, 'qa-desk').then((f) => publishScreenshot(f, 'qa-desk'));
  });
});
