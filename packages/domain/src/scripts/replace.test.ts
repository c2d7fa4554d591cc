import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './matcher.ts';
import { DEFAULT_ALLOW_CONTEXTS, DEFAULT_FORBIDDEN_PHRASES } from './phrases.ts';
import { CLAUSE_BOUNDARY, replaceClause } from './replace.ts';
import { AGENT_ACTS, GAP, VARIANT_GAP } from './variants.ts';

const matcher = compileMatcher(DEFAULT_FORBIDDEN_PHRASES, {
  allowContexts: DEFAULT_ALLOW_CONTEXTS.map((a) => a.context),
});
const alternativeOf = (id: string) => DEFAULT_FORBIDDEN_PHRASES.find((p) => p.id === id)!.alternative;
const ordinary = readFileSync(new URL('./corpus/ordinary.zh-CN.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');

/** Replaces hits one at a time, as an agent clicking 替换 would, until none is left. */
const replaceAll = (text: string): string => {
  let t = text;
  for (let guard = 0; guard < 20; guard++) {
    const hit = matcher.find(t)[0];
    if (!hit) return t;
    t = replaceClause(t, hit.start, hit.end, alternativeOf(hit.phraseId)).text;
  }
  return t;
};

describe('replaceClause', () => {
  it('replaces the whole clause, so no broken tail like 着办吧 is left', () => {
    const text = '我也没办法，你自己看着办吧。';
    const hit = matcher.find(text).find((h) => h.phraseId === 'see-for-yourself')!;
    const r = replaceClause(text, hit.start, hit.end, alternativeOf('see-for-yourself'));
    expect(r.text).toBe('我也没办法，我来为您逐项说明，麻烦您记录一下，好吗？');
    expect(r.text.slice(r.start, r.end)).toBe(alternativeOf('see-for-yourself'));
  });

  it('reads well after every hit is replaced', () => {
    expect(replaceAll('王先生，这不归我管，你找我们领导去吧。')).toBe(
      '王先生，这个问题由相关部门负责办理，我马上帮您联系，请您稍等，好吗？很抱歉，多谢您反映的意见，我们会尽快向上级部门反映，并在{hours}小时之内给您明确的答复，好吗？',
    );
  });

  it('keeps the closing comma when the alternative does not end a sentence', () => {
    expect(replaceClause('这不归我管，谢谢', 1, 5, '我来帮您联系').text).toBe('我来帮您联系，谢谢');
  });

  it('keeps a line break after the clause', () => {
    expect(replaceClause('这不归我管\n第二行', 1, 5, '好的。').text).toBe('好的。\n第二行');
  });

  const clauses = fc.array(fc.constantFrom(...ordinary), { maxLength: 4 });
  const forbiddenText = fc.constantFrom(
    '这不归我管',
    '你自己看着办吧',
    '我也没有办法',
    '你到法院去告',
    '你找我们领导吧',
    '这个我不大清楚',
  );

  it('property: replacing every hit leaves no hit, keeps the ordinary clauses and never doubles punctuation', () => {
    fc.assert(
      fc.property(clauses, forbiddenText, clauses, (before, bad, after) => {
        const text = [...before, `${bad}。`, ...after].join('');
        const result = replaceAll(text);
        expect(matcher.find(result)).toEqual([]);
        for (const c of [...before, ...after]) expect(result).toContain(c.slice(0, -1));
        for (let i = 1; i < result.length; i++) {
          const pair = CLAUSE_BOUNDARY.includes(result[i - 1]!) && CLAUSE_BOUNDARY.includes(result[i]!);
          expect(pair, result).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('variant gaps (property)', () => {
  // Neutral filler: no clause boundary, no word of acting for the customer, no letters of the phrases' cores.
  const filler = fc
    .array(fc.constantFrom(...'真的其实就是还那个'), { minLength: 0, maxLength: VARIANT_GAP })
    .map((cs) => cs.join(''));
  const variant = fc.constantFrom(
    ...DEFAULT_FORBIDDEN_PHRASES.flatMap((p) => (p.variants ?? []).map((v) => ({ id: p.id, v }))),
  );

  it('catches a variant with up to VARIANT_GAP characters in each gap, inside a sentence', () => {
    fc.assert(
      fc.property(
        variant,
        fc.array(filler, { minLength: 4, maxLength: 4 }),
        fc.constantFrom(...ordinary),
        (x, gaps, s) => {
          const parts = x.v.split(GAP);
          const said = parts.map((p, i) => (i === 0 ? p : gaps[i - 1]! + p)).join('');
          const text = `${s}${said}。`;
          expect(matcher.find(text).some((h) => h.phraseId === x.id)).toBe(true);
        },
      ),
    );
  });

  it('does not count an occurrence right after a word of acting for the customer', () => {
    for (const w of AGENT_ACTS)
      expect(matcher.find(`我${w}您找我们领导`).map((h) => h.phraseId)).not.toContain('go-to-my-leader');
  });
});
