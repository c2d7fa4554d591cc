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
} as const;
