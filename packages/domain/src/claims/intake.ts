/**
 * The order of the claim-report conversation (seed 003 §(二) 接报案询问案情 and seed 000 §(三)4): policy
 * information, then the accident, then the reporter. Each step names the line of the standard phrase pack
 * (situation `claimReport`) the agent says while filling it.
 */
export const INTAKE_STEPS = [
  { id: 'policy', phraseStep: 0, fields: ['policyNo', 'plate', 'insuredName', 'idNumber'] },
  {
    id: 'accident',
    phraseStep: 1,
    fields: [
      'occurredAt',
      'place',
      'cause',
      'course',
      'injuryDegree',
      'measures',
      'currentState',
      'hospital',
    ],
  },
  {
    id: 'reporter',
    phraseStep: 2,
    fields: ['reporterName', 'reporterAddress', 'reporterPhone', 'reporterRelation'],
  },
  { id: 'confirm', phraseStep: 3, fields: [] },
] as const;
export type IntakeStepId = (typeof INTAKE_STEPS)[number]['id'];

export const INJURY_DEGREES = ['none', 'minor', 'serious', 'death'] as const;
export type InjuryDegree = (typeof INJURY_DEGREES)[number];

export const REPORTER_RELATIONS = [
  'self',
  'spouse',
  'parent',
  'child',
  'relative',
  'colleague',
  'witness',
  'other',
] as const;
export type ReporterRelation = (typeof REPORTER_RELATIONS)[number];

export const LOOKUP_KINDS = ['policyNo', 'insuredName', 'idNumber', 'plate'] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

/** Seed 003 §(二) 报案记录查询 3: no contract found → tell the reporter at once and ask them to check. */
export const NO_POLICY_LINE = {
  zh: '很抱歉，我们没有查到与出险人相关的保险合同，请您核实一下是否在我公司投保。',
  en: 'We could not find an insurance contract for the insured person; please check whether the policy was taken out with us.',
  source: 'seed 003 §(二) 报案记录查询 3)',
};

/** Seed 003 §(二) 报案记录查询 4: several insured persons share the name → confirm the identity first. */
export const SAME_NAME_LINE = {
  zh: '系统中有多位同名的被保险人，请您提供出险人的身份证号码以便核实。',
  en: 'Several insured persons have this name; please give the ID number of the insured person so we can confirm.',
  source: 'seed 003 §(二) 报案记录查询 4)',
};

/** Seed 003 §(二) 报案记录查询 1: already reported → tell the reporter it is accepted and how it is progressing. */
export const EXISTING_REPORT_LINE = {
  zh: '您好，这起事故我们已经受理（报案号 {number}），目前进展：{progress}。',
  en: 'This accident has already been reported (report {number}); progress: {progress}.',
  source: 'seed 003 §(二) 报案记录查询 1)',
};
