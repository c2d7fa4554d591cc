import { describe, expect, it } from 'vitest';
import { planActuals, targetMet, targetProblem } from './plans.ts';

describe('plan targets', () => {
  it('keeps percentages within 0–100 and times positive', () => {
    expect(targetProblem('satisfaction', 95)).toBeNull();
    expect(targetProblem('satisfaction', 120)).toBe('above100');
    expect(targetProblem('avgResponseSeconds', -1)).toBe('negative');
    expect(targetProblem('avgHandlingMinutes', 8)).toBeNull();
  });
});

describe('plan against actual', () => {
  it('turns KPI ratios into percentages and handling seconds into minutes', () => {
    const a = planActuals(
      {
        satisfaction: 0.912,
        problemResolution: null,
        complaintTimeliness: 1,
        averageSpeedOfAnswer: 12.34,
        averageHandlingTime: 390,
      },
      82.55,
    );
    expect(a).toEqual({
      satisfaction: 91.2,
      resolutionRate: null,
      complaintOnTime: 100,
      avgResponseSeconds: 12.3,
      avgHandlingMinutes: 6.5,
      knowledgeScore: 82.6,
    });
  });
  it.each([
    ['satisfaction', 95, 96, true],
    ['satisfaction', 95, 94.9, false],
    ['avgResponseSeconds', 15, 15, true],
    ['avgResponseSeconds', 15, 15.1, false],
    ['avgHandlingMinutes', 6, null, null],
    ['knowledgeScore', null, 80, null],
  ] as const)('%s target %s actual %s → met %s', (kpi, target, actual, met) => {
    expect(targetMet(kpi, target, actual)).toBe(met);
  });
});
