import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answeredWithinRings, DEFAULT_RING_SETTINGS, ringsBeforeAnswer } from './rings.ts';

const start = new Date('2026-11-22T02:00:00Z');
const after = (s: number) => new Date(start.getTime() + s * 1000);

describe('rings before answer (seed 001 第二篇 七(一))', () => {
  it.each([
    [0, 1],
    [0.001, 1],
    [5, 1],
    [5.001, 2],
    [10, 2],
    [15, 3],
    [15.001, 4],
    [60, 12],
  ])('answered %s s after the ring started is ring %s with 5 s rings', (s, rings) => {
    expect(ringsBeforeAnswer(start, after(s), 5)).toBe(rings);
  });

  it('three rings of 5 s: 15 s is in time, 15.001 s is late', () => {
    expect(answeredWithinRings(start, after(15))).toBe(true);
    expect(answeredWithinRings(start, after(15.001))).toBe(false);
    expect(answeredWithinRings(start, null)).toBeNull();
  });

  it('follows the ring length and ring count settings', () => {
    expect(answeredWithinRings(start, after(15), { ringSeconds: 4, answerWithinRings: 3 })).toBe(false);
    expect(answeredWithinRings(start, after(12), { ringSeconds: 4, answerWithinRings: 3 })).toBe(true);
    expect(answeredWithinRings(start, after(20), { ringSeconds: 5, answerWithinRings: 4 })).toBe(true);
  });

  it('an answer stamped before the ring (clock skew) counts as the first ring', () => {
    expect(ringsBeforeAnswer(start, after(-3), 5)).toBe(1);
  });

  it('within n rings exactly when the wait is at most n × ring length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600_000 }),
        fc.integer({ min: 1, max: 10 }),
        (ms, ringSeconds) => {
          const ok = answeredWithinRings(start, new Date(start.getTime() + ms), {
            ringSeconds,
            answerWithinRings: DEFAULT_RING_SETTINGS.answerWithinRings,
          });
          expect(ok).toBe(ms <= 3 * ringSeconds * 1000);
        },
      ),
    );
  });
});
