import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionActorRow } from './repository.ts';
import { SessionCache } from './session-cache.ts';

const row = (userId: string, over: Partial<SessionActorRow> = {}): SessionActorRow => ({
  created_at: new Date('2026-11-22T01:00:00Z'),
  last_seen_at: new Date('2026-11-22T01:00:00Z'),
  revoked_at: null,
  id: userId,
  username: `user-${userId}`,
  display_name: 'Agent',
  role: 'agent',
  active: true,
  must_change_password: false,
  branch_id: 'b1',
  branch_code: 'BJ',
  branch_name: '北京分公司',
  branch_path: '/HO/BJ/',
  scope: ['b1'],
  ...over,
});

const cacheAt = (ttlMs = 5_000) => {
  let t = 0;
  const cache = new SessionCache({ ttlMs, maxEntries: 3, now: () => t });
  cache.setLive(true);
  return { cache, advance: (ms: number) => (t += ms) };
};

describe('SessionCache', () => {
  it('answers nothing and keeps nothing while the notification channel is down', () => {
    const cache = new SessionCache({ ttlMs: 5_000 });
    cache.put('s1', row('u1'), cache.generation());
    expect(cache.get('s1')).toBeUndefined();
    cache.setLive(true);
    cache.put('s1', row('u1'), cache.generation());
    expect(cache.get('s1')?.id).toBe('u1');
    cache.setLive(false);
    expect(cache.get('s1')).toBeUndefined();
    cache.setLive(true);
    expect(cache.get('s1')).toBeUndefined(); // back live, but starts empty
  });

  it('forgets an entry once it is older than the TTL', () => {
    const { cache, advance } = cacheAt(5_000);
    cache.put('s1', row('u1'), cache.generation());
    advance(5_000);
    expect(cache.get('s1')?.id).toBe('u1');
    advance(1);
    expect(cache.get('s1')).toBeUndefined();
  });

  it('refuses a row read before an invalidation arrived (a revocation racing the read)', () => {
    const { cache } = cacheAt();
    const before = cache.generation();
    cache.invalidate('s:s1');
    cache.put('s1', row('u1'), before);
    expect(cache.get('s1')).toBeUndefined();
    cache.put('s1', row('u1'), cache.generation());
    expect(cache.get('s1')).toBeDefined();
  });

  it('drops one session, every session of a user, or everything', () => {
    const { cache } = cacheAt();
    cache.put('a', row('u1'), cache.generation());
    cache.put('b', row('u1'), cache.generation());
    cache.put('c', row('u2'), cache.generation());
    cache.invalidate('s:a');
    expect([cache.get('a'), cache.get('b')?.id, cache.get('c')?.id]).toEqual([undefined, 'u1', 'u2']);
    cache.invalidate('u:u1');
    expect([cache.get('b'), cache.get('c')?.id]).toEqual([undefined, 'u2']);
    cache.invalidate('*');
    expect(cache.size).toBe(0);
  });

  it('evicts the oldest entry beyond its size and records a touch', () => {
    const { cache } = cacheAt();
    for (const k of ['a', 'b', 'c', 'd']) cache.put(k, row(k), cache.generation());
    expect(cache.size).toBe(3);
    expect(cache.get('a')).toBeUndefined();
    const seen = new Date('2026-11-22T02:00:00Z');
    cache.touched('d', seen);
    expect(cache.get('d')?.last_seen_at).toEqual(seen);
  });

  it('never answers a session after an invalidation that covers it (model check)', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('put' as const),
        key: fc.integer({ min: 0, max: 5 }),
        stale: fc.boolean(),
      }),
      fc.record({ kind: fc.constant('session' as const), key: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ kind: fc.constant('user' as const), user: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ kind: fc.constant('all' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const cache = new SessionCache({ ttlMs: 1_000, maxEntries: 100, now: () => 0 });
        cache.setLive(true);
        // The model: which sessions may be answered. A key's user is key % 3.
        const valid = new Set<number>();
        let lastGeneration = cache.generation();
        for (const o of ops) {
          if (o.kind === 'put') {
            const generation = o.stale ? lastGeneration : cache.generation();
            const accepted = generation === cache.generation();
            cache.put(String(o.key), row(String(o.key % 3)), generation);
            if (accepted) valid.add(o.key);
          } else {
            lastGeneration = cache.generation();
            if (o.kind === 'session') {
              cache.invalidate(`s:${o.key}`);
              valid.delete(o.key);
            } else if (o.kind === 'user') {
              cache.invalidate(`u:${o.user}`);
              for (const k of [...valid]) if (k % 3 === o.user) valid.delete(k);
            } else {
              cache.invalidate('*');
              valid.clear();
            }
          }
          for (let k = 0; k <= 5; k++) expect(cache.get(String(k)) !== undefined).toBe(valid.has(k));
        }
      }),
    );
  });
});

describe('freshness proofs (issue #19)', () => {
  it('answers a hit only while the listener proved itself caught up within freshMs', () => {
    let t = 0;
    const cache = new SessionCache({ ttlMs: 3_600_000, freshMs: 100, now: () => t });
    cache.setLive(true);
    cache.put('h', row('u1'), cache.generation());
    // Live but never proved caught up: no hit.
    expect(cache.get('h')).toBeUndefined();
    cache.caughtUp(0);
    expect(cache.get('h')?.id).toBe('u1');
    t = 100;
    expect(cache.get('h')?.id).toBe('u1');
    t = 101;
    expect(cache.get('h')).toBeUndefined();
    // A round trip that began earlier than the last proof does not move it back.
    cache.caughtUp(90);
    cache.caughtUp(50);
    expect(cache.get('h')?.id).toBe('u1');
    t = 191;
    expect(cache.get('h')).toBeUndefined();
  });
});
