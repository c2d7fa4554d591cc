import { describe, expect, it } from 'vitest';
import { bindToLookup, type InsuredKeys } from './lookup-binding.ts';

const li: InsuredKeys = { id: 'p1', nameKey: 'name-li', idKey: 'id-li' };
const wang1: InsuredKeys = { id: 'p2', nameKey: 'name-wang', idKey: 'id-wang-1' };
const wang2: InsuredKeys = { id: 'p3', nameKey: 'name-wang', idKey: 'id-wang-2' };
const wang1Again: InsuredKeys = { id: 'p4', nameKey: 'name-wang', idKey: 'id-wang-1' };

describe('bindToLookup (seed 003 §(二) 报案记录查询)', () => {
  it('refuses a policy the look-up did not return, and any policy after a look-up that found none', () => {
    const byNo = { by: 'policyNo' as const, policyIds: ['p1'], insuredPersons: 1 };
    expect(bindToLookup(byNo, wang1, [li])).toEqual({ ok: false, code: 'CLAIM_POLICY_NOT_IN_LOOKUP' });
    const none = { by: 'policyNo' as const, policyIds: [], insuredPersons: 1 };
    expect(bindToLookup(none, li, [])).toEqual({ ok: false, code: 'CLAIM_POLICY_NOT_IN_LOOKUP' });
  });

  it('binds a returned policy, without identity check when one person is concerned', () => {
    expect(bindToLookup({ by: 'policyNo', policyIds: ['p1'], insuredPersons: 1 }, li, [li])).toEqual({
      ok: true,
      confirmIdentity: false,
    });
    // Two policies of the same person are no same-name confusion.
    const lookup = { by: 'insuredName' as const, policyIds: ['p2', 'p4'], insuredPersons: 1 };
    expect(bindToLookup(lookup, wang1, [wang1, wang1Again])).toEqual({ ok: true, confirmIdentity: false });
  });

  it('asks for the ID number when the name look-up counted several insured persons', () => {
    const lookup = { by: 'insuredName' as const, policyIds: ['p2', 'p3'], insuredPersons: 2 };
    expect(bindToLookup(lookup, wang1, [wang1, wang2])).toEqual({ ok: true, confirmIdentity: true });
    // Counted in the branch subtree even when only one of them was returned.
    const one = { by: 'insuredName' as const, policyIds: ['p2'], insuredPersons: 2 };
    expect(bindToLookup(one, wang1, [wang1])).toEqual({ ok: true, confirmIdentity: true });
  });

  it('asks for it too when another kind of look-up returned two people of the chosen name', () => {
    const byPlate = { by: 'plate' as const, policyIds: ['p1', 'p2', 'p3'], insuredPersons: 1 };
    expect(bindToLookup(byPlate, wang2, [li, wang1, wang2])).toEqual({ ok: true, confirmIdentity: true });
    expect(bindToLookup(byPlate, li, [li, wang1, wang2])).toEqual({ ok: true, confirmIdentity: false });
  });
});
