import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './matcher.ts';
import {
  DEFAULT_ALLOW_CONTEXTS,
  DEFAULT_FORBIDDEN_PHRASES,
  parseForbiddenPhrases,
  STANDARD_SITUATIONS,
} from './phrases.ts';
import { fillTemplate } from './template.ts';

/**
 * The guard measured (issue 15 part 3): every standard phrase and alternative passes, every listed variant is
 * caught as its phrase, and the false positives on an ordinary corpus of customer-service sentences (written
 * from the seeds' setting) are exactly the ones docs/PERFORMANCE.md reports.
 */
const matcher = compileMatcher(DEFAULT_FORBIDDEN_PHRASES, {
  allowContexts: DEFAULT_ALLOW_CONTEXTS.map((a) => a.context),
});
const lines = (file: string) =>
  readFileSync(new URL(`./corpus/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
const vars = {
  lineName: '人保财险',
  agentNo: '1024',
  surname: '王',
  title: '先生',
  hours: '24',
  branchName: '石家庄分公司',
  department: '理赔部',
  request: '尽快拿到赔款',
};

describe('forbidden-phrase variants', () => {
  it('passes every standard phrase of the pack and every alternative', () => {
    const standard = STANDARD_SITUATIONS.flatMap((s) =>
      s.steps.flatMap((st) => [st.say, ...(st.or ?? [])].map((line) => fillTemplate(line, vars))),
    );
    const alternatives = DEFAULT_FORBIDDEN_PHRASES.map((p) => fillTemplate(p.alternative, vars));
    const flagged = [...standard, ...alternatives].filter((t) => matcher.find(t).length > 0);
    expect(standard.length).toBeGreaterThan(25);
    expect(flagged).toEqual([]);
  });

  it('catches every listed variant as its phrase', () => {
    const cases = lines('variants.zh-CN.txt').map((l) => l.split('\t') as [string, string]);
    const missed = cases.filter(([id, text]) => !matcher.find(text).some((h) => h.phraseId === id));
    expect(cases.length).toBeGreaterThanOrEqual(35);
    expect(missed).toEqual([]);
  });

  it('flags only the documented sentences of the ordinary corpus (docs/PERFORMANCE.md)', () => {
    const corpus = lines('ordinary.zh-CN.txt');
    const flagged = corpus.filter((t) => matcher.find(t).length > 0);
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(flagged).toEqual([]);
  });

  it('catches 这不归我管 over the whole clause, not a neighbouring clause', () => {
    expect(matcher.find('这不归我管')).toEqual([{ phraseId: 'not-my-business', start: 1, end: 5 }]);
    // the gap never crosses a clause boundary: 你好 + ，+ 我找领导 is not "你…找…领导"
    expect(matcher.find('你好，我马上找领导核实')).toEqual([]);
    // the agent acting for the customer is not sending them away
    expect(matcher.find('我帮您找领导核实一下')).toEqual([]);
  });

  it('reports the exact phrase once, not also its core', () => {
    expect(matcher.find('这个问题不归我管')).toEqual([{ phraseId: 'not-my-business', start: 0, end: 8 }]);
  });

  it('leaves allow-contexts silent for variants too', () => {
    expect(matcher.find('如果您不知道保单号，可以提供车牌号')).toEqual([]);
  });

  it('refuses a variant without words on both sides of a gap, in the pack and in the matcher', () => {
    const pack = (variant: string) => ({
      phrases: [{ ...DEFAULT_FORBIDDEN_PHRASES[3]!, variants: [variant] }],
    });
    expect(() => parseForbiddenPhrases(pack('…不归我管'))).toThrow('PHRASE_PACK_INVALID');
    expect(parseForbiddenPhrases(pack('不归…管')).phrases[0]!.variants).toEqual(['不归…管']);
    expect(() => compileMatcher([{ id: 'x', phrase: '不归我管', variants: ['！…管'] }])).toThrow(
      'PHRASE_VARIANT_INVALID',
    );
  });
});
