import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startClaimline, sweepOnce } from '@claimline/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, logout, newPage, publishScreenshot, screenshot, textOf } from './support.ts';

const baseUrl = inject('baseUrl');

/** Picks an option until its form item shows it: a click during the dropdown's opening animation is sometimes lost. */
const pick = async (page: Page, testId: string, label: string) => {
  const item = page
    .locator('.ant-form-item')
    .filter({ has: page.getByTestId(testId) })
    .last();
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByTestId(testId).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label })
      .first()
      .click();
    await page.waitForTimeout(200);
    if (((await item.textContent()) ?? '').includes(label)) return;
  }
  throw new Error(`could not pick ${label} in ${testId}`);
};

const expectState = (page: Page, state: string) =>
  expect
    .poll(() => page.getByTestId('complaint-state').getAttribute('data-state'), { timeout: 15_000 })
    .toBe(state);

/** Opens a move's dialog (from its button, or `via` another: the next-step panel's), fills it in and submits. */
const act = async (
  page: Page,
  action: string,
  fill?: () => Promise<void>,
  via = `complaint-action-${action}`,
) => {
  await page.getByTestId(via).click();
  await page.getByTestId(`dialog-${action}`).waitFor();
  if (fill) await fill();
  const dialog = page.getByTestId(`dialog-${action}`);
  // A click that lands while the modal is still opening is sometimes lost; a second one is harmless because a
  // successful submit closes the dialog.
  for (let attempt = 0; attempt < 3 && (await dialog.count()) > 0; attempt++) {
    await page.getByTestId('action-submit').click();
    await dialog.waitFor({ state: 'detached', timeout: 6_000 }).catch(() => undefined);
  }
  if ((await dialog.count()) > 0) {
    const shown = await page.locator('.ant-form-item-explain-error, .ant-message-notice').allTextContents();
    throw new Error(`${action} dialog stayed open: ${shown.join(' | ')}`);
  }
};

/**
 * C6 in the browser: a phone complaint registered, classified, routed, extended with approval, decided,
 * told, called back satisfied and closed; then, on a second system with an injected clock, an unattended
 * complaint that goes overdue and escalates.
 */
describe('complaints desk', () => {
  let browser: Browser;
  let page: Page;
  let id = '';
  let number = '';
  let routedName = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
  // Each step starts signed out, whatever the previous one left behind.
  beforeEach(async () => {
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/login`);
  });

  it('registers a phone complaint with its apology and promised reply time, and the agent classifies it', async () => {
    await login(page, baseUrl, 'agent.bj');
    await page.getByTestId('menu-complaints').click();
    await page.getByTestId('complaint-new').click();
    await page.getByTestId('intake-subject').fill('理赔员服务态度差');
    await page.getByTestId('intake-description').fill('客户来电称理赔员语气生硬，多次催问仍未告知理赔进度。');
    await page.getByTestId('intake-customerName').fill('王小明');
    await page.getByTestId('intake-customerPhone').fill('13900001111');
    await page.getByTestId('intake-product').fill('机动车商业保险');
    await pick(page, 'intake-category', '服务态度');
    await page.getByTestId('intake-request').fill('要求道歉并尽快告知理赔结果');
    await page.getByTestId('intake-apology').check();
    await page.getByTestId('intake-replyHours').fill('24');
    await screenshot(page, 'complaint-intake');
    await page.getByTestId('intake-submit').click();
    await page.getByTestId('complaint-detail').waitFor();
    number = await textOf(page, 'complaint-number');
    expect(number).toMatch(/^TSBJ\d{8}\d{4}$/);
    id = page.url().split('/').at(-1) ?? '';
    await expectState(page, 'received');
    expect(await page.getByTestId('clock-complaintReply').getAttribute('data-state')).toBe('open');
    expect(await page.getByTestId('clock-complaintDecision').getAttribute('data-state')).toBe('open');
    // Only legal moves are offered: a fresh complaint can only be classified (or withdrawn, 办法 art. 15).
    const offered = await page
      .getByTestId('complaint-actions')
      .locator('button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-testid')));
    expect(offered).toEqual([
      'complaint-action-classify',
      'complaint-action-withdraw',
      'complaint-action-feedback',
    ]);
    // 下一步 (issue #21 part 3): classifying is the agent's own step, offered first in the panel.
    const next = page.getByTestId('next-step');
    expect(await next.getAttribute('data-viewer-acts')).toBe('true');
    expect(await next.getAttribute('data-event')).toBe('classify');
    await act(
      page,
      'classify',
      async () => {
        await pick(page, 'classify-complexity', '复杂');
      },
      'next-step-action',
    );
    await expectState(page, 'classified');
    // The agent may not assign: the panel says a lead will, and to whom the routing gives it.
    await expect.poll(() => next.getAttribute('data-event')).toBe('assign');
    expect(await next.getAttribute('data-viewer-acts')).toBe('false');
    expect(await textOf(page, 'next-step-who')).toContain('组长或以上');
    routedName = (await textOf(page, 'next-step-routed')).replace(/^将分派给 (.+)（路由推荐）$/, '$1');
    expect(routedName.length).toBeGreaterThan(0);
    await logout(page);
  });

  it('the team lead routes it to a handler, and the handler asks for an extension', async () => {
    await login(page, baseUrl, 'teamlead.bj');
    const { user: me } = (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()) as {
      user: { id: string; displayName: string };
    };
    await page.goto(`${baseUrl}/complaints`);
    await page.getByTestId('board-column-classified').locator(`[data-number="${number}"]`).waitFor();
    await screenshot(page, 'complaint-board');
    await page.getByTestId('board-column-classified').locator(`[data-number="${number}"]`).click();
    // The lead's own step now, with the same routed handler the agent was told of.
    expect(await page.getByTestId('next-step').getAttribute('data-viewer-acts')).toBe('true');
    expect(await textOf(page, 'next-step-routed')).toContain(routedName);
    await act(page, 'assign', async () => {
      await page.getByTestId('assignee-select').click();
      // The routing's choice is the first option, marked 推荐, and preselected (not the lead who looks).
      const first = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
      await first.waitFor();
      expect(await first.textContent()).toContain(routedName);
      expect(await first.textContent()).toContain('推荐');
      await page.getByTestId(`assignee-option-${me.id}`).click();
    });
    await expectState(page, 'assigned');
    expect(await textOf(page, 'complaint-owner')).toBe(me.displayName);
    // The timeline names the person assigned; the next step is theirs.
    expect(await textOf(page, 'timeline-assignee')).toContain(me.displayName);
    await expect
      .poll(() => page.getByTestId('next-step').getAttribute('data-event'))
      .toBe('startInvestigation');
    await act(page, 'startInvestigation');
    await expectState(page, 'investigating');
    await page.getByTestId('complaint-action-requestExtension').click();
    await page.getByTestId('dialog-requestExtension').waitFor();
    await page.getByTestId('action-note').fill('需调取查勘录音并与修理厂核实');
    await screenshot(page, 'complaint-extension-dialog', false);
    await page.getByTestId('action-submit').click();
    await expectState(page, 'extensionRequested');

    // Issue #21 part 4: a column hidden on the board stays hidden in another browser (the server keeps it).
    await page.goto(`${baseUrl}/complaints`);
    await page.getByTestId('board-column-classified').waitFor();
    await page.getByTestId('board-columns').click();
    await page.getByTestId('board-columns-closed').click();
    await expect.poll(() => page.getByTestId('board-column-closed').count()).toBe(0);
    const elsewhere = await newPage(browser);
    try {
      await login(elsewhere, baseUrl, 'teamlead.bj');
      await elsewhere.goto(`${baseUrl}/complaints`);
      await elsewhere.getByTestId('board-column-classified').waitFor();
      await expect.poll(() => elsewhere.getByTestId('board-column-closed').count()).toBe(0);
      await elsewhere.reload();
      await elsewhere.getByTestId('board-column-classified').waitFor();
      expect(await elsewhere.getByTestId('board-column-closed').count()).toBe(0);
      // Shown again for the steps and screenshots that follow.
      await elsewhere.getByTestId('board-columns').click();
      await elsewhere.getByTestId('board-columns-closed').click();
      await elsewhere.getByTestId('board-column-closed').waitFor();
    } finally {
      await elsewhere.context().close();
    }
    await logout(page);
  });

  it('the supervisor approves the extension from the approval inbox; the decision limit moves to 30 days', async () => {
    await login(page, baseUrl, 'supervisor.bj');
    await page.getByTestId('menu-complaintApprovals').click();
    const row = page.locator(`[data-testid="approval-row"][data-number="${number}"]`);
    await row.waitFor();
    await screenshot(page, 'complaint-approval-inbox');
    const before = await page.request.get(`${baseUrl}/api/complaints/${id}`);
    const due15 = ((await before.json()) as { deadlines: { kind: string; dueAt: string }[] }).deadlines.find(
      (d) => d.kind === 'complaintDecision',
    )?.dueAt;
    await row.getByTestId('approval-open').click();
    await act(page, 'approveExtension');
    await expectState(page, 'extended');
    const due30 = await page.getByTestId('clock-complaintDecision').getAttribute('data-due');
    expect(Date.parse(due30 ?? '')).toBeGreaterThan(Date.parse(due15 ?? ''));
    await logout(page);
  });

  it('the handler stops the clock for an outside appraisal (complainant told) and resumes it (办法 art. 18 ¶2)', async () => {
    await login(page, baseUrl, 'teamlead.bj');
    await page.goto(`${baseUrl}/complaints/${id}`);
    await act(page, 'stopClock', async () => {
      await pick(page, 'clock-notice', '电话');
      await page.getByTestId('action-note').fill('送第三方评估修理费用');
    });
    await page.getByTestId('clock-stopped').waitFor();
    expect(await textOf(page, 'clock-stopped')).toContain('外部鉴定');
    // No decision while the clock stands still; only resuming is offered.
    expect(await page.getByTestId('complaint-action-decide').count()).toBe(0);
    // The server says why, and the console shows it greyed out with that reason.
    expect(await page.getByTestId('complaint-unavailable-decide').getAttribute('data-reason')).toBe(
      'COMPLAINT_CLOCK_STOPPED',
    );
    await act(page, 'resumeClock', async () => {
      await page.getByTestId('action-note').fill('评估报告已收到');
    });
    await page.getByTestId('clock-stopped').waitFor({ state: 'detached' });
    await page.getByTestId('timeline-resumeClock').waitFor();
    await page.getByTestId('complaint-action-decide').waitFor();
    await logout(page);
  });

  it('the handler decides within authority, prints the letter, informs, calls back (satisfied) and closes', async () => {
    await login(page, baseUrl, 'teamlead.bj');
    await page.goto(`${baseUrl}/complaints/${id}`);
    await act(page, 'decide', async () => {
      await page
        .getByTestId('decide-decision')
        .fill('经核查，理赔员未按规定及时告知进度，我公司向您致歉并加快理赔。');
      await page.getByTestId('decide-findings').fill('理赔员十个工作日未向客户告知理赔进度，属实。');
      await page.getByTestId('decide-basis').fill('依据公司理赔服务规范第五条，应定期告知理赔进度。');
      await page.getByTestId('decide-remedy').fill('书面致歉');
      await page.getByTestId('decide-amount').fill('500');
      await page.getByTestId('action-note').fill('在组长权限内');
    });
    await expectState(page, 'decided');
    const letter = await page.request.get(`${baseUrl}/api/complaints/${id}/letter.pdf`);
    expect(letter.status()).toBe(200);
    expect(letter.headers()['content-type']).toBe('application/pdf');
    await page.getByTestId('complaint-letter').waitFor();
    await act(page, 'inform');
    await expectState(page, 'informed');
    expect(await page.getByTestId('clock-complaintDecision').getAttribute('data-state')).toBe('met');
    await act(page, 'recordCallback', async () => {
      await page.getByTestId('callback-score').locator('li').nth(4).click();
      await page.getByTestId('callback-comment').fill('满意');
    });
    await expectState(page, 'calledBack');
    await act(page, 'close');
    await expectState(page, 'closed');
    await page.getByTestId('timeline-approveExtension').waitFor();
    const shot = await screenshot(page, 'complaint-detail');
    await publishScreenshot(shot, 'complaint-detail');
    await logout(page);
  });

  it('head office records a written review application and decides it (办法 art. 20)', async () => {
    // The branch's own lead is not offered the review of its decision.
    await login(page, baseUrl, 'teamlead.bj');
    await page.goto(`${baseUrl}/complaints/${id}`);
    await expectState(page, 'closed');
    await page.getByTestId('complaint-review-last-day').waitFor();
    expect(await page.getByTestId('complaint-action-requestReview').count()).toBe(0);
    await logout(page);

    await login(page, baseUrl, 'supervisor.ho');
    await page.goto(`${baseUrl}/complaints/${id}`);
    await act(page, 'requestReview', async () => {
      await page.getByTestId('action-note').fill('客户来信认为致歉不足，申请核查');
    });
    await expectState(page, 'reviewing');
    expect(await page.getByTestId('clock-complaintReview').getAttribute('data-state')).toBe('open');
    await act(page, 'decideReview', async () => {
      await page.getByTestId('action-note').fill('处理过程、时限和结果均符合规定，维持原处理决定');
    });
    await expectState(page, 'closed');
    await expect.poll(() => page.getByTestId('complaint-review').textContent()).toContain('维持原处理决定');
    expect(await page.getByTestId('clock-complaintReview').getAttribute('data-state')).toBe('met');
    await logout(page);
  });

  it('registers a walk-in group of 20 as a major complaint (办法 art. 29): hint, tag, report to head office', async () => {
    await login(page, baseUrl, 'agent.bj');
    await page.goto(`${baseUrl}/complaints/new`);
    await page.getByTestId('intake-subject').fill('二十名客户集体投诉退保手续费');
    await page.getByTestId('intake-description').fill('二十名客户到柜面集体反映退保手续费过高。');
    await page.getByTestId('intake-customerPhone').fill('13900003333');
    await pick(page, 'intake-channel', '上门');
    await page.getByTestId('intake-complainantCount').fill('20');
    await page.getByTestId('intake-representatives').fill('3');
    await page.getByTestId('intake-major-hint').waitFor();
    await page.getByTestId('intake-product').fill('终身寿险');
    await pick(page, 'intake-category', '保全服务');
    await page.getByTestId('intake-request').fill('要求降低退保手续费');
    await page.getByTestId('intake-submit').click();
    await page.getByTestId('complaint-detail').waitFor();
    expect(await page.getByTestId('complaint-major').getAttribute('data-reasons')).toBe('groupFaceToFace');
    await page.getByTestId('timeline-majorComplaint').waitFor();
    await logout(page);
    await login(page, baseUrl, 'headoffice.ho');
    const notices = await page.request.get(`${baseUrl}/api/notifications`);
    const items = ((await notices.json()) as { items: { kind: string; messageZh: string }[] }).items;
    expect(items.some((n) => n.kind === 'report' && n.messageZh.includes('重大投诉'))).toBe(true);
    await logout(page);
  });
});

describe('an unattended complaint goes overdue under an injected clock and escalates', () => {
  let browser: Browser;
  let page: Page;
  let dataDir = '';
  let offsetMs = 0;
  let system: Awaited<ReturnType<typeof startClaimline>>;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'claimline-e2e-clock-'));
    // Real time plus an offset the test moves: the server, its sessions and the sweeper all read it.
    system = await startClaimline({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      pgPort: 0,
      demo: true,
      seed: true,
      clock: { now: () => new Date(Date.now() + offsetMs) },
    });
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('breaches on the 16th day and climbs the chain; the board and the timeline show it', async () => {
    const base = system.url;
    await login(page, base, 'agent.bj');
    const created = await page.request.post(`${base}/api/complaints`, {
      headers: { 'idempotency-key': `e2e-overdue-${Date.now()}` },
      data: {
        channel: 'phone',
        subject: '无人跟进的投诉',
        description: '客户投诉退保款迟迟未到账。',
        customerPhone: '13900002222',
        product: '终身寿险',
        category: 'policyService',
        request: '尽快退款',
        apologyGiven: true,
      },
    });
    expect(created.status()).toBe(201);
    const { id, number } = (await created.json()) as { id: string; number: string };
    await logout(page);
    for (const days of [16, 17, 18]) {
      offsetMs = days * 86_400_000;
      await sweepOnce(system.deps);
    }
    await login(page, base, 'teamlead.bj');
    await page.goto(`${base}/complaints`);
    const card = page.getByTestId('board-column-received').locator(`[data-number="${number}"]`);
    await card.waitFor();
    expect(await card.getByTestId('deadline-badge').first().getAttribute('data-state')).toBe('escalated');
    expect(await card.getByTestId('deadline-badge').first().getAttribute('data-urgency')).toBe('late');
    await screenshot(page, 'complaint-board-overdue');
    await page.goto(`${base}/complaints/${id}`);
    await page.getByTestId('timeline-deadlineEscalated').first().waitFor();
    expect(await page.getByTestId('timeline-deadlineBreached').count()).toBe(1);
    expect(await page.getByTestId('clock-complaintDecision').getAttribute('data-state')).toBe('escalated');
    // The complainant then calls to withdraw: the procedure ends that day (办法 art. 15), nothing is left to do.
    await act(page, 'withdraw', async () => {
      await page.getByTestId('action-note').fill('客户来电称退保款已到账，撤回投诉');
    });
    await expectState(page, 'closed');
    await page.getByTestId('complaint-withdrawn').waitFor();
    expect(await page.getByTestId('complaint-actions').locator('button').count()).toBe(0);
    await logout(page);
  });
});
