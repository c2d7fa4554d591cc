import { describe, expect, it } from 'vitest';
import { majorCaseReasons } from './major-case.rules.ts';
import {
  CLAIM_RULE_FIELDS,
  type ClaimRules,
  claimRuleField,
  claimRuleValue,
  DEFAULT_CLAIM_RULES,
  diffClaimRules,
} from './rule-settings.ts';

const facts = {
  deaths: 0,
  outcomeUncertain: false,
  disputeTakenTo: [],
  mediaInvolved: false,
  litigation: 'none',
} as const;

describe('claim rule settings', () => {
  it('lists each editable rule once, with a source, and the defaults inside their bounds', () => {
    const keys = CLAIM_RULE_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of CLAIM_RULE_FIELDS) {
      expect(f.source.zh.length).toBeGreaterThan(4);
      expect(f.source.en.length).toBeGreaterThan(4);
      const v = claimRuleValue(DEFAULT_CLAIM_RULES, f.key);
      if (typeof v === 'number') {
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(f.min);
        expect(v).toBeLessThanOrEqual(f.max);
      } else expect(v.length).toBeLessThanOrEqual(f.max);
    }
  });

  it('keeps the statutory claim time limits (Insurance Law art. 26) as the lowest allowed values', () => {
    expect(claimRuleField('claimTimeLimitYears.nonLife').min).toBe(2);
    expect(claimRuleField('claimTimeLimitYears.life').min).toBe(5);
    expect(claimRuleField('claimTimeLimitYears.life').minReason?.zh).toContain('第二十六条');
  });

  it('"over 500,000 CNY" is strict: exactly the threshold in fen is not a major case', () => {
    const s = DEFAULT_CLAIM_RULES.majorCase;
    expect(claimRuleField('majorCase.payoutOverFen').compare).toBe('over');
    expect(majorCaseReasons({ ...facts, estimatedPayoutFen: s.payoutOverFen }, s)).toEqual([]);
    expect(majorCaseReasons({ ...facts, estimatedPayoutFen: s.payoutOverFen + 1 }, s)).toHaveLength(1);
  });

  it('diffs field by field; the causes in another order are no change', () => {
    expect(diffClaimRules(DEFAULT_CLAIM_RULES, DEFAULT_CLAIM_RULES)).toEqual([]);
    const after: ClaimRules = {
      ...DEFAULT_CLAIM_RULES,
      majorCase: { ...DEFAULT_CLAIM_RULES.majorCase, minDeaths: 3 },
      scene: { ...DEFAULT_CLAIM_RULES.scene, causesNeedingScene: ['theft', 'fire'] },
    };
    expect(diffClaimRules(DEFAULT_CLAIM_RULES, after)).toEqual([
      { key: 'majorCase.minDeaths', from: 2, to: 3 },
    ]);
    const fewer = { ...after, scene: { ...after.scene, causesNeedingScene: ['fire'] } };
    expect(diffClaimRules(DEFAULT_CLAIM_RULES, fewer).map((c) => c.key)).toEqual([
      'majorCase.minDeaths',
      'scene.causesNeedingScene',
    ]);
  });
});
