import { describe, expect, it } from 'vitest';
import { parseBound } from './logs.ts';

describe('export periods', () => {
  it('reads days as Beijing days, both included, and ISO instants as given', () => {
    expect(parseBound('2026-12-01', false)?.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(parseBound('2026-12-01', true)?.toISOString()).toBe('2026-12-01T16:00:00.000Z');
    expect(parseBound('2026-12-01T08:00:00Z', true)?.toISOString()).toBe('2026-12-01T08:00:00.000Z');
    expect(parseBound('yesterday', false)).toBeNull();
    expect(parseBound(undefined, false)).toBeNull();
  });
});
