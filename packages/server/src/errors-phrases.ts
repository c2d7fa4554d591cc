/**
 * Refusals of the phrase guard and the customer view (issue 15), kept apart from errors.ts; errors.ts spreads it
 * into ERRORS.
 */
export const PHRASES_ERRORS = {
  PHRASE_VARIANT_INVALID: {
    status: 400,
    zh: '禁语变体无效：“…”两侧都须有文字',
    en: 'Invalid phrase variant: each "…" needs words on both sides',
  },
  COMPLAINT_LETTER_INTERNAL_REFERENCE: {
    status: 400,
    zh: '处理决定会印在客户告知书上，不能包含内部编号、规则代码或种子条款',
    en: 'The decision is printed in the customer letter: no internal references, rule codes or seed sections',
  },
} as const;
