import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSameLoss, sameLossWindow } from './same-loss.ts';

const at = (iso: string) => new Date(iso);

describe('isSameLoss (seed 003 §(二) 报案记录查询 1)', () => {
  it('is the same loss on the same policy within 24 hours, inclusive', () => {
    const a = { policyId: 'p1', occurredAt: at('2026-11-22T00:00:00Z') };
    expect(isSameLoss(a, { policyId: 'p1', occurredAt: at('2026-11-23T00:00:00Z') })).toBe(true);
    expect(isSameLoss(a, { policyId: 'p1', occurredAt: at('2026-11-23T00:00:00.001Z') })).toBe(false);
    expect(isSameLoss(a, { policyId: 'p2', occurredAt: a.occurredAt })).toBe(false);
  });

  it('honours the window setting', () => {
    const a = { policyId: 'p1', occurredAt: at('2026-11-22T00:00:00Z') };
    const b = { policyId: 'p1', occurredAt: at('2026-11-22T03:00:00Z') };
    expect(isSameLoss(a, b, { windowHours: 2 })).toBe(false);
    expect(isSameLoss(a, b, { windowHours: 3 })).toBe(true);
  });

  it('is symmetric and agrees with the storage window', () => {
    const t = fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(t, t, fc.constantFrom('p1', 'p2'), fc.integer({ min: 0, max: 72 }), (x, y, pid, w) => {
        const a = { policyId: 'p1', occurredAt: x };
        const b = { policyId: pid, occurredAt: y };
        const s = { windowHours: w };
        expect(isSameLoss(a, b, s)).toBe(isSameLoss(b, a, s));
        const win = sameLossWindow(x, s);
        const inWindow = y.getTime() >= win.from.getTime() && y.getTime() <= win.to.getTime();
        expect(isSameLoss(a, b, s)).toBe(pid === 'p1' && inWindow);
      }),
    );
  });
});
