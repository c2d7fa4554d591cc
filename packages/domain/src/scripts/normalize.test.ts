import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizationTable, normalizeForMatching, normalizeWithPositions, SKIP } from './normalize.ts';

describe('normalisation for matching', () => {
  it('skips whitespace, ASCII and CJK punctuation, symbols and format characters', () => {
    for (const s of [
      '不 知 道',
      '不-知-道',
      '不，知道',
      '不。知。道',
      '不\u200b知道',
      '不\u3000知道',
      '不…知道',
      '不★知道',
      '不\n知\t道',
    ]) {
      expect(normalizeForMatching(s)).toBe('不知道');
    }
  });

  it('treats emoji (astral symbols) as separators', () => {
    expect(normalizeForMatching('不😀知道')).toBe('不知道');
  });

  it('folds full width, case and traditional characters', () => {
    expect(normalizeForMatching('ＡＢｃ１２３')).toBe('abc123');
    expect(normalizeForMatching('我也不知道該怎麼辦')).toBe('我也不知道该怎么办');
    expect(normalizeForMatching('這個問題不歸我管')).toBe('这个问题不归我管');
    expect(normalizeForMatching('找保監會解決')).toBe('找保监会解决');
    expect(normalizeForMatching('你到法院告去')).toBe('你到法院告去');
    // Taiwan variant form 偽 → 伪, but simplified 什么 is not rewritten by the Taiwan table (么 → 幺).
    expect(normalizeForMatching('偽造')).toBe('伪造');
    expect(normalizeForMatching('什么')).toBe('什么');
  });

  it('keeps plain simplified text as it is (minus separators)', () => {
    const s = '您好请问有什么可以帮助您对不起让您久等了我们理赔人员马上会与您联系';
    expect(normalizeForMatching(s)).toBe(s);
  });

  it('maps every code unit to a fixed point: normalising twice changes nothing (property)', () => {
    const table = normalizationTable();
    const notFixed: number[] = [];
    for (let c = 0; c < 65536; c++) {
      const m = table[c]!;
      if (m !== SKIP && table[m] !== m) notFixed.push(c);
    }
    expect(notFixed).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const once = normalizeForMatching(s);
        expect(normalizeForMatching(once)).toBe(once);
      }),
    );
  });

  it('reports the original position of every kept unit', () => {
    const { normalized, positions } = normalizeWithPositions('你，不 知道');
    expect(normalized).toBe('你不知道');
    expect(positions).toEqual([0, 2, 4, 5]);
  });
});
