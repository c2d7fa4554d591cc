import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EntitlementFacts, entitlement, isMinorOn } from './entitlement.ts';
import { APPLICANT_RELATIONS, CLAIM_TYPES, DEATH_CLAIM_TYPES } from './vocabulary.ts';

const base: EntitlementFacts = {
  claimType: 'medical',
  relation: 'insured',
  isInsured: true,
  beneficiariesNamed: false,
  isNamedBeneficiary: false,
  insuredNeedsGuardian: false,
};
const check = (f: Partial<EntitlementFacts>) => entitlement({ ...base, ...f });

describe('entitlement (保险金请求权)', () => {
  it('the insured claims medical and property benefits, by name and ID', () => {
    expect(check({})).toMatchObject({ ok: true, basis: expect.stringContaining('第十二条') });
    expect(check({ claimType: 'motorDamage' }).ok).toBe(true);
    expect(check({ isInsured: false })).toMatchObject({ ok: false, code: 'NOT_THE_INSURED' });
  });

  it('the named beneficiary claims a death benefit; another person or the insured does not', () => {
    const death = { claimType: 'death' as const, beneficiariesNamed: true };
    expect(check({ ...death, relation: 'beneficiary', isNamedBeneficiary: true }).ok).toBe(true);
    expect(check({ ...death, relation: 'beneficiary' })).toMatchObject({ code: 'NOT_NAMED_BENEFICIARY' });
    expect(check({ ...death, relation: 'insured' })).toMatchObject({ code: 'INSURED_DECEASED' });
  });

  it('heirs claim a death benefit only when no beneficiary is named (art. 42)', () => {
    expect(check({ claimType: 'accidentalDeath', relation: 'heir' }).ok).toBe(true);
    expect(check({ claimType: 'death', relation: 'heir', beneficiariesNamed: true })).toMatchObject({
      code: 'BENEFICIARY_NAMED',
    });
    expect(check({ claimType: 'death', relation: 'beneficiary' })).toMatchObject({
      code: 'NO_BENEFICIARY_NAMED',
    });
  });

  it('a guardian claims for a minor or incapacitated insured only', () => {
    expect(check({ relation: 'guardian', insuredNeedsGuardian: true, isInsured: false }).ok).toBe(true);
    expect(check({ relation: 'guardian', isInsured: false })).toMatchObject({ code: 'NO_GUARDIANSHIP' });
  });

  it('refuses everyone else with a stated reason in Chinese and English', () => {
    expect(check({ relation: 'other' })).toMatchObject({
      ok: false,
      code: 'NOT_ENTITLED_RELATION',
      reason: { zh: expect.any(String), en: expect.any(String) },
    });
    expect(check({ relation: 'beneficiary', isNamedBeneficiary: true })).toMatchObject({
      code: 'LIVING_BENEFIT_TO_INSURED',
    });
  });

  it('minority ends on the 18th birthday (Civil Code art. 17)', () => {
    expect(isMinorOn('2008-03-01', '2026-02-28')).toBe(true);
    expect(isMinorOn('2008-03-01', '2026-03-01')).toBe(false);
  });
});

const facts = fc.record({
  claimType: fc.constantFrom(...CLAIM_TYPES),
  relation: fc.constantFrom(...APPLICANT_RELATIONS),
  isInsured: fc.boolean(),
  beneficiariesNamed: fc.boolean(),
  isNamedBeneficiary: fc.boolean(),
  insuredNeedsGuardian: fc.boolean(),
});

describe('entitlement properties', () => {
  it('nobody of relation "other" is ever entitled, and every refusal says why in both languages', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const r = entitlement(f);
        if (f.relation === 'other') expect(r.ok).toBe(false);
        if (!r.ok) expect(r.reason.zh.length * r.reason.en.length).toBeGreaterThan(0);
      }),
    );
  });

  it('a death benefit goes to a named beneficiary or, only with none named, to heirs; never to the insured', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const r = entitlement(f);
        if (!DEATH_CLAIM_TYPES.includes(f.claimType) || !r.ok) return;
        expect(f.relation).not.toBe('insured');
        if (f.relation === 'heir') expect(f.beneficiariesNamed).toBe(false);
        if (f.relation === 'beneficiary') expect(f.beneficiariesNamed && f.isNamedBeneficiary).toBe(true);
      }),
    );
  });

  it('a living benefit goes to the insured by name or the guardian of one who needs one', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const r = entitlement(f);
        if (DEATH_CLAIM_TYPES.includes(f.claimType)) return;
        const allowed =
          (f.relation === 'insured' && f.isInsured) || (f.relation === 'guardian' && f.insuredNeedsGuardian);
        expect(r.ok).toBe(allowed);
      }),
    );
  });
});
