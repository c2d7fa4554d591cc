import { describe, expect, it } from 'vitest';
import { opsPerSecond } from './measure.ts';
import { seededRandom } from './random.ts';
import { judge } from './types.ts';

describe('bench harness', () => {
  it('repeats the same inputs for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('measures a positive rate and judges it against targets', () => {
    expect(opsPerSecond((i) => i * 2, { warmupMs: 5, durationMs: 20 })).toBeGreaterThan(0);
    const base = { name: 'x', unit: 'ops/s', value: 100, baselineName: 'y', baselineValue: 2 };
    expect(judge({ ...base, target: { value: 50, ratio: 50 } })).toMatchObject({ ratio: 50, pass: true });
    expect(judge({ ...base, target: { ratio: 60 } }).pass).toBe(false);
    expect(judge(base).pass).toBeUndefined();
  });
});
