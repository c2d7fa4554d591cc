import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, settled } from './axe.ts';
import { launchBrowser, login, newPage, publishScreenshot, screenshot } from './support.ts';

const baseUrl = inject('baseUrl');

/** One demo user per role (seed: demo-data.ts); together they open every desk of the side menu. */
const ROLES = [
  // The widest rights first: a desk is checked with the first role that has it, so with the most on screen.
  'headoffice.ho',
  'servicemanager.bj',
  'supervisor.bj',
  'teamlead.bj',
  'claimshandler.bj',
  'agent.bj',
  'branchadmin.bj',
  'auditor.ho',
  'sysadmin.ho',
] as const;

/** Screens reached from a desk rather than from the menu, checked for the first role that has the desk. */
const EXTRA_SCREENS: Record<string, { name: string; open: (page: Page) => Promise<void> }[]> = {
  cases: [
    {
      name: 'case-detail',
      open: async (page) => {
        await page.locator('[data-testid^="case-row-"] a').first().click();
        await page.getByTestId('case-fields').waitFor();
      },
    },
  ],
  complaints: [
    {
      name: 'complaint-new',
      open: async (page) => {
        await page.goto(`${baseUrl}/complaints/new`);
        await page.getByTestId('page-title').waitFor();
      },
    },
  ],
};

/** Each screen's picture keeps a stable name (docs/screenshots/tour-<screen>.png), taken once per run. */
const shoot = async (page: Page, screen: string, shot: Set<string>) => {
  if (shot.has(screen)) return;
  shot.add(screen);
  await publishScreenshot(await screenshot(page, `tour-${screen}`, false), `tour-${screen}`);
};

const check = async (page: Page, screen: string, role: string, shot: Set<string>) => {
  await settled(page);
  await expectAccessible(page, `${role} ${screen}`);
  await shoot(page, screen, shot);
};

/**
 * Issue 21: every role's screens in Chromium at 1440×900 pass axe-core's WCAG 2.1 A and AA rules with no
 * violation (GB/T 37668-2019 holds public-facing systems to level AA), each with one h1 and a main landmark.
 * One browser, one context per role; the login page, every menu entry (each desk with the first role that has it,
 * the home page with every role) and the main intake screens.
 */
describe('accessibility tour of every role', () => {
  let browser: Browser;
  const shot = new Set<string>();

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the login page', async () => {
    const page = await newPage(browser);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-form').waitFor();
    await check(page, 'login', 'visitor', shot);
    // A first visit asks nothing of the server that fails (no 401 in the browser's console).
    expect(failed).toEqual([]);
    await page.context().close();
  });

  for (const role of ROLES) {
    it(`${role}: every menu entry`, async () => {
      const failures: string[] = [];
      const page = await newPage(browser);
      await login(page, baseUrl, role);
      const desks = await page
        .locator('[data-testid^="menu-"]')
        .evaluateAll((links) =>
          links.map((l) => (l.getAttribute('data-testid') ?? '').slice('menu-'.length)),
        );
      expect(desks.length).toBeGreaterThan(0);
      // A desk is one screen whoever opens it (the role changes its rows and buttons, not its parts), so each desk
      // is checked with the first role that has it; the home page differs by role and is checked for every role.
      for (const desk of desks.filter((d) => d === 'home' || !shot.has(`${d}:checked`))) {
        shot.add(`${desk}:checked`);
        const link = page.getByTestId(`menu-${desk}`);
        const label = ((await link.textContent()) ?? '').trim();
        await link.click();
        // The shell's h1 names the desk once the route has rendered (the lazy desk included).
        await expect.poll(() => page.getByTestId('page-title').textContent()).toBe(label);
        // Collect every screen's violations, so one run lists them all.
        await check(page, desk, role, shot).catch((e: Error) => failures.push(e.message));
        for (const extra of shot.has(`${desk}:extras`) ? [] : (EXTRA_SCREENS[desk] ?? [])) {
          await extra.open(page);
          await check(page, extra.name, role, shot).catch((e: Error) => failures.push(e.message));
        }
        shot.add(`${desk}:extras`);
      }
      await page.context().close();
      expect(failures).toEqual([]);
    });
  }
});
