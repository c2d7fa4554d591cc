import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { idNumberOf } from '../packages/server/src/seed/demo-policies.ts';
import { DEMO_PASSWORD, launchBrowser, login, logout, newPage } from './support.ts';

const baseUrl = inject('baseUrl');
const year = new Date().getFullYear();

const session = async (username: string) => {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
};
const call = async <T>(
  cookie: string,
  method: string,
  url: string,
  body?: unknown,
  key?: string,
): Promise<T> => {
  const res = await fetch(`${baseUrl}${url}`, {
    method,
    headers: {
      cookie,
      origin: baseUrl,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
};

/** A ring planted through the intake desk's own routes: three insured people, one reporter phone, address, clinic. */
const plantRing = async () => {
  const agent = await session('agent.bj');
  const tag = Date.now().toString(36);
  const ids: string[] = [];
  for (const [i, policyNo] of [`PBJ${year}000001`, `PBJ${year}000002`, `PBJ${year}000003`].entries()) {
    const l = await call<{ lookupId: string; policies: { id: string }[] }>(
      agent,
      'POST',
      '/api/claim-reports/lookups',
      { by: 'policyNo', value: policyNo },
    );
    const r = await call<{ id: string }>(
      agent,
      'POST',
      '/api/claim-reports',
      {
        lookupId: l.lookupId,
        policyId: (l.policies[0] as { id: string }).id,
        channel: 'phone',
        occurredAt: new Date(Date.now() - (2 + i) * 86_400_000).toISOString(),
        place: '北京市海淀区学院路',
        cause: i === 0 ? 'collision' : 'accidentalInjury',
        course: '摔伤，就近就医。',
        injuryDegree: 'minor',
        injured: 1,
        measures: '已就医',
        currentState: '门诊治疗中',
        hospital: `海淀某某骨科诊所${tag}`,
        reporterName: '周某',
        reporterPhone: '13766660000',
        reporterAddress: `北京市海淀区学院路 ${tag} 号`,
        reporterRelation: 'other',
      },
      `e2e-ring-${tag}-${i}`,
    );
    ids.push(r.id);
  }
  return ids;
};

/** A claim application that leaves 已受理 (a missing-documents notice), so the stage has a cycle time. */
const applicationWithMove = async () => {
  const handler = await session('claimshandler.bj');
  const policy = await call<{ id: string }>(
    handler,
    'GET',
    `/api/claim-applications/policy?policyNo=PBJ${year}000001`,
  );
  const app = await call<{ id: string; number: string }>(
    handler,
    'POST',
    '/api/claim-applications',
    {
      policyId: policy.id,
      claimType: 'motorDamage',
      relation: 'insured',
      applicantName: '李明',
      applicantIdNumber: idNumberOf('110105', '19850315', 12),
      applicantPhone: '13800138000',
    },
    `e2e-analytics-${Date.now()}`,
  );
  await call(handler, 'POST', `/api/claim-applications/${app.id}/events`, { event: 'sendMissingNotice' });
  return app.number as string;
};

/**
 * Issue 22 parts 2 and 6 in the browser: a planted ring shows in 关系网络, the supervisor opens its graph and a claim
 * from it; 服务分析 shows 已受理's cycle time and drills down to the application behind the bar.
 */
describe('link graph and service analytics', () => {
  let browser: Browser;
  let page: Page;
  let claims: string[];
  let ringId: string;
  let ringClaims: string[] = [];
  let appNumber: string;

  beforeAll(async () => {
    claims = await plantRing();
    appNumber = await applicationWithMove();
    const supervisor = await session('supervisor.bj');
    const rings = await call<{ items: { id: string }[] }>(supervisor, 'GET', '/api/fraud-graph/rings');
    for (const r of rings.items) {
      const g = await call<{ nodes: { caseId?: string | null }[] }>(
        supervisor,
        'GET',
        `/api/fraud-graph/rings/${r.id}`,
      );
      if (claims.every((id) => g.nodes.some((n) => n.caseId === id))) {
        ringId = r.id;
        ringClaims = g.nodes.flatMap((n) => (n.caseId ? [n.caseId] : []));
      }
    }
    browser = await launchBrowser();
    page = await newPage(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the planted ring is listed, drawn with masked labels, and a claim opens from it', async () => {
    expect(ringId).toBeTruthy();
    await login(page, baseUrl, 'supervisor.bj');
    await page.goto(`${baseUrl}/fraud-graph`);
    await page.getByTestId(`ring-open-${ringId}`).click();
    await page.getByTestId('ring-chart').waitFor();
    const entities = page.getByTestId('ring-entities');
    await expect.poll(() => entities.textContent()).toContain('137****0000');
    expect(await entities.textContent()).not.toContain('13766660000');
    const claimsTable = page.getByTestId('ring-claims');
    await claimsTable.locator('a').first().click();
    // A client-side navigation: no load event to wait for.
    // A claim of the ring is a report, or an application that has no report of its own.
    await expect.poll(() => page.url()).toMatch(/\/claim-(reports|applications)\/[0-9a-f-]{36}$/);
    // The ring holds the planted claims and any other claim of this run that shares their phone or person.
    expect(ringClaims).toContain(page.url().split('/').pop());
  });

  it('服务分析 shows 已受理’s cycle time and drills down to the application', async () => {
    await page.goto(`${baseUrl}/analytics`);
    const table = page.getByTestId('analytics-cycle-table');
    await expect.poll(() => table.textContent()).toContain('已受理');
    await page.getByTestId('analytics-cycle').waitFor();
    await page.getByTestId('analytics-cycle-received').click();
    const rows = page.getByTestId('analytics-rows');
    await expect.poll(() => rows.textContent()).toContain(appNumber);
    await page.locator('.ant-drawer-close').first().click();
    await page.locator('.ant-drawer-mask').first().waitFor({ state: 'hidden' });
    await logout(page);
  });
});
