import type { InsuranceLine } from './claim-time-limit.ts';

/**
 * Covered perils (保险责任) by code, and the products the demo insurer sells. A policy lists the peril codes it
 * covers; the preliminary check (seed 003 §(二) 信息初步审核 2) compares the reported cause against that list.
 */
export const PERILS = {
  collision: { zh: '碰撞', en: 'Collision' },
  rollover: { zh: '倾覆', en: 'Rollover' },
  theft: { zh: '盗抢', en: 'Theft or robbery' },
  fire: { zh: '火灾、爆炸', en: 'Fire or explosion' },
  flood: { zh: '暴雨、洪水', en: 'Rainstorm or flood' },
  typhoon: { zh: '台风', en: 'Typhoon' },
  hail: { zh: '冰雹', en: 'Hail' },
  glass: { zh: '玻璃单独破碎', en: 'Glass breakage' },
  thirdPartyLiability: { zh: '第三者责任', en: 'Third-party liability' },
  accidentalInjury: { zh: '意外伤害', en: 'Accidental injury' },
  accidentalDeath: { zh: '意外身故', en: 'Accidental death' },
  illness: { zh: '疾病', en: 'Illness' },
  hospitalization: { zh: '住院医疗', en: 'Hospitalisation' },
  death: { zh: '身故', en: 'Death' },
  disability: { zh: '伤残', en: 'Disability' },
  earthquake: { zh: '地震', en: 'Earthquake' },
} as const;
export type PerilCode = keyof typeof PERILS;
export const PERIL_CODES = Object.keys(PERILS) as PerilCode[];
export const isPerilCode = (code: string): code is PerilCode => Object.hasOwn(PERILS, code);

export type Product = {
  key: string;
  zh: string;
  en: string;
  line: InsuranceLine;
  perils: readonly PerilCode[];
  motor: boolean;
};

/** The demo catalogue; an imported policy may name any product and lists its own perils. */
export const PRODUCTS: readonly Product[] = [
  {
    key: 'MOTOR',
    zh: '机动车商业保险',
    en: 'Motor (commercial)',
    line: 'nonLife',
    perils: [
      'collision',
      'rollover',
      'theft',
      'fire',
      'flood',
      'typhoon',
      'hail',
      'glass',
      'thirdPartyLiability',
    ],
    motor: true,
  },
  {
    key: 'HOME',
    zh: '家庭财产保险',
    en: 'Home contents',
    line: 'nonLife',
    perils: ['fire', 'theft', 'flood', 'typhoon', 'hail'],
    motor: false,
  },
  {
    key: 'ACCIDENT',
    zh: '意外伤害保险',
    en: 'Personal accident',
    line: 'nonLife',
    perils: ['accidentalInjury', 'accidentalDeath', 'disability'],
    motor: false,
  },
  {
    key: 'MEDICAL',
    zh: '住院医疗保险',
    en: 'Hospital medical',
    line: 'nonLife',
    perils: ['illness', 'hospitalization', 'accidentalInjury'],
    motor: false,
  },
  {
    key: 'LIFE',
    zh: '终身寿险',
    en: 'Whole life',
    line: 'life',
    perils: ['death', 'accidentalDeath', 'disability'],
    motor: false,
  },
];

/** Causes that can involve a death, for scene preservation and the major-case death count. */
export const FATAL_PERILS: readonly PerilCode[] = [
  'accidentalDeath',
  'death',
  'collision',
  'rollover',
  'fire',
];
