import { describe, expect, it } from 'vitest';
import { claimTimeLimitEnds, claimTimeLimitLastDay, withinClaimTimeLimit } from './claim-time-limit.ts';
import { preliminaryCheck } from './preliminary-check.ts';

// Beijing local times written as UTC instants: 2026-03-01 00:00 CST = 2026-02-28T16:00Z.
const policy = {
  periodStart: new Date('2025-12-31T16:00:00Z'), // 2026-01-01 00:00 CST
  periodEnd: new Date('2026-12-31T16:00:00Z'), // 2026-12-31 24:00 CST
  coveredPerils: ['collision', 'flood', 'typhoon'],
  line: 'nonLife' as const,
};

describe('claim time limit (Insurance Law art. 26; Civil Code arts. 201-203)', () => {
  it('runs 2 years for non-life and 5 for life from the day the claimant knew', () => {
    const knew = new Date('2024-03-15T02:00:00Z');
    expect(claimTimeLimitLastDay(knew, 'nonLife')).toBe('2026-03-15');
    expect(claimTimeLimitLastDay(knew, 'life')).toBe('2029-03-15');
  });

  it('ends at 24:00 Beijing time of the last day', () => {
    const knew = new Date('2024-03-15T02:00:00Z');
    expect(claimTimeLimitEnds(knew, 'nonLife').toISOString()).toBe('2026-03-15T16:00:00.000Z');
    expect(withinClaimTimeLimit(knew, new Date('2026-03-15T15:59:59Z'), 'nonLife')).toBe(true);
    expect(withinClaimTimeLimit(knew, new Date('2026-03-15T16:00:00Z'), 'nonLife')).toBe(false);
  });

  it('ends on 28 February when the start was 29 February (no corresponding day)', () => {
    expect(claimTimeLimitLastDay(new Date('2024-02-29T04:00:00Z'), 'nonLife')).toBe('2026-02-28');
  });

  it('uses the Beijing date, not the UTC date, of the moment the claimant knew', () => {
    // 2024-03-15 23:30 UTC is already the 16th in Beijing.
    expect(claimTimeLimitLastDay(new Date('2024-03-15T23:30:00Z'), 'nonLife')).toBe('2026-03-16');
  });
});

describe('preliminary check (seed 003 信息初步审核)', () => {
  const ok = {
    occurredAt: new Date('2026-06-01T02:00:00Z'),
    cause: 'flood',
    knewAt: new Date('2026-06-01T02:00:00Z'),
    reportedAt: new Date('2026-06-01T05:00:00Z'),
  };

  it('passes a covered accident inside the period reported in time', () => {
    expect(preliminaryCheck(policy, ok)).toEqual({ ok: true, failures: [] });
  });

  it('fails an accident before the first day or after 24:00 of the last day', () => {
    expect(
      preliminaryCheck(policy, { ...ok, occurredAt: new Date('2025-12-31T15:59:59Z') }).failures[0]?.code,
    ).toBe('OUTSIDE_POLICY_PERIOD');
    expect(preliminaryCheck(policy, { ...ok, occurredAt: new Date('2026-12-31T15:59:59Z') }).ok).toBe(true);
    expect(
      preliminaryCheck(policy, { ...ok, occurredAt: new Date('2026-12-31T16:00:00Z') }).failures[0]?.code,
    ).toBe('OUTSIDE_POLICY_PERIOD');
  });

  it('fails a cause outside the covered perils, with a written reason', () => {
    const r = preliminaryCheck(policy, { ...ok, cause: 'earthquake' });
    expect(r.failures).toEqual([
      expect.objectContaining({ code: 'PERIL_NOT_COVERED', reasonZh: '保险事故不属于保险责任范围' }),
    ]);
  });

  it('fails a report after the claim time limit and names the last day', () => {
    const r = preliminaryCheck(policy, { ...ok, reportedAt: new Date('2028-06-02T02:00:00Z') });
    expect(r.failures[0]).toMatchObject({ code: 'CLAIM_TIME_LIMIT_EXPIRED' });
    expect(r.failures[0]?.reasonZh).toContain('2028-06-01');
  });

  it('reports every failed check at once', () => {
    const r = preliminaryCheck(policy, {
      occurredAt: new Date('2020-01-01T00:00:00Z'),
      cause: 'war',
      knewAt: new Date('2020-01-01T00:00:00Z'),
      reportedAt: new Date('2026-06-01T00:00:00Z'),
    });
    expect(r.failures.map((f) => f.code)).toEqual([
      'OUTSIDE_POLICY_PERIOD',
      'PERIL_NOT_COVERED',
      'CLAIM_TIME_LIMIT_EXPIRED',
    ]);
  });
});
