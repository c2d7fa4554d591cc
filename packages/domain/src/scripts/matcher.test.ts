import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/index.ts';
import { compileMatcher, type PhraseHit } from './matcher.ts';
import { normalizeForMatching } from './normalize.ts';
import { DEFAULT_FORBIDDEN_PHRASES, defaultForbiddenPhraseMatcher } from './phrases.ts';

const phrases = (...list: string[]) => list.map((phrase, i) => ({ id: `p${i}`, phrase }));
const show = (text: string, hits: PhraseHit[]) =>
  hits.map((h) => `${h.phraseId}:${text.slice(h.start, h.end)}`);
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
  }
  return null;
};

describe.each(['auto', 'walk'] as const)('compileMatcher (%s layout)', (layout) => {
  it('finds every default forbidden phrase in a sentence, at its position', () => {
    const m = compileMatcher(DEFAULT_FORBIDDEN_PHRASES, { layout });
    for (const p of DEFAULT_FORBIDDEN_PHRASES) {
      const text = `先生，${p.phrase}，请您理解。`;
      const hits = m.find(text);
      expect(hits).toContainEqual({ phraseId: p.id, start: 3, end: 3 + p.phrase.length });
    }
  });

  it('reports overlapping and nested occurrences, ordered by start then end', () => {
    const m = compileMatcher(phrases('不知道', '知道', '我也不知道该怎么办', '道该'), { layout });
    const text = '我也不知道该怎么办';
    expect(m.find(text)).toEqual([
      { phraseId: 'p2', start: 0, end: 9 },
      { phraseId: 'p0', start: 2, end: 5 },
      { phraseId: 'p1', start: 3, end: 5 },
      { phraseId: 'p3', start: 4, end: 6 },
    ]);
    const aa = compileMatcher(phrases('啊啊', '啊啊啊'), { layout });
    expect(show('啊啊啊啊', aa.find('啊啊啊啊'))).toEqual([
      'p0:啊啊',
      'p1:啊啊啊',
      'p0:啊啊',
      'p1:啊啊啊',
      'p0:啊啊',
    ]);
  });

  it('sees through full width, traditional characters and separators, with original positions', () => {
    const m = compileMatcher(phrases('不知道', 'abc', '这个问题不归我管'), { layout });
    const text = '唉，不 知-道！ＡＢＣ，這個問題不歸我管。不😀知道';
    expect(show(text, m.find(text))).toEqual([
      'p0:不 知-道',
      'p1:ＡＢＣ',
      'p2:這個問題不歸我管',
      'p0:不😀知道',
    ]);
    // Separators around a match are not part of it.
    expect(m.find(' 不知道 ')).toEqual([{ phraseId: 'p0', start: 1, end: 4 }]);
  });

  it('matches code units exactly when normalisation is off', () => {
    const m = compileMatcher(phrases('不知道'), { normalize: false, layout });
    expect(m.find('不 知道，不知道，不知道')).toEqual([
      { phraseId: 'p0', start: 5, end: 8 },
      { phraseId: 'p0', start: 9, end: 12 },
    ]);
  });

  it('suppresses a hit covered by an allow-context occurrence, and only that hit', () => {
    const m = compileMatcher(phrases('不清楚', '清楚'), { allowContexts: ['如有不清楚'], layout });
    expect(show('如有不清楚的地方', m.find('如有不清楚的地方'))).toEqual([]);
    const text = '我不清楚。如有不清楚的地方';
    expect(show(text, m.find(text))).toEqual(['p0:不清楚', 'p1:清楚']);
    // The allow-context is normalised too, and must cover the whole hit.
    expect(m.find('如 有 不 清 楚')).toEqual([]);
    const n = compileMatcher(phrases('不知道'), { allowContexts: ['不知道您'], layout });
    expect(n.find('不知道您')).toEqual([]);
    expect(n.find('我不知道')).toHaveLength(1);
    expect(n.test('不知道您')).toBe(false);
    expect(n.test('我不知道')).toBe(true);
  });

  it('refuses empty phrases, duplicate ids, astral phrases and allow-contexts without a phrase', () => {
    expect(codeOf(() => compileMatcher(phrases('，。'), { layout }))).toBe('FORBIDDEN_PHRASE_EMPTY');
    expect(codeOf(() => compileMatcher([...phrases('a'), ...phrases('b')], { layout }))).toBe(
      'FORBIDDEN_PHRASE_DUPLICATE_ID',
    );
    expect(codeOf(() => compileMatcher(phrases('不😀'), { layout }))).toBe(
      'FORBIDDEN_PHRASE_UNSUPPORTED_CHARACTER',
    );
    expect(codeOf(() => compileMatcher(phrases('不知道'), { allowContexts: ['不知'], layout }))).toBe(
      'ALLOW_CONTEXT_WITHOUT_PHRASE',
    );
    expect(codeOf(() => compileMatcher(phrases('不知道'), { allowContexts: ['不知道'], layout }))).toBe(
      'ALLOW_CONTEXT_WITHOUT_PHRASE',
    );
  });

  it('handles empty text, phrases at both ends and single-character phrases', () => {
    const m = compileMatcher(phrases('滚', '不知道'), { layout });
    expect(m.find('')).toEqual([]);
    expect(show('不知道滚', m.find('不知道滚'))).toEqual(['p1:不知道', 'p0:滚']);
    expect(m.test('您好')).toBe(false);
  });
});

describe('defaultForbiddenPhraseMatcher', () => {
  it('flags the default phrases but not their allow-listed readings', () => {
    const m = defaultForbiddenPhraseMatcher();
    expect(m.find('如果您不知道保单号，可以提供车牌号。')).toEqual([]);
    expect(m.find('如有不太清楚的地方，请随时来电。')).toEqual([]);
    const text = '这个我也不知道，你自己看吧。';
    expect(show(text, m.find(text))).toEqual(['dont-know:不知道', 'see-for-yourself:你自己看']);
    const hit = m.find('我真的不知道')[0]!;
    expect(normalizeForMatching('我真的不知道'.slice(hit.start, hit.end))).toBe('不知道');
  });
});
