import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, launchBrowser, login, logout, newPage, screenshot } from './support.ts';

const baseUrl = inject('baseUrl');

const signIn = async (username: string) => {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
};

/** The supervisor opens agent.bj01's assessment for October (the opening form is covered by the pg tests). */
const openAssessment = async () => {
  const cookie = await signIn('supervisor.bj');
  const users = (await (await fetch(`${baseUrl}/api/users?role=agent`, { headers: { cookie } })).json()) as {
    items: { id: string; username: string }[];
  };
  const agentId = users.items.find((u) => u.username === 'agent.bj01')?.id;
  const res = await fetch(`${baseUrl}/api/assessments`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ agentId, periodKind: 'month', periodKey: '2026-10' }),
  });
  if (res.status !== 201) throw new Error(`open: ${res.status} ${await res.text()}`);
};

const openRow = async (page: Page, list: string) => {
  await page.goto(`${baseUrl}/assessment`);
  const row = page.getByTestId(`assessment-list-${list}`).locator('tbody tr.ant-table-row').first();
  await row.waitFor();
  await row.click();
  await page.getByTestId('assessment-detail').waitFor();
};
/** The drawer's mask would take the click on the log-out button. */
const closeAndLogout = async (page: Page) => {
  await page.keyboard.press('Escape');
  await page.getByTestId('assessment-detail').waitFor({ state: 'hidden' });
  await logout(page);
};
const stateIs = (page: Page) => page.getByTestId('assessment-state').getAttribute('data-state');

/**
 * Issue #17 parts 4–5 in the browser: one assessment from the agent's self-assessment through the team lead's
 * review to the supervisor's sign-off (three users), and one training session recorded with an exam score.
 */
describe('assessment and training', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await openAssessment();
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the agent writes the self-assessment', async () => {
    await login(page, baseUrl, 'agent.bj01');
    await openRow(page, 'mine');
    expect(await page.getByTestId('menu-assessment').textContent()).toBe('考核');
    await page.getByTestId('assessment-self-strengths').fill('接听及时，态度耐心');
    await page.getByTestId('assessment-self-weaknesses').fill('健康险条款不熟');
    await page.getByTestId('assessment-self-plan').fill('参加产品知识培训');
    await page.getByTestId('assessment-submitSelf').click();
    await expect.poll(() => stateIs(page)).toBe('leadReview');
    expect(await page.getByTestId('assessment-state').textContent()).toBe('待组长评价');
    await closeAndLogout(page);
  });

  it('the team lead scores the qualitative items', async () => {
    await login(page, baseUrl, 'teamlead.bj01');
    await openRow(page, 'review');
    for (const [item, points] of [
      ['serviceAttitude', '4'],
      ['teamwork', '5'],
      ['productKnowledge', '2'],
    ] as const)
      await page.getByTestId(`assessment-points-${item}`).fill(points);
    await page.getByTestId('assessment-reason').fill('态度好，产品知识需加强');
    await page.getByTestId('assessment-review').click();
    await expect.poll(() => stateIs(page)).toBe('signOff');
    // A low item suggests training (§五(三)3).
    await page.getByText('建议培训').waitFor();
    await closeAndLogout(page);
  });

  it('the supervisor signs off', async () => {
    await login(page, baseUrl, 'supervisor.bj');
    await openRow(page, 'signOff');
    await page.getByTestId('assessment-signOff').click();
    await expect.poll(() => stateIs(page)).toBe('signedOff');
    expect(await page.getByTestId('assessment-state').textContent()).toBe('已审定');
    expect(Number(await page.getByTestId('assessment-total').textContent())).toBeGreaterThan(0);
    await screenshot(page, 'assessment-signed-off');
    await closeAndLogout(page);
  });

  it('the service manager records a training session with an exam score', async () => {
    await login(page, baseUrl, 'servicemanager.bj');
    await page.goto(`${baseUrl}/training`);
    await page.getByTestId('training-title').fill('E2E 服务技巧');
    await page.getByTestId('training-day').fill('2026-11-20');
    await page.getByTestId('training-add-session').click();
    const row = page.getByTestId('training-session-E2E 服务技巧');
    await row.waitFor();
    await row.locator('.ant-table-row-expand-icon').click();
    await page.getByTestId('training-trainee').click();
    await page.keyboard.type('agent.bj01');
    await page.locator('.ant-select-item-option').filter({ hasText: 'agent.bj01' }).first().click();
    await page.getByTestId('training-score-input').fill('85');
    await page.getByTestId('training-record').click();
    await expect
      .poll(async () => page.locator('[data-testid^="training-score-"]').filter({ hasText: '85' }).count())
      .toBe(1);
    await page.getByText('通过', { exact: true }).waitFor();
    await screenshot(page, 'training-session');
  });
});
