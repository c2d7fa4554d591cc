import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestSystem, testSystem } from './helpers.ts';

/**
 * The case list's page statement (cases/list-page.ts, issue #19 part 2): following `next` from page to page reads
 * every case of the reader's subtree exactly once, in the order asked, with the instants as the database holds them.
 */
let sys: TestSystem;
let supervisor: string;
let expected: { id: string; number: string; created_at: Date; updated_at: Date }[];
beforeAll(async () => {
  sys = await testSystem();
  supervisor = await sys.login('supervisor.bj');
  const me = await sys.db
    .selectFrom('users as u')
    .innerJoin('branches as b', 'b.id', 'u.branch_id')
    .select('b.path')
    .where('u.username', '=', 'supervisor.bj')
    .executeTakeFirstOrThrow();
  expected = await sys.db
    .selectFrom('cases as c')
    .innerJoin('branches as b', 'b.id', 'c.branch_id')
    .select(['c.id', 'c.number', 'c.created_at', 'c.updated_at'])
    .where(sql<boolean>`starts_with(b.path, ${me.path})`)
    .execute();
});
afterAll(() => sys.close());

type Page = {
  items: { id: string; createdAt: string; updatedAt: string }[];
  more: boolean;
  next: string | null;
  total?: number;
};

const walk = async (query: string) => {
  const seen: Page['items'] = [];
  let url = `/api/cases?pageSize=3&${query}`;
  for (let pages = 0; pages < 1000; pages++) {
    const res = await sys.app.inject({ url, headers: { cookie: supervisor } });
    expect(res.statusCode).toBe(200);
    const page = res.json() as Page;
    seen.push(...page.items);
    expect(page.more).toBe(page.next !== null);
    if (!page.next) return seen;
    url = `/api/cases?pageSize=3&${query}&after=${encodeURIComponent(page.next)}`;
  }
  throw new Error('the cursor never ended');
};

const byKey = <T>(key: (r: (typeof expected)[0]) => T, desc: boolean) =>
  [...expected]
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const c = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      return desc ? -c : c;
    })
    .map((r) => r.id);

describe('case list pages by cursor', () => {
  it('reads every case of the subtree once, newest first, with the exact count only when asked', async () => {
    expect(expected.length).toBeGreaterThan(6);
    const seen = await walk('sort=createdAt&order=desc');
    expect(seen.map((i) => i.id)).toEqual(byKey((r) => r.created_at.getTime(), true));
    const counted = await sys.app.inject({ url: '/api/cases?count=true', headers: { cookie: supervisor } });
    expect(counted.json().total).toBe(expected.length);
    const plain = await sys.app.inject({ url: '/api/cases', headers: { cookie: supervisor } });
    expect(plain.json()).not.toHaveProperty('total');
  });

  it('follows any sort column either way', async () => {
    const seen = await walk('sort=number&order=asc');
    expect(seen.map((i) => i.id)).toEqual(byKey((r) => r.number, false));
  });

  it('writes each instant as the database holds it, in Date#toISOString form', async () => {
    const seen = await walk('sort=updatedAt&order=desc');
    const held = new Map(expected.map((r) => [r.id, r]));
    for (const i of seen) {
      expect(i.createdAt).toBe(held.get(i.id)?.created_at.toISOString());
      expect(i.updatedAt).toBe(held.get(i.id)?.updated_at.toISOString());
    }
  });

  it('refuses a cursor it did not make with a stable code, never a 500', async () => {
    for (const after of ['garbage', Buffer.from('["x","not-a-uuid"]').toString('base64url')]) {
      const res = await sys.app.inject({
        url: `/api/cases?after=${encodeURIComponent(after)}`,
        headers: { cookie: supervisor },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toMatch(/^[A-Z_]+$/);
    }
  });
});
