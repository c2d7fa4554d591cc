import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, publishScreenshot, screenshot } from './support.ts';

const baseUrl = inject('baseUrl');
const POST = 'E2E热线席';
const MIN = 60_000;

const card = (page: Page) => page.getByTestId(`handover-${POST}`);
const waitState = (page: Page, state: string) =>
  card(page).locator(`[data-testid="handover-state"][data-state="${state}"]`).waitFor();
const openMine = async (page: Page) => {
  await page.goto(`${baseUrl}/handover`);
  await card(page).waitFor();
};

/** Issue #16 in the browser: two people, two contexts — the incoming checks in and confirms, the outgoing signs. */
describe('shift hand-over (交接班)', () => {
  let browser: Browser;
  let incoming: Page;
  let outgoing: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    incoming = await newPage(browser);
    outgoing = await newPage(browser);
    await login(incoming, baseUrl, 'teamlead.bj');
    await login(outgoing, baseUrl, 'agent.bj');
    const ids = async (page: Page) =>
      (await (await page.request.get(`${baseUrl}/api/auth/me`)).json()).user.id;
    const now = Date.now();
    const res = await incoming.request.post(`${baseUrl}/api/handovers`, {
      data: {
        post: POST,
        outgoingShiftStart: new Date(now - 8 * 60 * MIN).toISOString(),
        shiftStart: new Date(now + 30 * MIN).toISOString(),
        shiftEnd: new Date(now + 8 * 60 * MIN).toISOString(),
        outgoingUserId: await ids(outgoing),
        incomingUserId: await ids(incoming),
      },
    });
    expect(res.status(), await res.text()).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the incoming agent checks in with the checklist, the outgoing one draws up the statistics', async () => {
    await openMine(incoming);
    const checkIn = card(incoming).getByTestId('move-checkIn');
    expect(await checkIn.isDisabled()).toBe(true);
    for (const k of ['uniform', 'badge', 'materials'])
      await card(incoming).getByTestId(`checklist-${k}`).check();
    await checkIn.click();
    await waitState(incoming, 'incomingCheckedIn');

    await openMine(outgoing);
    await card(outgoing).getByTestId('move-generateStatistics').click();
    await waitState(outgoing, 'statisticsGenerated');
    await card(outgoing).getByTestId('handover-statistics').waitFor();
    // 第十一条: the outgoing agent cannot sign before the incoming agent has confirmed.
    expect(await card(outgoing).getByTestId('move-sign').isDisabled()).toBe(true);
  });

  it('the incoming agent confirms with their own login, then the outgoing agent signs; the register shows it', async () => {
    await openMine(incoming);
    expect(await card(incoming).getByTestId('move-sign').count()).toBe(0);
    await card(incoming).getByTestId('move-confirm').click();
    await waitState(incoming, 'incomingConfirmed');

    await openMine(outgoing);
    await card(outgoing).getByTestId('move-sign').click();
    await waitState(outgoing, 'signed');
    await screenshot(outgoing, 'handover');

    await incoming.getByRole('tab', { name: '交接班登记簿' }).click();
    await incoming.getByTestId('handover-register').getByText(POST).waitFor();
    const pdf = await incoming.request.get(`${baseUrl}/api/handovers/register.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
  });

  it('a busy line raises the banner on the lead’s wall (第二条, 第七条); an off-hook without a call is flagged (第四条)', async () => {
    const pbx = await newPage(browser);
    await login(pbx, baseUrl, 'branchadmin.bj');
    const stamp = Date.now();
    const calls = [0, 1, 2, 3, 4].map((i) => `E2E-BUSY-${stamp}-${i}`);
    for (const callId of calls) {
      const res = await pbx.request.post(`${baseUrl}/api/cti/events`, {
        data: { callId, event: 'ringing', at: new Date().toISOString(), branchCode: 'BJ' },
      });
      expect(res.status(), await res.text()).toBeLessThan(300);
    }
    const wall = (await (await incoming.request.get(`${baseUrl}/api/presence`)).json()) as {
      people: { userId: string; agentNo: string | null }[];
    };
    const me = (await (await outgoing.request.get(`${baseUrl}/api/auth/me`)).json()).user.id;
    const agentNo = wall.people.find((p) => p.userId === me)?.agentNo;
    const hook = await pbx.request.post(`${baseUrl}/api/cti/hook`, {
      data: { agentNo, event: 'offHook', at: new Date(Date.now() - 5 * MIN).toISOString() },
    });
    expect(hook.status(), await hook.text()).toBe(200);

    // The sweeper looks at the line on its next tick; the wall refreshes on reload.
    const banner = incoming.getByTestId('busy-line-banner');
    await expect
      .poll(
        async () => {
          await incoming.goto(`${baseUrl}/handover`);
          await incoming.getByRole('tab', { name: '在岗状态' }).click();
          await incoming.getByTestId('presence-wall').waitFor();
          return banner.count();
        },
        { timeout: 75_000, interval: 5_000 },
      )
      .toBe(1);
    expect(await banner.textContent()).toContain('增加人员');
    await incoming.getByTestId('presence-wall').getByText('摘机无通话').waitFor();
    await publishScreenshot(await screenshot(incoming, 'busy-line'), 'busy-line');
    // The callers hang up: the line calms and the next tick clears the alert.
    for (const callId of calls)
      await pbx.request.post(`${baseUrl}/api/cti/events`, {
        data: { callId, event: 'ended', at: new Date().toISOString(), hungUpBy: 'customer' },
      });
    await pbx.request.post(`${baseUrl}/api/cti/hook`, { data: { agentNo, event: 'onHook' } });
    await pbx.close();
  }, 110_000);
});
