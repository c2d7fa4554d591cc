import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch, queryTerms } from './terms.ts';

const chinese = fc.string({
  unit: fc.constantFrom(...'车被水淹了能赔吗理赔報案發動機進水，。 ？！ABcd12'.split('')),
  maxLength: 40,
});

describe('knowledge search terms (properties)', () => {
  it('normalising twice changes nothing, and separators never reach a term', () => {
    fc.assert(
      fc.property(chinese, (s) => {
        const n = normalizeForSearch(s);
        expect(normalizeForSearch(n)).toBe(n);
        for (const t of queryTerms(s)) expect(t).not.toMatch(/[\s，。？！]/u);
      }),
    );
  });

  it('a text and its normalised form give the same terms (traditional and full-width read as simplified)', () => {
    fc.assert(
      fc.property(chinese, (s) => {
        expect(queryTerms(normalizeForSearch(s)).sort()).toEqual(queryTerms(s).sort());
      }),
    );
  });
});
