import { describe, expect, it } from 'vitest';
import { DomainError, fixedClock } from './index.ts';

describe('fixedClock', () => {
  it('returns the frozen instant until moved', () => {
    const clock = fixedClock('2026-11-22T01:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-11-22T01:00:00.000Z');
    clock.advance(90_000);
    expect(clock.now().toISOString()).toBe('2026-11-22T01:01:30.000Z');
    clock.set('2027-01-01T00:00:00Z');
    expect(clock.now().getUTCFullYear()).toBe(2027);
  });
  it('hands out copies so callers cannot move time', () => {
    const clock = fixedClock('2026-11-22T01:00:00Z');
    clock.now().setTime(0);
    expect(clock.now().getTime()).not.toBe(0);
  });
});

describe('DomainError', () => {
  it('carries a stable code and details', () => {
    const e = new DomainError('X_CODE', { a: 1 });
    expect(e.code).toBe('X_CODE');
    expect(e.details).toEqual({ a: 1 });
  });
});
