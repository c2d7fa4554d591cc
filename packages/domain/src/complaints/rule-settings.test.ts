import { describe, expect, it } from 'vitest';
import { type AuthorityRow, DEFAULT_AUTHORITY_TABLE } from './authority.ts';
import { DEFAULT_CLASSIFICATION_MATRIX } from './classification.ts';
import {
  COMPLAINT_CLOCK_FIELDS,
  type ComplaintRuleSettings,
  complaintRulesProblems,
  DEFAULT_COMPLAINT_RULES,
  diffComplaintRules,
  STATUTE_DAYS,
} from './rule-settings.ts';

const withClock = (over: Partial<ComplaintRuleSettings['clock']>): ComplaintRuleSettings => ({
  ...DEFAULT_COMPLAINT_RULES,
  clock: { ...DEFAULT_COMPLAINT_RULES.clock, ...over },
});
const paths = (r: ComplaintRuleSettings) => complaintRulesProblems(r).map((p) => p.path.join('.'));

describe('complaint rule settings', () => {
  it('has no problem with the defaults, and every default clock value inside its bounds, with a source', () => {
    expect(complaintRulesProblems(DEFAULT_COMPLAINT_RULES)).toEqual([]);
    for (const f of COMPLAINT_CLOCK_FIELDS) {
      expect(f.source.zh.length).toBeGreaterThan(4);
      const v = DEFAULT_COMPLAINT_RULES.clock[f.key];
      if (typeof v === 'number') {
        expect(v).toBeGreaterThanOrEqual(f.min);
        expect(v).toBeLessThanOrEqual(f.max);
      }
    }
  });

  it('caps the days at the Measures art. 18 ¶1 (15, 30 in all, 30 more) and cites the article', () => {
    const bound = (key: string) => COMPLAINT_CLOCK_FIELDS.find((f) => f.key === key);
    expect(bound('baseDays')?.max).toBe(STATUTE_DAYS.base);
    expect(bound('complexTotalDays')?.max).toBe(30);
    expect(bound('veryComplexExtraDays')?.max).toBe(30);
    expect(bound('veryComplexExtraDays')?.maxReason?.zh).toContain('第十八条');
  });

  it('refuses a complex total shorter than the base limit', () => {
    expect(paths(withClock({ baseDays: 10, complexTotalDays: 9 }))).toEqual(['clock.complexTotalDays']);
    expect(paths(withClock({ baseDays: 10, complexTotalDays: 10 }))).toEqual([]);
  });

  it('refuses a matrix that sends a more urgent complaint to a lower level, not one that stays in order', () => {
    // urgent × simple down to agent: still no lower than normal × simple (agent), so accepted.
    const matrix = {
      ...DEFAULT_CLASSIFICATION_MATRIX,
      urgent: { ...DEFAULT_CLASSIFICATION_MATRIX.urgent, simple: { handlerRole: 'agent' as const } },
    };
    expect(complaintRulesProblems({ ...DEFAULT_COMPLAINT_RULES, matrix })).toEqual([]);
    // critical × simple down to agent: below urgent × simple (team lead).
    const bad = {
      ...DEFAULT_CLASSIFICATION_MATRIX,
      critical: { ...DEFAULT_CLASSIFICATION_MATRIX.critical, simple: { handlerRole: 'agent' as const } },
    };
    const p = complaintRulesProblems({ ...DEFAULT_COMPLAINT_RULES, matrix: bad });
    expect(p.map((x) => x.path.join('.'))).toEqual(['matrix.critical.simple.handlerRole']);
    expect(p[0]?.en).toContain('lower level');
  });

  it('refuses an authority table whose amounts or severities fall by level, or a limited head office', () => {
    const [t, s, b, h] = DEFAULT_AUTHORITY_TABLE as [AuthorityRow, AuthorityRow, AuthorityRow, AuthorityRow];
    const falling = [t, { ...s, maxAmount: 500 }, b, h];
    const problems = complaintRulesProblems({ ...DEFAULT_COMPLAINT_RULES, authority: falling });
    expect(problems.map((p) => p.path.join('.'))).toEqual(['authority.1.maxAmount']);
    expect(problems[0]?.zh).toBe('金额上限须随级别递增：主管低于组长');
    const limited = [t, s, b, { ...h, maxAmount: 1e6 }];
    expect(paths({ ...DEFAULT_COMPLAINT_RULES, authority: limited })).toEqual(['authority.3.maxAmount']);
    expect(paths({ ...DEFAULT_COMPLAINT_RULES, authority: [h, b, s, t] })).toEqual(['authority']);
  });

  it('diffs value by value with stable keys', () => {
    expect(diffComplaintRules(DEFAULT_COMPLAINT_RULES, DEFAULT_COMPLAINT_RULES)).toEqual([]);
    const after: ComplaintRuleSettings = {
      ...withClock({ unit: 'workingDays', baseDays: 10 }),
      matrix: {
        ...DEFAULT_CLASSIFICATION_MATRIX,
        normal: { ...DEFAULT_CLASSIFICATION_MATRIX.normal, complex: { handlerRole: 'supervisor' } },
      },
    };
    expect(diffComplaintRules(DEFAULT_COMPLAINT_RULES, after)).toEqual([
      { key: 'clock.unit', from: 'naturalDays', to: 'workingDays' },
      { key: 'clock.baseDays', from: 15, to: 10 },
      { key: 'matrix.normal.complex', from: 'teamLead', to: 'supervisor' },
    ]);
  });
});
