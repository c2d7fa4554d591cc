import type { CheckFailure } from './preliminary-check.ts';

/**
 * What the written refusal notice (seed 003 §(二) 信息初步审核) tells the customer. It is a letter to a customer, so
 * each reason cites only what binds the customer — the contract or the law —, never the center's own rule book.
 */
const BASIS: Record<CheckFailure['code'], string> = {
  OUTSIDE_POLICY_PERIOD: '保险合同约定的保险期间',
  PERIL_NOT_COVERED: '保险合同约定的保险责任',
  CLAIM_TIME_LIMIT_EXPIRED: '《中华人民共和国保险法》第二十六条',
};

export const customerBasisOf = (code: CheckFailure['code']): string => BASIS[code];

/**
 * The sentence on the customer's papers, only as far as it was recorded on the report: the seed asks for copies
 * to be archived and originals returned, and the letter must not say either happened when it did not.
 */
export const materialsSentence = (m: {
  copiesArchived: boolean;
  originalsReturned: boolean;
}): string | null => {
  if (m.copiesArchived && m.originalsReturned) return '您提交的相关资料已复印存档，原件已返还给您。';
  if (m.copiesArchived) return '您提交的相关资料已复印存档。';
  if (m.originalsReturned) return '您提交的相关资料原件已返还给您。';
  return null;
};
