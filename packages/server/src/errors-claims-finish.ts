/**
 * Refusals of the advance payment (Insurance Law art. 25, issue #14), kept apart from errors.ts like
 * errors-claims.ts; errors.ts spreads it into ERRORS.
 */
export const CLAIM_ADVANCE_ERRORS = {
  CLAIM_ADVANCE_ALREADY_PAID: {
    status: 409,
    zh: '本案已先予支付，不能重复支付',
    en: 'An advance payment is already recorded for this claim',
  },
  CLAIM_ADVANCE_AMOUNT_REQUIRED: {
    status: 400,
    zh: '请填写先予支付的金额（大于零）',
    en: 'Enter the amount paid in advance (above zero)',
  },
  CLAIM_ADVANCE_PAYEE_REQUIRED: {
    status: 400,
    zh: '请填写先予支付的收款人',
    en: 'Enter who receives the advance payment',
  },
  CLAIM_ADVANCE_BASIS_REQUIRED: {
    status: 400,
    zh: '请说明可以确定该数额的依据',
    en: 'State why this amount can already be determined',
  },
  CLAIM_ADVANCE_INVALID: {
    status: 400,
    zh: '先予支付金额不能超过目前可能赔付的数额（应付赔款或剩余保险金额）',
    en: 'The advance cannot exceed what may be owed so far (the payable, or the remaining sum insured)',
  },
} as const;
