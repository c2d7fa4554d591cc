import { describe, expect, it } from 'vitest';
import { addressLimiter } from './address-limit.ts';

describe('addressLimiter', () => {
  it('allows max attempts per address in a window, counts addresses apart, and starts again next window', () => {
    const allow = addressLimiter(3, 60_000);
    const t = 1_000_000;
    expect([1, 2, 3, 4].map(() => allow('10.0.0.1', t))).toEqual([true, true, true, false]);
    expect(allow('10.0.0.2', t + 10)).toBe(true);
    expect(allow('10.0.0.1', t + 59_999)).toBe(false);
    expect(allow('10.0.0.1', t + 60_000)).toBe(true);
  });
});
