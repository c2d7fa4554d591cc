import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, login, newPage, screenshot } from './support.ts';

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
});
