import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestSystem, testSystem } from './helpers.ts';

/** Issue #21 part 4: the columns a person hides are kept on the server, for that person only. */
let sys: TestSystem;
beforeAll(async () => {
  sys = await testSystem({ demoCases: 0 });
});
afterAll(() => sys.close());

const put = (cookie: string, payload: unknown) =>
  sys.app.inject({
    method: 'PUT',
    url: '/api/me/preferences/columns',
    headers: { cookie },
    payload: payload as object,
  });
const get = (cookie: string) =>
  sys.app.inject({ method: 'GET', url: '/api/me/preferences', headers: { cookie } });

describe('column choices per person', () => {
  it('starts empty, remembers a choice, and replaces it on the next save', async () => {
    const agent = await sys.login('agent.bj');
    expect((await get(agent)).json()).toEqual({ columns: {} });
    const saved = await put(agent, { list: 'cases', hidden: ['channel', 'owner', 'channel'] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ columns: { cases: ['channel', 'owner'] } });
    await put(agent, { list: 'calls', hidden: [] });
    await put(agent, { list: 'cases', hidden: ['branch'] });
    // A new session (another browser) reads the same choice.
    const again = await sys.login('agent.bj');
    expect((await get(again)).json()).toEqual({ columns: { cases: ['branch'], calls: [] } });
  });

  it('is one person’s own: another never reads or changes it', async () => {
    const agent = await sys.login('agent.bj');
    await put(agent, { list: 'complaint-board', hidden: ['product'] });
    const other = await sys.login('agent.sh');
    expect((await get(other)).json()).toEqual({ columns: {} });
    await put(other, { list: 'complaint-board', hidden: ['urgency'] });
    expect(
      ((await get(agent)).json() as { columns: Record<string, string[]> }).columns['complaint-board'],
    ).toEqual(['product']);
    // The routes take no user id: a body naming one is not part of the schema and changes nothing.
    const agentId = (
      await sys.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'agent.bj')
        .executeTakeFirstOrThrow()
    ).id;
    await put(other, { list: 'complaint-board', hidden: [], userId: agentId });
    expect(
      ((await get(agent)).json() as { columns: Record<string, string[]> }).columns['complaint-board'],
    ).toEqual(['product']);
  });

  it('refuses what is not a known list or a column key, with a stable code, and needs a session', async () => {
    const agent = await sys.login('agent.bj');
    for (const payload of [
      { list: 'audit-secrets', hidden: [] },
      { list: 'cases', hidden: ['张三 13912345678'] },
      { list: 'cases', hidden: Array.from({ length: 41 }, (_, i) => `c${i}`) },
      { list: 'cases' },
    ]) {
      const res = await put(agent, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await sys.app.inject({ method: 'GET', url: '/api/me/preferences' })).statusCode).toBe(401);
    // Nothing of a refused save was stored.
    const stored = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM user_preferences WHERE value::text LIKE '%1391%'`.execute(sys.db);
    expect(stored.rows[0]?.n).toBe(0);
  });
});
