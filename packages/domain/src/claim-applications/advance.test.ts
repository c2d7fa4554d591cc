import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advancePaymentProblems, settlementOf } from './advance.ts';
import { decisionProblems } from './decision.ts';

const ok = { amountFen: 3_000_00, payee: '李明', basis: '已核实的住院收据' };

describe('advance payment (Insurance Law art. 25)', () => {
  it('is a positive exact amount within what can be owed, with a payee and a basis', () => {
    expect(advancePaymentProblems(ok, { capFen: 3_000_00 })).toEqual([]);
    expect(advancePaymentProblems({ ...ok, amountFen: 3_000_01 }, { capFen: 3_000_00 })).toEqual([
      'advanceAmountFen',
    ]);
    expect(advancePaymentProblems({ amountFen: 0.5, payee: ' ', basis: '' }, { capFen: 3_000_00 })).toEqual([
      'advanceAmountFen',
      'payee',
      'basis',
    ]);
  });

  it('is deducted from the payment: the balance plus the advance is the decided amount', () => {
    expect(settlementOf(10_000_00, 3_000_00)).toEqual({
      decidedFen: 10_000_00,
      advanceFen: 3_000_00,
      balanceFen: 7_000_00,
    });
    fc.assert(
      fc.property(fc.nat(1e12), fc.nat(1e12), (decided, adv) => {
        const s = settlementOf(Math.max(decided, adv), adv);
        expect(s.balanceFen + s.advanceFen).toBe(s.decidedFen);
      }),
    );
  });

  it('binds the decision: at least the advance, and no outright refusal after one', () => {
    expect(decisionProblems({ kind: 'pay', amountFen: 2_000_00 }, { advanceFen: 3_000_00 })).toEqual([
      'amountFen',
    ]);
    expect(decisionProblems({ kind: 'pay', amountFen: 3_000_00 }, { advanceFen: 3_000_00 })).toEqual([]);
    const reasons = [{ text: '不属保险责任', basis: { source: 'contract' as const, clause: '第五条' } }];
    expect(decisionProblems({ kind: 'refuse', reasons }, { advanceFen: 1 })).toEqual(['outcome']);
  });
});
