import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/build-app.ts';
import { SessionCache } from '../../src/auth/session-cache.ts';
import { listenForAuthChanges, type SessionListener } from '../../src/auth/session-listener.ts';
import { createDb } from '../../src/db/database.ts';
import { adminQuery, dbUrl, type TestSystem, testSystem } from '../helpers.ts';

/*
 * The session cache on a real engine: whatever changes a session, a user or a branch (this node, another node,
 * an operator in psql) reaches the cache through the triggers of migration 0009 and LISTEN/NOTIFY. The TTL is an
 * hour here, so only a notification can explain a refusal.
 */
let sys: TestSystem;
let cache: SessionCache;
let listener: SessionListener;
beforeAll(async () => {
  sys = await testSystem();
  cache = new SessionCache({ ttlMs: 3_600_000 });
  sys.deps.sessions = cache;
  listener = listenForAuthChanges(dbUrl(sys.dbName), cache, { retryMs: 50 });
  await listener.connected();
});
afterAll(async () => {
  await listener.stop();
  await sys.close();
});

const me = (cookie: string) => sys.app.inject({ url: '/api/auth/me', headers: { cookie } });
const sessionHash = async (username: string) => {
  const r = await sys.db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select('s.id_hash')
    .where('u.username', '=', username)
    .where('s.revoked_at', 'is', null)
    .executeTakeFirstOrThrow();
  return r.id_hash;
};
/** Runs SQL as another client would (an operator, another node's transaction): its own connection. */
const elsewhere = (sqlText: string) => adminQuery(sqlText, sys.dbName);

describe('session cache', () => {
  it('answers from memory once a session was read (a change that bypasses the triggers is not seen)', async () => {
    const cookie = await sys.login('teamlead.bj');
    expect((await me(cookie)).statusCode).toBe(200);
    const hash = await sessionHash('teamlead.bj');
    expect(cache.get(hash)?.username).toBe('teamlead.bj');
    // With triggers off (replica role) nothing is notified: the cached row still answers, which shows the
    // request did not read the session table.
    await elsewhere(
      `SET session_replication_role = replica; UPDATE sessions SET revoked_at = now() WHERE id_hash = '${hash}'`,
    );
    expect((await me(cookie)).statusCode).toBe(200);
    cache.clear();
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('refuses a session revoked elsewhere as soon as the notification arrives', async () => {
    const cookie = await sys.login('agent.bj');
    expect((await me(cookie)).statusCode).toBe(200);
    const hash = await sessionHash('agent.bj');
    await elsewhere(`UPDATE sessions SET revoked_at = now() WHERE id_hash = '${hash}'`);
    await expect.poll(async () => (await me(cookie)).statusCode, { timeout: 2_000 }).toBe(401);
  });

  it('refuses a user deactivated elsewhere, and sees a role change', async () => {
    const a = await sys.login('claimshandler.bj');
    const b = await sys.login('supervisor.bj');
    expect((await me(a)).statusCode).toBe(200);
    expect((await me(b)).json().user.role).toBe('supervisor');
    await elsewhere(`UPDATE users SET active = false WHERE username = 'claimshandler.bj'`);
    await elsewhere(`UPDATE users SET role = 'teamLead' WHERE username = 'supervisor.bj'`);
    await expect.poll(async () => (await me(a)).statusCode, { timeout: 2_000 }).toBe(401);
    await expect.poll(async () => (await me(b)).json().user.role, { timeout: 2_000 }).toBe('teamLead');
  });

  it('ignores a user change that does not touch the session (a failed login count)', async () => {
    const cookie = await sys.login('servicemanager.bj');
    expect((await me(cookie)).statusCode).toBe(200);
    const hash = await sessionHash('servicemanager.bj');
    await elsewhere(`UPDATE users SET failed_logins = 1 WHERE username = 'servicemanager.bj'`);
    // A branch change, by contrast, clears everything (scopes are built from the tree): use it as a marker that
    // every notification sent before it has arrived.
    await elsewhere(
      `INSERT INTO branches (id, code, name, name_en, parent_id, path, created_at)
       SELECT gen_random_uuid(), 'BJ09', '北京测试支公司', 'Beijing test', id, path || 'BJ09/', now()
       FROM branches WHERE code = 'BJ'`,
    );
    await expect.poll(() => cache.get(hash), { timeout: 2_000 }).toBeUndefined();
    await me(cookie);
    const scope = cache.get(hash)?.scope ?? [];
    const added = await sys.db
      .selectFrom('branches')
      .select('id')
      .where('code', '=', 'BJ09')
      .executeTakeFirstOrThrow();
    expect(scope).toContain(added.id);
  });

  it('forgets on this node before answering: logout and a password change', async () => {
    // A cache that hears no notification at all: only the node's own forgetting can explain a refusal.
    const deaf = new SessionCache({ ttlMs: 3_600_000 });
    deaf.setLive(true);
    sys.deps.sessions = deaf;
    try {
      const cookie = await sys.login('branchadmin.bj');
      const other = await sys.login('branchadmin.bj');
      expect((await me(cookie)).statusCode).toBe(200);
      expect((await me(other)).statusCode).toBe(200);
      const changed = await sys.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: { cookie },
        payload: { currentPassword: 'Claim@2026', newPassword: 'Typhoon-Shift-2026' },
      });
      expect(changed.statusCode).toBe(204);
      expect((await me(other)).statusCode).toBe(401); // no wait: this node forgot the user's sessions itself
      expect((await me(cookie)).statusCode).toBe(200);
      await sys.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
      expect((await me(cookie)).statusCode).toBe(401);
    } finally {
      sys.deps.sessions = cache;
    }
  });

  it('stops answering from memory while the channel is lost, and comes back when it returns', async () => {
    const cookie = await sys.login('agent.bj01');
    expect((await me(cookie)).statusCode).toBe(200);
    const hash = await sessionHash('agent.bj01');
    await elsewhere(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'claimline-auth-listener'`,
    );
    await expect.poll(() => cache.live, { timeout: 2_000 }).toBe(false);
    // While it is off, a change that no trigger announces is still seen: every request reads the database.
    await elsewhere(
      `SET session_replication_role = replica; UPDATE sessions SET revoked_at = now() WHERE id_hash = '${hash}'`,
    );
    expect((await me(cookie)).statusCode).toBe(401);
    await listener.connected();
    expect(cache.live).toBe(true);
    const again = await sys.login('agent.bj01');
    expect((await me(again)).statusCode).toBe(200);
    expect(cache.size).toBeGreaterThan(0);
  });

  it('a second node on the same database refuses a session the first node logged out', async () => {
    // Node B: its own pool, its own cache and listener, the same database and keys.
    const db = createDb(dbUrl(sys.dbName), 5);
    const cacheB = new SessionCache({ ttlMs: 3_600_000 });
    const deps = { ...sys.deps, db, sessions: cacheB };
    const nodeB = await buildApp(deps, { logger: false, webDist: null });
    const listenerB = listenForAuthChanges(dbUrl(sys.dbName), cacheB, { retryMs: 50 });
    try {
      await listenerB.connected();
      const cookie = await sys.login('teamlead.bj01');
      const meB = () => nodeB.inject({ url: '/api/auth/me', headers: { cookie } });
      expect((await meB()).statusCode).toBe(200);
      expect(cacheB.size).toBe(1); // node B now answers this session from memory
      await sys.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
      expect((await me(cookie)).statusCode).toBe(401); // node A at once
      await expect.poll(async () => (await meB()).statusCode, { timeout: 2_000 }).toBe(401); // node B on notice
    } finally {
      await listenerB.stop();
      await nodeB.close();
      await db.destroy();
    }
  });
});
