import type { Label } from '../core/labels.ts';

/**
 * What a consultation (咨询) is about, so the desk can count and route questions. 投保 (purchase) and 续保
 * (renewal) are asked for by issue 15; the rest follow the after-sales topics of seed 003 (claims, surrender,
 * endorsement) and the products and coverage questions of PRODUCT.md C1.
 */
export const CONSULTATION_CATEGORIES = [
  'product',
  'coverage',
  'purchase',
  'renewal',
  'claimProcess',
  'policyService',
  'other',
] as const;
export type ConsultationCategory = (typeof CONSULTATION_CATEGORIES)[number];

export const CONSULTATION_CATEGORY_LABELS: Readonly<Record<ConsultationCategory, Label>> = {
  product: { zh: '产品咨询', en: 'Products' },
  coverage: { zh: '保障范围', en: 'Coverage' },
  purchase: { zh: '投保', en: 'Buying a policy' },
  renewal: { zh: '续保', en: 'Renewal' },
  claimProcess: { zh: '理赔流程', en: 'Claims process' },
  policyService: { zh: '退保与批改', en: 'Surrender and endorsement' },
  other: { zh: '其他', en: 'Other' },
};
