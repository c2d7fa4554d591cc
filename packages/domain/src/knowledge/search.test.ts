import { describe, expect, it } from 'vitest';
import { EVAL_QUESTIONS, SEED_ARTICLES } from './data.ts';
import { buildIndex, recallAt, searchIndex } from './ranking.ts';
import { normalizeForSearch, queryTerms } from './terms.ts';

const index = buildIndex(new Map(SEED_ARTICLES.map((a) => [a.key, a])));

describe('knowledge search terms', () => {
  it('cuts a customer sentence into words, bigrams and concepts', () => {
    const t = queryTerms('车被水淹了能赔吗');
    expect(t).toEqual(expect.arrayContaining(['水淹', '被水', '~flood', '~pay']));
    // Function words are not terms on their own.
    expect(t).not.toContain('了');
    expect(t).not.toContain('吗');
  });

  it('reads traditional and full-width text as simplified', () => {
    expect(normalizeForSearch('車被水淹了，能賠嗎？ＡＢ')).toBe('车被水淹了 能赔吗 ab');
    expect(queryTerms('車被水淹了')).toContain('~flood');
  });
});

describe('knowledge ranking on the seeded articles', () => {
  it('puts the flood article first for 车被水淹了能赔吗', () => {
    expect(searchIndex(index, '车被水淹了能赔吗', 5)[0]).toBe('motor-flood');
  });

  it('has at least 50 articles and 50 questions whose expected articles exist', () => {
    expect(SEED_ARTICLES.length).toBeGreaterThanOrEqual(50);
    expect(EVAL_QUESTIONS.length).toBeGreaterThanOrEqual(50);
    const keys = new Set(SEED_ARTICLES.map((a) => a.key));
    for (const q of EVAL_QUESTIONS) for (const e of q.expect) expect(keys.has(e)).toBe(true);
  });

  it('finds the expected articles in the first five far more often than plain substring search', () => {
    let ours = 0;
    let substring = 0;
    for (const q of EVAL_QUESTIONS) {
      ours += recallAt(5, searchIndex(index, q.q, 5), q.expect);
      const hits = SEED_ARTICLES.filter((a) => `${a.title}${a.body}${a.questions.join()}`.includes(q.q));
      substring += recallAt(
        5,
        hits.map((a) => a.key),
        q.expect,
      );
    }
    expect(ours / EVAL_QUESTIONS.length).toBeGreaterThanOrEqual(0.9);
    expect(substring / EVAL_QUESTIONS.length).toBeLessThan(0.2);
  });
});
