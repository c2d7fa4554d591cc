import { ROLE_PERMISSIONS, ROLES, type Role } from '@claimline/domain/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consultation, createCase, type TestSystem, testSystem } from '../helpers.ts';

let sys: TestSystem;
beforeAll(async () => {
  sys = await testSystem();
});
afterAll(() => sys.close());

describe('every route declares its access', () => {
  it('has no /api route without a permission or an explicit public/authenticated level', () => {
    const api = sys.app.registeredRoutes.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
    );
    expect(api.length).toBeGreaterThan(10);
    expect(api.filter((r) => !r.access)).toEqual([]);
    expect(api.filter((r) => r.access === 'public').map((r) => r.url)).toEqual(['/api/auth/login']);
  });

  it('has no /api route without its answer schemas (the OpenAPI contract the console is typed from)', () => {
    const api = sys.app.registeredRoutes.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
    );
    expect(api.filter((r) => !r.answers).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });
});

/** Every case route, with the permission it needs and a request that a permitted owner could make. */
type Probe = {
  name: string;
  permission: string;
  run: (
    cookie: string,
    id: string,
    version: number,
  ) => Promise<{ statusCode: number; json(): { error?: { code: string } } }>;
};
const probes: Probe[] = [
  {
    name: 'GET /api/cases/:id',
    permission: 'case.read',
    run: (c, id) => sys.app.inject({ url: `/api/cases/${id}`, headers: { cookie: c } }),
  },
  {
    name: 'POST events',
    permission: 'case.work',
    run: (c, id, v) =>
      sys.app.inject({
        method: 'POST',
        url: `/api/cases/${id}/events`,
        headers: { cookie: c },
        payload: { event: 'answer', version: v, note: 'x' },
      }),
  },
  {
    name: 'POST notes',
    permission: 'case.work',
    run: (c, id) =>
      sys.app.inject({
        method: 'POST',
        url: `/api/cases/${id}/notes`,
        headers: { cookie: c },
        payload: { note: 'x' },
      }),
  },
  {
    name: 'POST transfer',
    permission: 'case.transfer',
    run: (c, id, v) =>
      sys.app.inject({
        method: 'POST',
        url: `/api/cases/${id}/transfer`,
        headers: { cookie: c },
        payload: { toUserId: '00000000-0000-4000-8000-000000000000', version: v },
      }),
  },
  {
    name: 'POST transfer/accept',
    permission: 'case.transfer',
    run: (c, id, v) =>
      sys.app.inject({
        method: 'POST',
        url: `/api/cases/${id}/transfer/accept`,
        headers: { cookie: c },
        payload: { version: v },
      }),
  },
  {
    name: 'POST transfer/decline',
    permission: 'case.transfer',
    run: (c, id, v) =>
      sys.app.inject({
        method: 'POST',
        url: `/api/cases/${id}/transfer/decline`,
        headers: { cookie: c },
        payload: { version: v },
      }),
  },
  {
    name: 'POST transfer/cancel',
    permission: 'case.transfer',
    run: (c, id, v) =>
      sys.app.inject({
        method: 'POST',
        url: `/api/cases/${id}/transfer/cancel`,
        headers: { cookie: c },
        payload: { version: v },
      }),
  },
  {
    name: 'POST reveal',
    permission: 'personal.reveal',
    run: (c, id) =>
      sys.app.inject({
        method: 'POST',
        url: `/api/cases/${id}/reveal`,
        headers: { cookie: c },
        payload: { field: 'customerPhone', reason: '回拨客户' },
      }),
  },
];

const userFor = (role: Role, branch: 'bj' | 'sh' | 'ho') => `${role.toLowerCase()}.${branch}`;

describe('case routes × role × own/other branch', () => {
  it('answers 403 without the permission, 404 for another branch, and never leaks the record', async () => {
    const owner = await sys.login('agent.bj');
    const bjCase = (await createCase(sys, owner, consultation())).json();
    const shCase = (await createCase(sys, await sys.login('agent.sh'), consultation())).json();
    const seen: string[] = [];
    for (const role of ROLES) {
      // Branch roles sit in BJ; head-office-only roles sit at HO and see every branch by the tree.
      const existsInBj = !['headOffice', 'auditor', 'sysAdmin'].includes(role);
      const cookie = await sys.login(userFor(role, existsInBj ? 'bj' : 'ho'));
      for (const p of probes) {
        const allowed = ROLE_PERMISSIONS[role].includes(p.permission as never);
        for (const [label, target] of [
          ['own', bjCase],
          ['other', shCase],
        ] as const) {
          const res = await p.run(cookie, target.id, target.version);
          const code = res.json().error?.code;
          if (!allowed) {
            expect([res.statusCode, code], `${role} ${p.name} ${label}`).toEqual([403, 'FORBIDDEN']);
          } else if (label === 'other' && existsInBj) {
            expect([res.statusCode, code], `${role} ${p.name} ${label}`).toEqual([404, 'CASE_NOT_FOUND']);
          } else {
            expect(code, `${role} ${p.name} ${label}`).not.toBe('CASE_NOT_FOUND');
            expect(res.statusCode, `${role} ${p.name} ${label}`).toBeLessThan(500);
          }
          seen.push(`${role}:${p.name}:${label}`);
        }
      }
    }
    expect(seen).toHaveLength(ROLES.length * probes.length * 2);
  });

  it('keeps lists inside the subtree', async () => {
    const sh = await sys.login('agent.sh');
    const shList = (await sys.app.inject({ url: '/api/cases?pageSize=200', headers: { cookie: sh } })).json();
    expect(shList.items.length).toBeGreaterThan(0);
    expect(
      shList.items.every((i: { branchName: string }) =>
        ['上海分公司', '上海浦东支公司'].includes(i.branchName),
      ),
    ).toBe(true);
    expect(shList.items.some((i: { branchName: string }) => i.branchName.startsWith('北京'))).toBe(false);
    const sub = await sys.login('agent.bj01');
    const subList = (
      await sys.app.inject({ url: '/api/cases?pageSize=200', headers: { cookie: sub } })
    ).json();
    expect(subList.items.every((i: { branchName: string }) => i.branchName === '北京朝阳支公司')).toBe(true);
    const ho = await sys.login('headoffice.ho');
    const all = (
      await sys.app.inject({ url: '/api/cases?pageSize=1&count=true', headers: { cookie: ho } })
    ).json();
    const total = Number(
      (
        await sys.db
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(all.total).toBe(total);
  });
});

describe('security headers', () => {
  it('sends the same protective headers on every answer, API, error and public alike', async () => {
    const cookie = await sys.login('agent.bj');
    const answers = [
      await sys.app.inject({ url: '/healthz' }),
      await sys.app.inject({ url: '/api/auth/me', headers: { cookie } }),
      await sys.app.inject({ url: '/api/auth/me' }), // 401
      await sys.app.inject({
        method: 'POST',
        url: '/api/cases',
        headers: { cookie },
        payload: { kind: 'x' },
      }),
    ];
    for (const res of answers) {
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
      expect(res.headers['content-security-policy']).toContain("img-src 'self' data:");
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['server-timing']).toMatch(/^app;dur=\d+\.\d{2}$/);
    }
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 401, 400]);
  });
});
