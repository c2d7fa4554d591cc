import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kpiFraction, LOW_ITEM_FRACTION, scoreAssessment, suggestedTraining } from './scoring.ts';
import { DEFAULT_TEMPLATE_ITEMS, type TemplateItem, templateProblems } from './template.ts';

const items: TemplateItem[] = [
  { kind: 'kpi', kpi: 'satisfaction', weight: 40, target: 0.95, floor: 0.7 },
  { kind: 'kpi', kpi: 'averageSpeedOfAnswer', weight: 30, target: 10, floor: 60 },
  { kind: 'qualitative', id: 'serviceAttitude', weight: 30 },
];

describe('KPI item scoring (seed 002 §五(二)1)', () => {
  it.each([
    // value, target, floor, fraction
    [0.95, 0.95, 0.7, 1],
    [1, 0.95, 0.7, 1],
    [0.7, 0.95, 0.7, 0],
    [0.5, 0.95, 0.7, 0],
    [0.825, 0.95, 0.7, 0.5],
    [10, 10, 60, 1],
    [35, 10, 60, 0.5],
    [90, 10, 60, 0],
  ])('value %d, target %d, floor %d → %d', (v, t, f, want) => {
    expect(kpiFraction(v, t, f)).toBeCloseTo(want, 9);
  });

  it('is always within [0, 1] and monotone in the good direction', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        (v, t, f, step) => {
          fc.pre(t !== f);
          const a = kpiFraction(v, t, f);
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(1);
          // Moving toward the target never lowers the score.
          const better = v + Math.sign(t - f) * step;
          expect(kpiFraction(better, t, f)).toBeGreaterThanOrEqual(a - 1e-9);
        },
      ),
    );
  });
});

describe('scoreAssessment', () => {
  it('weighs KPI and qualitative items into a total out of 100', () => {
    const s = scoreAssessment(
      items,
      { satisfaction: 0.825, averageSpeedOfAnswer: 10 },
      { serviceAttitude: 4 },
    );
    // 40 × 0.5 + 30 × 1 + 30 × 0.8 = 74
    expect(s.total).toBe(74);
    expect(s.items.map((i) => i.points)).toEqual([20, 30, 24]);
    expect(s.lowItems).toEqual(['kpi:satisfaction']);
    expect(suggestedTraining(s)).toEqual(['serviceSkills']);
  });

  it('an item with nothing measured leaves the base instead of scoring zero', () => {
    const s = scoreAssessment(
      items,
      { satisfaction: null, averageSpeedOfAnswer: 10 },
      { serviceAttitude: 5 },
    );
    expect(s.items[0]?.points).toBeNull();
    expect(s.total).toBe(100);
    expect(scoreAssessment(items, {}, {}).total).toBeNull();
  });

  it('the total is within [0, 100] and low items are exactly those under the line', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.integer({ min: 0, max: 5 }),
        (sat, asa, att) => {
          const s = scoreAssessment(
            DEFAULT_TEMPLATE_ITEMS,
            { satisfaction: sat, averageSpeedOfAnswer: asa },
            {
              serviceAttitude: att,
            },
          );
          expect(s.total).not.toBeNull();
          expect(s.total!).toBeGreaterThanOrEqual(0);
          expect(s.total!).toBeLessThanOrEqual(100);
          for (const i of s.items) expect(i.low).toBe(i.fraction !== null && i.fraction < LOW_ITEM_FRACTION);
        },
      ),
    );
  });
});

describe('templateProblems', () => {
  it('accepts the default template and refuses weights that do not add to 100 or a repeated item', () => {
    expect(
      templateProblems({ periodKind: 'month', name: { zh: 'a', en: 'a' }, items: DEFAULT_TEMPLATE_ITEMS }),
    ).toEqual([]);
    const bad = templateProblems({
      periodKind: 'month',
      name: { zh: 'a', en: 'a' },
      items: [items[0]!, items[0]!],
    });
    expect(bad.map((p) => p.kind).sort()).toEqual(['DUPLICATE_ITEM', 'WEIGHTS_NOT_100']);
  });
});
