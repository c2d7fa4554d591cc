import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPROVAL_LEVELS,
  approvalLevelOf,
  DEFAULT_AUTHORITY_TABLE,
  levelCovers,
  requiredApprovalLevel,
  validateAuthorityTable,
} from './authority.ts';
import {
  COMPLEXITIES,
  classifyComplaint,
  DEFAULT_CLASSIFICATION_MATRIX,
  handlerRank,
  raiseHandlerRole,
  URGENCIES,
} from './classification.ts';
import { DEFAULT_COMPLAINT_CLOCK, decisionLimitDays, nextExtension, validateClockRules } from './clock.ts';

describe('classification matrix', () => {
  it.each([
    ['normal', 'simple', 'agent'],
    ['normal', 'complex', 'teamLead'],
    ['normal', 'veryComplex', 'supervisor'],
    ['urgent', 'simple', 'teamLead'],
    ['urgent', 'complex', 'teamLead'],
    ['urgent', 'veryComplex', 'supervisor'],
    ['critical', 'simple', 'supervisor'],
    ['critical', 'complex', 'supervisor'],
    ['critical', 'veryComplex', 'supervisor'],
  ] as const)('%s × %s → %s', (urgency, complexity, handlerRole) => {
    expect(
      classifyComplaint(DEFAULT_CLASSIFICATION_MATRIX, { urgency, complexity, source: 'customer' }),
    ).toEqual({
      handlerRole,
    });
  });

  it('never lowers the level as urgency or complexity grows', () => {
    for (let u = 0; u < URGENCIES.length; u++)
      for (let c = 0; c < COMPLEXITIES.length; c++) {
        const here = handlerRank(DEFAULT_CLASSIFICATION_MATRIX[URGENCIES[u]!][COMPLEXITIES[c]!].handlerRole);
        if (u > 0)
          expect(here).toBeGreaterThanOrEqual(
            handlerRank(DEFAULT_CLASSIFICATION_MATRIX[URGENCIES[u - 1]!][COMPLEXITIES[c]!].handlerRole),
          );
        if (c > 0)
          expect(here).toBeGreaterThanOrEqual(
            handlerRank(DEFAULT_CLASSIFICATION_MATRIX[URGENCIES[u]!][COMPLEXITIES[c - 1]!].handlerRole),
          );
      }
  });

  it('lifts a regulator-transferred complaint to at least team lead', () => {
    expect(
      classifyComplaint(DEFAULT_CLASSIFICATION_MATRIX, {
        urgency: 'normal',
        complexity: 'simple',
        source: 'regulator',
      }),
    ).toEqual({ handlerRole: 'teamLead' });
  });

  it('gives every major complaint to the supervisor, whatever the cell (seed 002 §二(三)6, 办法 art. 29)', () => {
    for (const urgency of URGENCIES)
      for (const complexity of COMPLEXITIES)
        for (const source of ['customer', 'regulator'] as const)
          expect(
            classifyComplaint(DEFAULT_CLASSIFICATION_MATRIX, { urgency, complexity, source, major: true }),
          ).toEqual({ handlerRole: 'supervisor' });
  });

  it('raises the handler one level on escalation and stops at the top', () => {
    expect(raiseHandlerRole('agent')).toBe('teamLead');
    expect(raiseHandlerRole('teamLead')).toBe('supervisor');
    expect(raiseHandlerRole('supervisor')).toBe('supervisor');
  });
});

describe('approval authority table', () => {
  it.each([
    [0, 'normal', 'teamLead'],
    [1_000, 'normal', 'teamLead'],
    [1_000.01, 'normal', 'supervisor'],
    [0, 'urgent', 'supervisor'],
    [10_000, 'urgent', 'supervisor'],
    [10_001, 'normal', 'branch'],
    [0, 'critical', 'branch'],
    [50_000, 'critical', 'branch'],
    [50_000.01, 'normal', 'headOffice'],
    [5_000_000, 'critical', 'headOffice'],
  ] as const)('%d CNY, %s → %s', (amount, severity, level) => {
    expect(requiredApprovalLevel(DEFAULT_AUTHORITY_TABLE, { amount, severity })).toBe(level);
  });

  it('refuses a negative or non-finite amount', () => {
    expect(() => requiredApprovalLevel(DEFAULT_AUTHORITY_TABLE, { amount: -1, severity: 'normal' })).toThrow(
      'REMEDY_AMOUNT_INVALID',
    );
    expect(() =>
      requiredApprovalLevel(DEFAULT_AUTHORITY_TABLE, { amount: Number.NaN, severity: 'normal' }),
    ).toThrow('REMEDY_AMOUNT_INVALID');
  });

  it('maps roles to levels; agents approve nothing; a higher level covers a lower one', () => {
    expect(approvalLevelOf('agent')).toBeNull();
    expect(approvalLevelOf('teamLead')).toBe('teamLead');
    expect(approvalLevelOf('branchAdmin')).toBe('branch');
    expect(levelCovers('branch', 'supervisor')).toBe(true);
    expect(levelCovers('supervisor', 'branch')).toBe(false);
    expect(levelCovers(null, 'teamLead')).toBe(false);
  });

  it('a larger amount or a worse severity never needs a lower level (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 1e7, noNaN: true }),
        fc.constantFrom(...URGENCIES),
        (a, b, severity) => {
          const lo = requiredApprovalLevel(DEFAULT_AUTHORITY_TABLE, { amount: Math.min(a, b), severity });
          const hi = requiredApprovalLevel(DEFAULT_AUTHORITY_TABLE, { amount: Math.max(a, b), severity });
          expect(APPROVAL_LEVELS.indexOf(hi)).toBeGreaterThanOrEqual(APPROVAL_LEVELS.indexOf(lo));
        },
      ),
    );
  });

  it('validates a table: the default passes, a gap or a limited top fails', () => {
    expect(() => validateAuthorityTable(DEFAULT_AUTHORITY_TABLE)).not.toThrow();
    expect(() =>
      validateAuthorityTable(
        DEFAULT_AUTHORITY_TABLE.map((r) => (r.level === 'headOffice' ? { ...r, maxAmount: 1 } : r)),
      ),
    ).toThrow('COMPLAINT_RULES_INVALID');
    expect(() =>
      validateAuthorityTable(
        DEFAULT_AUTHORITY_TABLE.map((r) => (r.level === 'branch' ? { ...r, maxAmount: 500 } : r)),
      ),
    ).toThrow('COMPLAINT_RULES_INVALID');
  });
});

describe('regulatory clock rules', () => {
  const rules = DEFAULT_COMPLAINT_CLOCK;
  it('defaults to 15 / 30 / +30 natural days (办法 arts. 18, 43)', () => {
    expect([rules.unit, rules.baseDays, rules.complexTotalDays, rules.veryComplexExtraDays]).toEqual([
      'naturalDays',
      15,
      30,
      30,
    ]);
    expect([0, 1, 2].map((s) => decisionLimitDays(rules, s))).toEqual([15, 30, 60]);
  });

  it('allows stage 1 for complex complaints with supervisor approval', () => {
    expect(nextExtension(rules, 'simple', 0)).toBeNull();
    expect(nextExtension(rules, null, 0)).toBeNull();
    expect(nextExtension(rules, 'complex', 0)).toEqual({
      stage: 1,
      totalDays: 30,
      approverLevel: 'supervisor',
      noticeToComplainant: false,
    });
    expect(nextExtension(rules, 'complex', 1)).toBeNull();
  });

  it('allows stage 2 only for very complex complaints, with head-office approval and notice', () => {
    expect(nextExtension(rules, 'veryComplex', 1)).toEqual({
      stage: 2,
      totalDays: 60,
      approverLevel: 'headOffice',
      noticeToComplainant: true,
    });
    expect(nextExtension(rules, 'veryComplex', 2)).toBeNull();
  });

  it('validates settings', () => {
    expect(() => validateClockRules(rules)).not.toThrow();
    expect(() => validateClockRules({ ...rules, unit: 'workingDays' })).not.toThrow();
    expect(() => validateClockRules({ ...rules, complexTotalDays: 10 })).toThrow('COMPLAINT_RULES_INVALID');
    expect(() => validateClockRules({ ...rules, unit: 'elapsedHours' as never })).toThrow(
      'COMPLAINT_RULES_INVALID',
    );
    expect(() => validateClockRules({ ...rules, satisfiedFromScore: 6 })).toThrow('COMPLAINT_RULES_INVALID');
  });
});
