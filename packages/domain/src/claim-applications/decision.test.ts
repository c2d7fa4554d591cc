import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../access/index.ts';
import { DomainError } from '../core/index.ts';
import {
  CLAIM_APPROVAL_LEVELS,
  type ClaimAuthorityRow,
  DEFAULT_CLAIM_AUTHORITY_TABLE,
  decisionProblems,
  internalReferencesIn,
  levelCovers,
  requiredApprovalLevel,
  validateClaimAuthorityTable,
} from './decision.ts';

const law = { source: 'law' as const, law: '《中华人民共和国保险法》', article: '第十六条' };
const clause = { source: 'contract' as const, clause: '第十二条第（三）项' };

describe('decisions', () => {
  it('a payment needs a positive amount within the payable', () => {
    expect(decisionProblems({ kind: 'pay', amountFen: 100 })).toEqual([]);
    expect(decisionProblems({ kind: 'pay', amountFen: 0 })).toEqual(['amountFen']);
    expect(decisionProblems({ kind: 'pay', amountFen: 101 }, { payableFen: 100 })).toEqual(['amountFen']);
  });

  it('a partial payment needs the reason for the reduction, citing contract or law', () => {
    expect(decisionProblems({ kind: 'partial', amountFen: 50, reasons: [] })).toEqual(['reasons']);
    expect(
      decisionProblems({
        kind: 'partial',
        amountFen: 50,
        reasons: [{ text: '部分损失属于免赔范围', basis: clause }],
      }),
    ).toEqual([]);
  });

  it('a refusal needs reasons, each citing the contract or the law, none an internal reference', () => {
    expect(decisionProblems({ kind: 'refuse', reasons: [] })).toEqual(['reasons']);
    expect(
      decisionProblems({ kind: 'refuse', reasons: [{ text: '投保时未如实告知既往病史', basis: law }] }),
    ).toEqual([]);
    expect(
      decisionProblems({
        kind: 'refuse',
        reasons: [
          { text: '', basis: law },
          { text: '见 PERIL_NOT_COVERED', basis: { source: 'contract', clause: ' ' } },
          { text: '责任免除', basis: { source: 'contract', clause: '种子 003 §(二)' } },
        ],
      }),
    ).toEqual(['reasons.0.text', 'reasons.1.text', 'reasons.1.basis', 'reasons.2.basis']);
  });

  it('finds seed sections, codes, rule ids and code names, and passes plain contract and law citations', () => {
    expect(internalReferencesIn('依据种子003规定')).toEqual(['种子003']);
    expect(internalReferencesIn('rule claim-refusal-notice')).toEqual(['claim-refusal-notice']);
    expect(internalReferencesIn('see claimsHandler')).toEqual(['claimsHandler']);
    expect(
      internalReferencesIn('《中华人民共和国保险法》第二十四条；保险合同第十二条；保单 PBJ2026000001'),
    ).toEqual([]);
  });
});

describe('approval authority by amount', () => {
  it('defaults: handler ≤ 10,000, supervisor ≤ 50,000, branch ≤ 500,000, head office above, inclusive', () => {
    validateClaimAuthorityTable(DEFAULT_CLAIM_AUTHORITY_TABLE);
    expect(requiredApprovalLevel(0)).toBe('claimsHandler');
    expect(requiredApprovalLevel(10_000_00)).toBe('claimsHandler');
    expect(requiredApprovalLevel(10_000_01)).toBe('supervisor');
    expect(requiredApprovalLevel(50_000_00)).toBe('supervisor');
    expect(requiredApprovalLevel(500_000_00)).toBe('branch');
    expect(requiredApprovalLevel(500_000_01)).toBe('headOffice');
    expect(() => requiredApprovalLevel(-1)).toThrow(DomainError);
    expect(() => requiredApprovalLevel(1.5)).toThrow(DomainError);
  });

  it('roles cover their level and those below', () => {
    expect(levelCovers('claimsHandler', 'claimsHandler')).toBe(true);
    expect(levelCovers('claimsHandler', 'supervisor')).toBe(false);
    expect(levelCovers('teamLead', 'supervisor')).toBe(true);
    expect(levelCovers('branchAdmin', 'headOffice')).toBe(false);
    expect(levelCovers('headOffice', 'branch')).toBe(true);
    expect(levelCovers('agent', 'claimsHandler')).toBe(false);
    expect(levelCovers('serviceManager', 'claimsHandler')).toBe(false);
  });

  it('refuses a table that does not rise or has no unlimited top', () => {
    const t = (maxes: (number | null)[]): ClaimAuthorityRow[] =>
      CLAIM_APPROVAL_LEVELS.map((level, i) => ({ level, maxFen: maxes[i] ?? null }));
    expect(() => validateClaimAuthorityTable(t([100, 100, 300, null]))).toThrow(DomainError);
    expect(() => validateClaimAuthorityTable(t([100, 200, 300, 400]))).toThrow(DomainError);
    expect(() => validateClaimAuthorityTable(t([0, 200, 300, null]))).toThrow(DomainError);
    expect(() => validateClaimAuthorityTable(DEFAULT_CLAIM_AUTHORITY_TABLE.slice(1))).toThrow(DomainError);
    expect(() => validateClaimAuthorityTable(t([100, 200, 300, null]))).not.toThrow();
  });

  it('is monotone on any valid table: a larger amount never needs a lower level', () => {
    const table = fc
      .uniqueArray(fc.integer({ min: 1, max: 1e12 }), { minLength: 3, maxLength: 3 })
      .map((xs) => [...xs].sort((a, b) => a - b))
      .map((xs): ClaimAuthorityRow[] =>
        CLAIM_APPROVAL_LEVELS.map((level, i) => ({ level, maxFen: xs[i] ?? null })),
      );
    const amount = fc.integer({ min: 0, max: 2e12 });
    fc.assert(
      fc.property(table, amount, amount, (tb, a, b) => {
        validateClaimAuthorityTable(tb);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const rank = (x: number) => CLAIM_APPROVAL_LEVELS.indexOf(requiredApprovalLevel(x, tb));
        expect(rank(lo)).toBeLessThanOrEqual(rank(hi));
        // Whoever may approve the larger amount may approve the smaller one.
        for (const role of ROLES)
          if (levelCovers(role, requiredApprovalLevel(hi, tb)))
            expect(levelCovers(role, requiredApprovalLevel(lo, tb))).toBe(true);
      }),
    );
  });
});
