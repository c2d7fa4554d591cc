/**
 * Refusals of the claims desk's assessment, decision and letters (issue #14), kept apart from errors.ts like
 * errors-duty.ts; errors.ts spreads it into ERRORS.
 */
export const CLAIM_DESK_ERRORS = {
  CLAIM_PAYOUT_INVALID: {
    status: 400,
    zh: '核定损失的金额有误，请检查标出的字段',
    en: 'The assessed loss is not valid; please check the marked fields',
  },
  CLAIM_DECISION_INVALID: {
    status: 400,
    zh: '核定内容不完整：金额须在应付赔款以内，拒赔或部分赔付须写明理由并引用合同条款或法律',
    en: 'The decision is incomplete: the amount must be within the payable, and reasons must cite the contract or the law',
  },
  CLAIM_PAYOUT_REQUIRED: {
    status: 409,
    zh: '请先登记损失核定并计算赔款',
    en: 'Record the assessment and its payout first',
  },
  CLAIM_LETTER_NOT_READY: {
    status: 409,
    zh: '尚未作出相应的核定，不能出具该通知书',
    en: 'There is no such decision yet; the letter cannot be produced',
  },
} as const;
