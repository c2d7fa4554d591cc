import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app/build-app.ts';
import { verifyAuditChain } from '../src/audit/audit.ts';
import { type AuthDeps, SessionCache } from '../src/auth/session-cache.ts';
import { listenForAuthChanges, type SessionListener } from '../src/auth/session-listener.ts';
import { createDb, type Db } from '../src/db/database.ts';
import { sweepOnce } from '../src/jobs/deadline-sweeper.ts';
import { consultation, dbUrl, type TestSystem, testSystem } from './helpers.ts';

/*
 * Issue 19 part 3: two API nodes (two app instances, each with its own pool, intake batcher, session cache and
 * listener) on one PostgreSQL, driven by a round-robin client. The caches keep rows an hour here, so only the
 * notifications and the listener's freshness proofs can explain a refusal.
 */

const FRESH_MS = 100;
let sys: TestSystem;
let dbB: Db;
let appB: FastifyInstance;
const listeners: SessionListener[] = [];
let nodes: FastifyInstance[];

const withCache = (deps: AuthDeps) => {
  deps.sessions = new SessionCache({ ttlMs: 3_600_000, freshMs: FRESH_MS });
  const l = listenForAuthChanges(dbUrl(sys.dbName), deps.sessions, { heartbeatMs: FRESH_MS / 4 });
  listeners.push(l);
  return l.connected();
};

beforeAll(async () => {
  sys = await testSystem({ demoCases: 0, clockAt: '2026-11-24T01:00:00Z' });
  dbB = createDb(dbUrl(sys.dbName), 20);
  const depsB: AuthDeps = { ...sys.deps, db: dbB };
  appB = await buildApp(depsB, { logger: false, webDist: null });
  await appB.ready();
  await Promise.all([withCache(sys.deps), withCache(depsB)]);
  nodes = [sys.app, appB];
});
afterAll(async () => {
  for (const l of listeners) await l.stop();
  await appB.close();
  await dbB.destroy();
  await sys.close();
});

let turn = 0;
/** The load balancer: each request to the next node. */
const roundRobin = (opts: InjectOptions) => (nodes[turn++ % nodes.length] as FastifyInstance).inject(opts);

const me = (node: FastifyInstance, cookie: string) =>
  node.inject({ url: '/api/auth/me', headers: { cookie } });

describe('two API nodes on one database', () => {
  it('numbers 60 concurrent cases gap-free across both nodes, with one whole audit chain', async () => {
    const cookie = await sys.login('agent.bj');
    const res = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        roundRobin({
          method: 'POST',
          url: '/api/cases',
          headers: { cookie, 'idempotency-key': `two-nodes-${i}` },
          payload: consultation(),
        }),
      ),
    );
    for (const r of res) expect(r.statusCode, r.body).toBe(201);
    const seqs = res.map((r) => Number((r.json().number as string).slice(-4))).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 60 }, (_, i) => seqs[0]! + i));
    expect((await verifyAuditChain(sys.db)).ok).toBe(true);
  });

  it('a session made on one node works on the other; revoked on one, every node refuses it within 100 ms', async () => {
    for (let round = 0; round < 5; round++) {
      const cookie = await sys.login('teamlead.bj');
      // Both caches hold the session now.
      for (const node of nodes) expect((await me(node, cookie)).statusCode).toBe(200);
      for (let i = 0; i < 10; i++) await me(nodes[i % 2] as FastifyInstance, cookie);
      const out = await appB.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
      expect(out.statusCode).toBeLessThan(300);
      await new Promise((r) => setTimeout(r, FRESH_MS));
      const burst = await Promise.all(
        Array.from({ length: 20 }, (_, i) => me(nodes[i % 2] as FastifyInstance, cookie)),
      );
      expect(burst.map((r) => r.statusCode)).toEqual(Array(20).fill(401));
    }
  });

  it('a node whose listener stops proving itself caught up reads every session from the database', async () => {
    const cache = new SessionCache({ ttlMs: 3_600_000, freshMs: FRESH_MS });
    cache.setLive(true);
    cache.caughtUp(cache.now());
    const row = { id: 'u' } as unknown as Parameters<SessionCache['put']>[1];
    cache.put('h', row, cache.generation());
    expect(cache.get('h')).toBe(row);
    await new Promise((r) => setTimeout(r, FRESH_MS + 20));
    expect(cache.get('h')).toBeUndefined();
  });

  it('sweeps on both nodes at once notify each deadline step once', async () => {
    const cookie = await sys.login('agent.bj01');
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        roundRobin({
          method: 'POST',
          url: '/api/cases',
          headers: { cookie, 'idempotency-key': `sweep-key-${i}` },
          payload: consultation(),
        }),
      ),
    );
    for (const r of created) expect(r.statusCode).toBe(201);
    const count = async () =>
      Number(
        (
          await sys.db
            .selectFrom('notifications')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    let notified = 0;
    for (const local of ['10:30', '11:00', '13:00', '15:00']) {
      sys.clock.set(new Date(`2026-11-24T${local}:00+08:00`).toISOString());
      const results = await Promise.all([
        sweepOnce({ db: sys.db, clock: sys.clock }, { batchSize: 7 }),
        sweepOnce({ db: dbB, clock: sys.clock }, { batchSize: 7 }),
      ]);
      for (const r of results) notified += r.notified;
    }
    // Every case of this file (these and the first test's) is swept: each step notified once, by one node.
    const rows = await sys.db
      .selectFrom('notifications')
      .select(['case_id', 'kind', 'escalation_level', 'user_id'])
      .execute();
    expect(notified).toBeGreaterThan(0);
    const keys = rows.map((n) => `${n.case_id}:${n.kind}:${n.escalation_level}:${n.user_id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(notified).toBe((await count()) - before);
  });
});
