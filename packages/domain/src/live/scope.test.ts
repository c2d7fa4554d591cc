import { describe, expect, it } from 'vitest';
import { parseLivePayload } from './kinds.ts';
import { visibleTo } from './scope.ts';

const viewer = { userId: 'u1', scope: new Set(['bj', 'bj-haidian']) };

describe('visibleTo', () => {
  it('sends a branch record only to viewers whose scope holds its branch', () => {
    expect(visibleTo({ kind: 'case', id: 'c', branchId: 'bj-haidian', userId: null }, viewer)).toBe(true);
    expect(visibleTo({ kind: 'claimReport', id: 'c', branchId: 'sh', userId: null }, viewer)).toBe(false);
  });

  it('sends a notification to its owner only, even inside the branch', () => {
    expect(visibleTo({ kind: 'notification', id: 'n', branchId: 'bj', userId: 'u1' }, viewer)).toBe(true);
    expect(visibleTo({ kind: 'notification', id: 'n', branchId: 'bj', userId: 'u2' }, viewer)).toBe(false);
  });

  it('fails closed on a change that names no branch', () => {
    expect(visibleTo({ kind: 'deadline', id: 'd', branchId: null, userId: null }, viewer)).toBe(false);
  });
});

describe('parseLivePayload', () => {
  it('reads the trigger payload and drops anything else', () => {
    expect(parseLivePayload('{"k":"case","id":"x","b":"bj"}')).toEqual({
      kind: 'case',
      id: 'x',
      branchId: 'bj',
      userId: null,
    });
    for (const bad of [
      undefined,
      '',
      'nope',
      '[]',
      '{"k":"other","id":"x"}',
      '{"k":"case"}',
      '{"k":"case","id":"x","b":1}',
    ])
      expect(parseLivePayload(bad)).toBeNull();
  });
});
