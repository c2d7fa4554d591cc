import type { Label } from '../workflow/index.ts';
import { type ApplicantRelation, type ClaimType, DEATH_CLAIM_TYPES } from './vocabulary.ts';

/**
 * What the desk knows when it checks who holds the right to the benefit (保险金请求权, seed 003 §(四) 1:
 * "确认其是否具有保险金请求权"). The name comparisons are made by the server (blind index or decryption); the rule
 * only sees their outcome.
 */
export type EntitlementFacts = {
  claimType: ClaimType;
  relation: ApplicantRelation;
  /** The applicant's name and ID number are the insured's on the policy. */
  isInsured: boolean;
  /** The policy names at least one beneficiary. */
  beneficiariesNamed: boolean;
  /** The applicant's name is one of the beneficiaries the policy names. */
  isNamedBeneficiary: boolean;
  /** The insured is under 18 on the day of the application, or declared without capacity. */
  insuredNeedsGuardian: boolean;
};

export const ENTITLEMENT_REFUSALS = {
  NOT_THE_INSURED: {
    zh: '申请人与保单被保险人的姓名或身份证号码不一致',
    en: 'The applicant’s name or ID number is not the insured’s on the policy',
  },
  INSURED_DECEASED: {
    zh: '身故保险金不能由被保险人本人申请',
    en: 'A death benefit cannot be claimed by the insured',
  },
  NOT_NAMED_BENEFICIARY: {
    zh: '申请人不是保单指定的受益人',
    en: 'The applicant is not a beneficiary named in the policy',
  },
  NO_BENEFICIARY_NAMED: {
    zh: '保单未指定受益人，身故保险金由被保险人的继承人申请',
    en: 'The policy names no beneficiary: the insured’s heirs claim the death benefit',
  },
  BENEFICIARY_NAMED: {
    zh: '保单已指定受益人，身故保险金应由受益人申请，继承人不享有请求权',
    en: 'The policy names a beneficiary, who claims the death benefit; heirs hold no claim',
  },
  LIVING_BENEFIT_TO_INSURED: {
    zh: '该类保险金由被保险人本人（或其监护人）申请',
    en: 'This benefit is claimed by the insured (or the insured’s guardian)',
  },
  NO_GUARDIANSHIP: {
    zh: '被保险人已成年且具有民事行为能力，应由本人申请',
    en: 'The insured is an adult with full capacity and claims in person',
  },
  NOT_ENTITLED_RELATION: {
    zh: '申请人不享有保险金请求权，请由被保险人、受益人或其监护人、继承人申请',
    en: 'The applicant holds no claim; the insured, a beneficiary, their guardian or heirs must apply',
  },
} as const satisfies Record<string, Label>;
export type EntitlementRefusal = keyof typeof ENTITLEMENT_REFUSALS;

export type EntitlementResult =
  | { ok: true; basis: string }
  | { ok: false; code: EntitlementRefusal; reason: Label };

const refuse = (code: EntitlementRefusal): EntitlementResult => ({
  ok: false,
  code,
  reason: ENTITLEMENT_REFUSALS[code],
});

// Insurance Law art. 18 ¶3: 受益人 is named by the policyholder or insured to receive the benefit.
const ART_18 = '保险法第十八条第三款';
// Insurance Law art. 42: with no beneficiary named, the benefit is the insured's estate (heirs claim it).
const ART_42 = '保险法第四十二条';
// Insurance Law art. 12 ¶5: the insured holds the claim to the benefit.
const ART_12 = '保险法第十二条第五款';
// Civil Code arts. 23, 27, 28: the guardian is the legal representative of a minor or a person without capacity.
const CIVIL_23 = '民法典第二十三条';

/** Death benefits: the named beneficiary, or the heirs when no beneficiary is named. */
const deathBenefit = (f: EntitlementFacts): EntitlementResult => {
  if (f.relation === 'beneficiary') {
    if (!f.beneficiariesNamed) return refuse('NO_BENEFICIARY_NAMED');
    return f.isNamedBeneficiary ? { ok: true, basis: ART_18 } : refuse('NOT_NAMED_BENEFICIARY');
  }
  if (f.relation === 'heir')
    return f.beneficiariesNamed ? refuse('BENEFICIARY_NAMED') : { ok: true, basis: ART_42 };
  if (f.relation === 'insured') return refuse('INSURED_DECEASED');
  return refuse('NOT_ENTITLED_RELATION');
};

/** Medical, injury, disability, burn and property benefits: the insured, or the guardian of one who needs one. */
const livingBenefit = (f: EntitlementFacts): EntitlementResult => {
  if (f.relation === 'insured') return f.isInsured ? { ok: true, basis: ART_12 } : refuse('NOT_THE_INSURED');
  if (f.relation === 'guardian')
    return f.insuredNeedsGuardian ? { ok: true, basis: CIVIL_23 } : refuse('NO_GUARDIANSHIP');
  if (f.relation === 'beneficiary' || f.relation === 'heir') return refuse('LIVING_BENEFIT_TO_INSURED');
  return refuse('NOT_ENTITLED_RELATION');
};

/** Whether this applicant holds the claim to this benefit, and why not when refused (zh/en). */
export const entitlement = (f: EntitlementFacts): EntitlementResult =>
  DEATH_CLAIM_TYPES.includes(f.claimType) ? deathBenefit(f) : livingBenefit(f);

/** Under 18 on `today` (Civil Code art. 17: 十八周岁以上的自然人为成年人); both are YYYY-MM-DD local days. */
export const isMinorOn = (birthDate: string, today: string): boolean => {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const adult = `${String(y + 18).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return today < adult;
};
