import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  erlangB,
  erlangC,
  erlangCAgents,
  erlangCAsa,
  erlangCReport,
  erlangCServiceLevel,
  occupancy,
  trafficErlangs,
} from './erlang-c.ts';

/*
 * Expected values for A = 10 Erlangs, AHT 180 s, t = 20 s. P(wait) is the published Erlang C table row for 10
 * Erlangs (68.2 %, 44.9 %, 28.5 %, 17.4 %, 10.2 % for N = 11…15); the six-digit figures were recomputed for this
 * test with exact rational arithmetic from the textbook definition
 * C = (A^N/N!·N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N!·N/(N−A)) — factorials, not the recursion under test — and
 * SL = 1 − C·e^{−(N−A)·20/180}, ASA = C·180/(N−A).
 */
const TABLE_A10 = [
  { n: 11, pWait: 0.682118, sl: 0.389614, asa: 122.7813 },
  { n: 12, pWait: 0.449388, sl: 0.640158, asa: 40.4449 },
  { n: 13, pWait: 0.28527, sl: 0.795595, asa: 17.1162 },
  { n: 14, pWait: 0.174132, sl: 0.88835, asa: 7.8359 },
  { n: 15, pWait: 0.102042, sl: 0.941453, asa: 3.6735 },
] as const;

describe('Erlang C against table values', () => {
  it.each(TABLE_A10)('A = 10, N = $n', ({ n, pWait, sl, asa }) => {
    expect(erlangC(n, 10)).toBeCloseTo(pWait, 6);
    expect(erlangCServiceLevel(n, 10, 180, 20)).toBeCloseTo(sl, 6);
    expect(erlangCAsa(n, 10, 180)).toBeCloseTo(asa, 4);
  });

  it('the classic worked example: 100 calls in 30 min, AHT 180 s, 80 % in 20 s → 14 agents', () => {
    // callcentrehelper.com, "Erlang C formula – made simple": A = 100·180/1800 = 10 Erlangs; 13 agents give
    // 79.6 % (short of 80 %), 14 give 88.8 % with ASA 7.8 s and occupancy 71.4 % (figures as in TABLE_A10).
    const a = trafficErlangs(100, 180, 1800);
    expect(a).toBe(10);
    expect(erlangCAgents(a, 180, { serviceLevel: 0.8, answerSeconds: 20 })).toBe(14);
    const r = erlangCReport(14, a, 180, 20);
    expect(r.serviceLevel).toBeCloseTo(0.888, 3);
    expect(r.asaSeconds).toBeCloseTo(7.8, 1);
    expect(r.occupancy).toBeCloseTo(0.714, 3);
  });

  it("Westbay Engineers' worked example: 360 calls / 30 min, 4 min AHT, 55 agents, 15 s", () => {
    // A = 48 Erlangs; their page gives P(wait) 0.2387, ASA 8.18 s, SL 84.6 %; recomputed exactly as above.
    const a = trafficErlangs(360, 240, 1800);
    expect(a).toBe(48);
    expect(erlangC(55, a)).toBeCloseTo(0.238701, 6);
    expect(erlangCAsa(55, a, 240)).toBeCloseTo(8.184, 3);
    expect(erlangCServiceLevel(55, a, 240, 15)).toBeCloseTo(0.845883, 6);
  });

  it('Erlang B: A = 10, N = 10 blocks 21.5 % (standard Erlang B table)', () => {
    expect(erlangB(10, 10)).toBeCloseTo(0.214582, 6);
  });

  it('an unstable queue waits always and answers nothing in time; no traffic needs nobody', () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangCServiceLevel(9, 10, 180, 20)).toBe(0);
    expect(erlangCAsa(10, 10, 180)).toBe(Number.POSITIVE_INFINITY);
    expect(erlangCAgents(0, 180, { serviceLevel: 0.8, answerSeconds: 20 })).toBe(0);
    expect(occupancy(0, 0)).toBe(0);
  });

  it('refuses a 100 % target and bad inputs', () => {
    expect(() => erlangCAgents(10, 180, { serviceLevel: 1, answerSeconds: 20 })).toThrow(RangeError);
    expect(() => erlangC(-1, 10)).toThrow(RangeError);
    expect(() => erlangC(10, Number.NaN)).toThrow(RangeError);
  });
});

describe('Erlang C properties', () => {
  const traffic = fc.double({ min: 0.1, max: 400, noNaN: true });

  it('P(wait) falls as agents are added', () => {
    fc.assert(
      fc.property(traffic, fc.integer({ min: 1, max: 50 }), (a, extra) => {
        const n = Math.floor(a) + extra;
        return erlangC(n + 1, a) <= erlangC(n, a);
      }),
    );
  });

  it('agents required never fall as the load grows', () => {
    fc.assert(
      fc.property(traffic, fc.double({ min: 0, max: 50, noNaN: true }), (a, more) => {
        const target = { serviceLevel: 0.8, answerSeconds: 20 };
        return erlangCAgents(a + more, 180, target) >= erlangCAgents(a, 180, target);
      }),
    );
  });

  it('stays finite and in [0, 1] for hundreds of agents', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 800 }),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (n, rho) => {
          const c = erlangC(n, n * rho);
          const sl = erlangCServiceLevel(n, n * rho, 300, 20);
          return Number.isFinite(c) && c >= 0 && c <= 1 && sl >= 0 && sl <= 1;
        },
      ),
    );
    // 500 agents on 480 Erlangs: 0.266513 by exact rational arithmetic (factorials of 500 overflow a double).
    expect(erlangC(500, 480)).toBeCloseTo(0.266513, 6);
  });
});
