import { describe, expect, it } from 'vitest';
import { canonical, chainHash, GENESIS_HASH } from './audit-chain.ts';

const row = {
  at: new Date('2026-11-22T02:00:00.123Z'),
  actor_id: 'a',
  actor_name: '王伟',
  action: 'case.create',
  object_type: 'case',
  object_id: 'c1',
  result: 'success',
  request_id: 'r1',
  ip: '127.0.0.1',
  details: { b: 1, a: { d: 2, c: 3 } },
};

describe('audit chain hash', () => {
  it('ignores key order (jsonb reorders keys) but not values', () => {
    const h = chainHash(GENESIS_HASH, row);
    expect(chainHash(GENESIS_HASH, { ...row, details: { a: { c: 3, d: 2 }, b: 1 } })).toBe(h);
    expect(chainHash(GENESIS_HASH, { ...row, details: { a: { c: 3, d: 2 }, b: 2 } })).not.toBe(h);
    expect(chainHash(GENESIS_HASH, { ...row, actor_name: '李娜' })).not.toBe(h);
    expect(chainHash('f'.repeat(64), row)).not.toBe(h);
  });
  it('canonicalises nested arrays and objects', () => {
    expect(JSON.stringify(canonical({ z: [{ b: 1, a: 2 }], y: null }))).toBe(
      '{"y":null,"z":[{"a":2,"b":1}]}',
    );
  });
});
