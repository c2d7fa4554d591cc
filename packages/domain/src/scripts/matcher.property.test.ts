import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type PhraseHit, type PhraseInput } from './matcher.ts';
import { normalizeForMatching, normalizeWithPositions } from './normalize.ts';
import { DEFAULT_FORBIDDEN_PHRASES } from './phrases.ts';

/**
 * The definition, written the slow and obvious way: normalise the whole text keeping original positions, find
 * every occurrence of every phrase with startsWith, drop hits covered by an allow-context occurrence.
 */
const reference = (
  phrases: PhraseInput[],
  contexts: string[],
  text: string,
  normalize: boolean,
): PhraseHit[] => {
  const { normalized, positions } = normalize
    ? normalizeWithPositions(text)
    : { normalized: text, positions: Array.from({ length: text.length }, (_, i) => i) };
  const prep = (s: string) => (normalize ? normalizeForMatching(s) : s);
  const occurrences = (pattern: string) => {
    const found: [number, number][] = [];
    for (let k = 0; k + pattern.length <= normalized.length; k++) {
      if (normalized.startsWith(pattern, k))
        found.push([positions[k]!, positions[k + pattern.length - 1]! + 1]);
    }
    return found;
  };
  const covers = contexts.flatMap((c) => occurrences(prep(c)));
  return phrases
    .flatMap((p, order) =>
      occurrences(prep(p.phrase)).map(([start, end]) => ({ phraseId: p.id, start, end, order })),
    )
    .filter((h) => !covers.some(([s, e]) => s <= h.start && h.end <= e))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order)
    .map(({ phraseId, start, end }) => ({ phraseId, start, end }));
};

// A small alphabet makes overlaps, repeats and near-misses frequent; it includes look-alikes (們/们, Ａ/a)
// and separators (space, full-width comma, hyphen, ideographic space, an emoji).
const LETTERS = ['不', '知', '道', '你', '我', '们', '們', 'a', 'Ａ'];
const SEPARATORS = [' ', '，', '-', '\u3000', '😀'];
const letter = fc.constantFrom(...LETTERS);
const word = fc.array(letter, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
const text = fc.array(fc.constantFrom(...LETTERS, ...SEPARATORS), { maxLength: 60 }).map((cs) => cs.join(''));
const phraseList = fc
  .array(word, { minLength: 1, maxLength: 6 })
  .map((ws) => ws.map((phrase, i) => ({ id: `p${i}`, phrase })));

describe('matcher properties', () => {
  it.each([
    ['auto', true],
    ['walk', true],
    ['auto', false],
    ['walk', false],
  ] as const)('agrees with the reference on random texts (%s layout, normalise %s)', (layout, normalize) => {
    fc.assert(
      fc.property(
        phraseList,
        fc.array(fc.tuple(word, fc.nat(), word), { maxLength: 2 }),
        text,
        (ps, raw, t) => {
          // Allow-contexts are phrases with letters around them, so they always contain a phrase and are longer.
          const contexts = raw.map(([before, k, after]) => before + ps[k % ps.length]!.phrase + after);
          const m = compileMatcher(ps, { allowContexts: contexts, normalize, layout });
          expect(m.find(t)).toEqual(reference(ps, contexts, t, normalize));
          expect(m.test(t)).toBe(m.find(t).length > 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  const filler = fc
    .array(fc.constantFrom(...'您好请问有什么可以帮助对不起让久等了，。我们理赔人员马上会与联系'), {
      maxLength: 40,
    })
    .map((cs) => cs.join(''));
  const defaultPhrase = fc.constantFrom(...DEFAULT_FORBIDDEN_PHRASES);
  const matcher = compileMatcher(DEFAULT_FORBIDDEN_PHRASES);
  // A variant occurrence may widen the hit (我 + 我也没办法 is one hit of 我…没…办法), never lose it.
  const covered = (hits: PhraseHit[], id: string, start: number, end: number) =>
    hits.some((h) => h.phraseId === id && h.start <= start && end <= h.end);

  it('finds a default phrase inserted anywhere in random text at its position', () => {
    fc.assert(
      fc.property(filler, fc.nat(), defaultPhrase, (t, at, p) => {
        const k = at % (t.length + 1);
        const hits = matcher.find(t.slice(0, k) + p.phrase + t.slice(k));
        expect(covered(hits, p.id, k, k + p.phrase.length)).toBe(true);
      }),
    );
  });

  it('still finds it with separators inserted between its characters', () => {
    const sep = fc.array(fc.constantFrom(' ', '，', '-', '·', '\u3000', '\u200b', '😀', '！'), {
      maxLength: 3,
    });
    fc.assert(
      fc.property(
        filler,
        fc.nat(),
        defaultPhrase,
        fc.array(sep, { minLength: 8, maxLength: 8 }),
        (t, at, p, seps) => {
          const k = at % (t.length + 1);
          const chars = Array.from(p.phrase);
          const disguised = chars.map((c, i) => c + (i < chars.length - 1 ? seps[i]!.join('') : '')).join('');
          const hits = matcher.find(t.slice(0, k) + disguised + t.slice(k));
          expect(covered(hits, p.id, k, k + disguised.length)).toBe(true);
        },
      ),
    );
  });
});
