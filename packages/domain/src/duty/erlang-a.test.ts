import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangA, erlangAAgents } from './erlang-a.ts';
import { erlangC, erlangCAgents, erlangCServiceLevel } from './erlang-c.ts';
import { lnGamma, logPalmSum } from './gamma.ts';

/*
 * Expected values computed for this test by a method that shares nothing with the code under test: the birth–death
 * chain of M/M/N+M truncated 150 places past N and solved exactly in 30-digit arithmetic (mpmath), P(abandon) =
 * θ·E[queue]/λ (Little's law), and "answered within t" by the matrix exponential of the tagged caller's own chain
 * (callers ahead leaving by service or abandonment, the caller's own patience as a killing rate).
 * A = 10 Erlangs, AHT 180 s, t = 20 s.
 */
const REFERENCE = [
  { n: 12, patience: 120, pWait: 0.279807019, pAbandon: 0.061597377, sl: 0.825582644 },
  { n: 11, patience: 180, pWait: 0.41696025, pAbandon: 0.083414011, sl: 0.705371007 },
  { n: 9, patience: 60, pWait: 0.5249054, pAbandon: 0.2132238, sl: 0.627025334 },
  { n: 14, patience: 600, pWait: 0.155927339, pAbandon: 0.008817192, sl: 0.906618446 },
] as const;

describe('Erlang A against an independent computation', () => {
  it.each(REFERENCE)('N = $n, patience $patience s', ({ n, patience, pWait, pAbandon, sl }) => {
    const r = erlangA({ agents: n, traffic: 10, ahtSeconds: 180, patienceSeconds: patience }, 20);
    expect(r.pWait).toBeCloseTo(pWait, 8);
    expect(r.pAbandon).toBeCloseTo(pAbandon, 8);
    expect(r.serviceLevel).toBeCloseTo(sl, 8);
  });

  it('is defined when traffic exceeds the agents: abandonment keeps the queue finite', () => {
    // Fluid limit: with long patience at most N of A Erlangs are served, so 1 − 400/480 of callers hang up.
    const r = erlangA({ agents: 400, traffic: 480, ahtSeconds: 180, patienceSeconds: 1e7 }, 20);
    expect(r.pAbandon).toBeCloseTo(1 - 400 / 480, 6);
    expect(Number.isFinite(r.serviceLevel)).toBe(true);
  });

  it('the classic example needs 12 agents instead of 14 when callers hang up after 2 minutes on average', () => {
    const target = { serviceLevel: 0.8, answerSeconds: 20 };
    expect(erlangCAgents(10, 180, target)).toBe(14);
    expect(erlangAAgents(10, 180, 120, target)).toBe(12);
    expect(erlangAAgents(10, 180, 120, { ...target, maxAbandon: 0.02 })).toBeGreaterThan(12);
  });

  it('infinite patience is Erlang C', () => {
    const r = erlangA(
      { agents: 14, traffic: 10, ahtSeconds: 180, patienceSeconds: Number.POSITIVE_INFINITY },
      20,
    );
    expect(r.serviceLevel).toBe(erlangCServiceLevel(14, 10, 180, 20));
    expect(r.pAbandon).toBe(0);
  });
});

describe('Erlang A properties', () => {
  it('tends to Erlang C as patience grows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 200, noNaN: true }),
        fc.integer({ min: 1, max: 20 }),
        (a, extra) => {
          const n = Math.ceil(a) + extra;
          const r = erlangA({ agents: n, traffic: a, ahtSeconds: 180, patienceSeconds: 180 * 1e7 }, 20);
          return (
            Math.abs(r.pWait - erlangC(n, a)) < 1e-5 &&
            Math.abs(r.serviceLevel - erlangCServiceLevel(n, a, 180, 20)) < 1e-5 &&
            r.pAbandon < 1e-5
          );
        },
      ),
    );
  });

  it('abandonment falls as agents are added', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 300, noNaN: true }),
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 5, max: 3600, noNaN: true }),
        (a, n, patience) => {
          const at = (agents: number) =>
            erlangA({ agents, traffic: a, ahtSeconds: 240, patienceSeconds: patience }, 20).pAbandon;
          return at(n + 1) <= at(n) + 1e-12;
        },
      ),
    );
  });

  it('never needs more agents than Erlang C for the same target', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 300, noNaN: true }),
        fc.double({ min: 10, max: 1800, noNaN: true }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        (a, patience, sl) => {
          const target = { serviceLevel: sl, answerSeconds: 20 };
          return erlangAAgents(a, 180, patience, target) <= erlangCAgents(a, 180, target);
        },
      ),
    );
  });

  it('every figure stays in [0, 1] for hundreds of agents', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 800 }),
        fc.double({ min: 0.3, max: 1.5, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        (n, rho, patience) => {
          const r = erlangA({ agents: n, traffic: n * rho, ahtSeconds: 300, patienceSeconds: patience }, 30);
          return [r.pWait, r.pAbandon, r.serviceLevel, r.pVirtualWaitOver].every(
            (p) => Number.isFinite(p) && p >= 0 && p <= 1,
          );
        },
      ),
    );
  });
});

describe('the special function', () => {
  it('lnGamma matches factorials', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 12);
    expect(lnGamma(11)).toBeCloseTo(Math.log(3_628_800), 10);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(lnGamma(0.1)).toBeCloseTo(2.252712651734206, 10); // Γ(0.1) = Γ(1.1)/0.1, Γ(1.1) = 0.9513507699 (Abramowitz & Stegun table 6.1)
  });

  it('the series and the continued fraction agree where they meet', () => {
    // A(x, z) is continuous in z; the two branches switch at z = x + 1.
    for (const x of [0.5, 3, 40, 900]) {
      const below = logPalmSum(x, x + 1 - 1e-9).logA;
      const above = logPalmSum(x, x + 1).logA;
      expect(Math.abs(below - above)).toBeLessThan(1e-7);
    }
  });
});
