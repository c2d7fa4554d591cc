import { describe, expect, it } from 'vitest';
import type { KpiValue } from './api.ts';
import { outcomesOf } from './call-outcomes.ts';
import { chartNumber, formatKpi } from './format.ts';

const v = (id: KpiValue['id'], value: number | null, numerator = 0, denominator: number | null = null) => ({
  id,
  value,
  numerator,
  denominator,
});

describe('KPI formatting on the home pages', () => {
  it('shows rates as percentages, times in seconds, counts whole, and nothing measured as null', () => {
    expect(formatKpi(v('answeredWithinRings', 0.875))).toBe('87.5 %');
    expect(formatKpi(v('averageSpeedOfAnswer', 8.857))).toBe('8.9 s');
    expect(formatKpi(v('forbiddenPhraseHits', 6))).toBe('6');
    expect(formatKpi(v('satisfaction', null))).toBeNull();
    expect(formatKpi(v('unknownKpi' as KpiValue['id'], 1))).toBeNull();
    expect(chartNumber(v('abandonment', 0.0769))).toBe(7.7);
  });

  it('splits the offered calls into in 3 rings, late and never answered', () => {
    const values = [
      v('answeredWithinRings', 0.5, 3, 6),
      v('averageSpeedOfAnswer', 9, 36_000, 4),
      v('abandonment', 2 / 6, 2, 6),
    ];
    expect(outcomesOf(values)).toEqual([3, 1, 2]);
  });
});
