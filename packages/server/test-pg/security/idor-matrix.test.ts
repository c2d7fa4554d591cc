import { createHash } from 'node:crypto';
import { ROLE_PERMISSIONS, ROLES, type Role } from '@claimline/domain/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, type TestSystem, testSystem } from '../helpers.ts';
import { type Fixture, fixtureIn, OTHER_PARAMS, RECORD_KINDS, ROUTE_KINDS } from './idor-fixtures.ts';
import { seedIdorFixtures } from './idor-seed.ts';

/**
 * Issue #18 part 9: the IDOR matrix over EVERY registered route that takes a record id × every role × a record of
 * the caller's own branch and one of its sibling branch. A route no fixture covers fails the test, so a new route
 * cannot slip through. Figures are printed and kept in docs/SECURITY.md.
 */
let sys: TestSystem;
beforeAll(async () => {
  sys = await testSystem({ demoClaimReports: 2 });
  await seedIdorFixtures(sys);
});
afterAll(() => sys.close());

type IdRoute = { method: string; url: string; access: string | undefined; kind: string | undefined };

const idRoutes = (): IdRoute[] =>
  sys.app.registeredRoutes
    .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && /\/:[a-zA-Z]/.test(r.url))
    .filter((r) => r.method !== 'HEAD')
    .map((r) => ({ ...r, kind: ROUTE_KINDS.find(([re]) => re.test(r.url))?.[1] }));

const pathFor = (url: string, id: string) => {
  let first = true;
  return url.replace(/:([a-zA-Z]+)/g, (_m, name: string) => {
    if (first) {
      first = false;
      return encodeURIComponent(id);
    }
    return OTHER_PARAMS[name] ?? 'x';
  });
};

/** Everything but the rows every request writes (audit, sessions, throttles): what a refused try must leave alone. */
const snapshot = async () => {
  const tables = await adminQuery(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public'
       AND tablename NOT IN ('audit_log', 'sessions', 'login_throttle', 'kysely_migration', 'kysely_migration_lock')
     ORDER BY tablename`,
    sys.dbName,
  );
  const out = new Map<string, string>();
  for (const { tablename } of tables.rows as { tablename: string }[]) {
    const r = await adminQuery(
      `SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') AS a FROM ${tablename} t`,
      sys.dbName,
    );
    out.set(tablename, createHash('sha256').update(String(r.rows[0].a)).digest('hex'));
  }
  return out;
};

/** An id no record has: what the sibling's records must be indistinguishable from. */
const NOWHERE = '00000000-0000-4000-8000-0000000000ff';

const HO_ONLY: Role[] = ['headOffice', 'auditor', 'sysAdmin'];
const userOf = (role: Role) => `${role.toLowerCase()}.${HO_ONLY.includes(role) ? 'ho' : 'bj'}`;

describe('IDOR matrix: every id route × every role × own / sibling branch', () => {
  it('knows every route that takes an id, and has a record of its kind in both branches', async () => {
    const routes = idRoutes();
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.filter((r) => !r.kind).map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const missing: string[] = [];
    for (const kind of new Set(routes.map((r) => r.kind as string)))
      for (const branch of ['BJ', 'SH'] as const)
        if (RECORD_KINDS[kind]?.rows && !(await fixtureIn(sys.db, kind, branch)))
          missing.push(`${kind} ${branch}`);
    expect(missing).toEqual([]);
  });

  it('refuses without the permission, answers 404 for the sibling branch, never leaks or changes its record', async () => {
    const routes = idRoutes();
    const fixtures = new Map<string, { own: Fixture | null; other: Fixture | null }>();
    for (const kind of new Set(routes.map((r) => r.kind as string)))
      fixtures.set(kind, {
        own: await fixtureIn(sys.db, kind, 'BJ'),
        other: await fixtureIn(sys.db, kind, 'SH'),
      });
    const cookies = new Map<Role, string>();
    for (const role of ROLES) cookies.set(role, await sys.login(userOf(role)));

    const failures: string[] = [];
    const figures = {
      tries: 0,
      refused403: 0,
      notFound404: 0,
      invalid400: 0,
      sameAsNowhere: 0,
      ownOk: 0,
      headOfficeOk: 0,
    };
    const hit = async (role: Role, r: IdRoute, id: string) => {
      figures.tries++;
      const hasBody = !['GET', 'DELETE'].includes(r.method);
      return sys.app.inject({
        method: r.method as 'GET',
        url: pathFor(r.url, id),
        headers: { cookie: cookies.get(role) as string },
        ...(hasBody ? { payload: {} } : {}),
      });
    };
    const permitted = (role: Role, r: IdRoute) =>
      r.access === 'authenticated' || ROLE_PERMISSIONS[role].includes(r.access as never);

    // The sibling branch first, by the roles placed in a branch, with a snapshot around it: a refused try must
    // change nothing. Head-office roles see every branch by the tree; their tries run with the own-branch ones.
    const before = await snapshot();
    for (const role of ROLES.filter((r) => !HO_ONLY.includes(r))) {
      for (const r of routes) {
        const other = fixtures.get(r.kind as string)?.other;
        if (!other) continue;
        const res = await hit(role, r, other.id);
        const label = `${role} ${r.method} ${r.url} other`;
        if (!permitted(role, r)) {
          if (res.statusCode !== 403) failures.push(`${label}: ${res.statusCode} without the permission`);
          else figures.refused403++;
          continue;
        }
        if (res.statusCode === 404) figures.notFound404++;
        else if (res.statusCode === 400) figures.invalid400++;
        else failures.push(`${label}: ${res.statusCode} ${res.body.slice(0, 120)}`);
        if (other.tell && res.body.includes(other.tell)) failures.push(`${label}: leaks ${other.tell}`);
        // No existence oracle: the sibling's record answers exactly as an id that exists nowhere.
        const nowhere = await hit(role, r, NOWHERE);
        const codeOf = (x: typeof res) => [
          x.statusCode,
          (x.json() as { error?: { code?: string } }).error?.code,
        ];
        if (JSON.stringify(codeOf(res)) !== JSON.stringify(codeOf(nowhere)))
          failures.push(`${label}: ${codeOf(res)} but ${codeOf(nowhere)} for an id that does not exist`);
        else figures.sameAsNowhere++;
      }
    }
    const after = await snapshot();
    expect(
      [...after].filter(([t, h]) => before.get(t) !== h).map(([t]) => t),
      'a refused try changed data',
    ).toEqual([]);

    // Own branch, and head office on the sibling branch: allowed tries may act, but never fail with a 5xx.
    for (const role of HO_ONLY)
      for (const r of routes) {
        const other = fixtures.get(r.kind as string)?.other;
        if (!other) continue;
        const res = await hit(role, r, other.id);
        if (!permitted(role, r) && res.statusCode !== 403)
          failures.push(`${role} ${r.method} ${r.url} other: ${res.statusCode} without the permission`);
        else if (res.statusCode >= 500)
          failures.push(`${role} ${r.method} ${r.url} other: ${res.statusCode}`);
        else if (permitted(role, r)) figures.headOfficeOk++;
        else figures.refused403++;
      }

    for (const role of ROLES) {
      for (const r of routes) {
        const own = fixtures.get(r.kind as string)?.own;
        const id = own?.id ?? '00000000-0000-4000-8000-000000000000';
        const res = await hit(role, r, id);
        const label = `${role} ${r.method} ${r.url} own`;
        if (!permitted(role, r)) {
          if (res.statusCode !== 403) failures.push(`${label}: ${res.statusCode} without the permission`);
          else figures.refused403++;
        } else if (res.statusCode >= 500) failures.push(`${label}: ${res.statusCode}`);
        else figures.ownOk++;
      }
    }
    console.log(`IDOR matrix: ${routes.length} routes × ${ROLES.length} roles × 2 branches`, figures);
    expect(failures).toEqual([]);
  });
});
