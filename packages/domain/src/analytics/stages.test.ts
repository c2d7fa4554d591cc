import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketBounds, bucketOf, periodProblem, WAIT_BUCKET_IDS } from './stages.ts';

describe('wait buckets', () => {
  it('put a bound in the lower bucket', () => {
    expect(bucketOf(0.5)).toBe('d1');
    expect(bucketOf(1)).toBe('d1');
    expect(bucketOf(3)).toBe('d3');
    expect(bucketOf(3.01)).toBe('d10');
    expect(bucketOf(61)).toBe('over60');
  });

  it('agree with their bounds for any age', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (days) => {
        const { fromDays, toDays } = bucketBounds(bucketOf(days));
        expect(days > fromDays && days <= toDays).toBe(true);
      }),
    );
  });

  it('cover every age once', () => {
    const bounds = WAIT_BUCKET_IDS.map(bucketBounds);
    for (let i = 1; i < bounds.length; i++) expect(bounds[i]?.fromDays).toBe(bounds[i - 1]?.toDays);
  });
});

describe('period', () => {
  it('is a year at most, start not after end', () => {
    expect(periodProblem('2026-01-01', '2026-12-31')).toBe(false);
    expect(periodProblem('2026-12-01', '2026-11-01')).toBe(true);
    expect(periodProblem('2025-01-01', '2026-12-31')).toBe(true);
    expect(periodProblem('2026-13-01', '2026-12-31')).toBe(true);
  });
});
