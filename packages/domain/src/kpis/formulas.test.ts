import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTER_NAMES, type KpiCounters, sumCounters, zeroCounters } from './counters.ts';
import { KPI_DEFINITIONS, KPI_IDS } from './definitions.ts';
import { callCounters, kpiValue, kpiValues } from './formulas.ts';

const at = (s: number) => new Date(Date.UTC(2026, 11, 7, 1, 0, s));

const counterArb: fc.Arbitrary<KpiCounters> = fc
  .record(
    Object.fromEntries(COUNTER_NAMES.map((n) => [n, fc.nat(10_000)])) as Record<string, fc.Arbitrary<number>>,
  )
  .map((r) => r as KpiCounters);

describe('KPI formulas', () => {
  it('every definition reads counters that exist and cites a source', () => {
    for (const id of KPI_IDS) {
      const d = KPI_DEFINITIONS[id];
      expect(COUNTER_NAMES).toContain(d.numerator);
      if (d.denominator) expect(COUNTER_NAMES).toContain(d.denominator);
      expect(d.source.length).toBeGreaterThan(5);
      expect(d.label.zh && d.label.en && d.formula.zh && d.formula.en).toBeTruthy();
    }
  });

  it('0 of 0 is no value, not 0 %', () => {
    const v = kpiValues(zeroCounters());
    expect(v.satisfaction.value).toBeNull();
    expect(v.averageSpeedOfAnswer.value).toBeNull();
    expect(v.forbiddenPhraseHits.value).toBe(0);
  });

  it('a call that rang and was never answered is offered, abandoned and a 3-ring miss', () => {
    const missed = callCounters({
      ringStartedAt: at(0),
      answeredAt: null,
      endedAt: at(40),
      answeredWithinRings: null,
    });
    const quick = callCounters({
      ringStartedAt: at(0),
      answeredAt: at(8),
      endedAt: at(128),
      answeredWithinRings: true,
    });
    const c = sumCounters([missed, quick]);
    const v = kpiValues(c);
    expect(v.answeredWithinRings).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(v.abandonment.value).toBe(0.5);
    expect(v.averageSpeedOfAnswer.value).toBe(8);
    expect(v.averageHandlingTime.value).toBe(120);
  });

  it('a call still ringing counts as offered and unanswered; an answered call not yet ended has no handling time', () => {
    const ringing = callCounters({
      ringStartedAt: at(0),
      answeredAt: null,
      endedAt: null,
      answeredWithinRings: null,
    });
    const talking = callCounters({
      ringStartedAt: at(0),
      answeredAt: at(20),
      endedAt: null,
      answeredWithinRings: false,
    });
    const c = sumCounters([ringing, talking]);
    expect(c).toMatchObject({
      callsOffered: 2,
      callsAbandoned: 1,
      callsAnswered: 1,
      callsHandled: 0,
      handleMs: 0,
    });
    expect(kpiValue('answeredWithinRings', c).value).toBe(0);
  });

  it('rates stay between 0 and 1 when the numerator is a part of the denominator', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ wait: fc.option(fc.nat(120), { nil: null }), talk: fc.nat(900) })),
        (calls) => {
          const c = sumCounters(
            calls.map(({ wait, talk }) =>
              callCounters({
                ringStartedAt: at(0),
                answeredAt: wait === null ? null : at(wait),
                endedAt: wait === null ? null : at(wait + talk),
                answeredWithinRings: wait === null ? null : wait <= 15,
              }),
            ),
          );
          for (const id of ['answeredWithinRings', 'abandonment'] as const) {
            const v = kpiValue(id, c).value;
            if (calls.length === 0) expect(v).toBeNull();
            else {
              expect(v).toBeGreaterThanOrEqual(0);
              expect(v).toBeLessThanOrEqual(1);
            }
          }
          // Every offered call is either answered or abandoned.
          expect(c.callsAnswered + c.callsAbandoned).toBe(c.callsOffered);
        },
      ),
    );
  });

  it('a period is the sum of its days: the ratio of sums, never the mean of daily ratios', () => {
    fc.assert(
      fc.property(counterArb, counterArb, (a, b) => {
        const total = sumCounters([a, b]);
        for (const id of KPI_IDS) {
          const d = KPI_DEFINITIONS[id];
          const v = kpiValue(id, total);
          expect(v.numerator).toBe(a[d.numerator] + b[d.numerator]);
          if (d.denominator && v.value !== null)
            expect(v.value).toBeCloseTo(
              ((a[d.numerator] + b[d.numerator]) / total[d.denominator]) * d.scale,
              9,
            );
        }
      }),
    );
  });
});
