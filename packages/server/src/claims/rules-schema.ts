import { type ClaimRuleKey, claimRuleField, PERIL_CODES } from '@claimline/domain/claims';
import { z } from 'zod';
import { answers, named } from '../http/answers.ts';

/** An integer inside the field's bounds (domain/claims/rule-settings.ts), with its reason when the law sets it. */
const bounded = (key: ClaimRuleKey) => {
  const f = claimRuleField(key);
  const min = f.minReason ? `${f.minReason.en}|${f.minReason.zh}` : undefined;
  return z.number().int().min(f.min, min).max(f.max);
};

/**
 * The rules as the editor saves them: every editable value, amounts in integer fen (分) so that "over
 * 500,000 CNY" is exact. Unknown fields are refused, so a client cannot believe it changed something that is not
 * a setting here (the 24-hour report deadline is the deadline rule `major-case-report`).
 */
export const claimRulesInput = z.strictObject({
  majorCase: z.strictObject({
    minDeaths: bounded('majorCase.minDeaths'),
    payoutOverFen: bounded('majorCase.payoutOverFen'),
    sumInsuredOverFen: bounded('majorCase.sumInsuredOverFen'),
  }),
  sameLoss: z.strictObject({ windowHours: bounded('sameLoss.windowHours') }),
  scene: z.strictObject({
    promptReportHours: bounded('scene.promptReportHours'),
    causesNeedingScene: z
      .array(z.enum(PERIL_CODES))
      .max(PERIL_CODES.length)
      .refine((xs) => new Set(xs).size === xs.length, 'A cause is listed twice|出险原因重复'),
  }),
  claimTimeLimitYears: z.strictObject({
    nonLife: bounded('claimTimeLimitYears.nonLife'),
    life: bounded('claimTimeLimitYears.life'),
  }),
});
export type ClaimRulesInput = z.infer<typeof claimRulesInput>;

export const saveClaimRulesBody = z.strictObject({
  /** The version the editor started from; a save on an older one is refused (CLAIM_RULES_VERSION_CONFLICT). */
  baseVersion: z.number().int().min(0).max(1_000_000_000),
  /** Why the rule changed: kept with the version and in the audit log. */
  note: z.string().trim().min(1).max(500),
  rules: claimRulesInput,
});
export type SaveClaimRulesInput = z.infer<typeof saveClaimRulesBody>;

// ——— Answer (rules-service.ts view): the rules in force, defaults, field bounds and sources ———

const text = z.object({ zh: z.string(), en: z.string() });

export const claimRulesAnswer = named(
  'ClaimRules',
  z.object({
    majorCase: z.object({
      minDeaths: z.number().int(),
      payoutOverFen: z.number().int(),
      sumInsuredOverFen: z.number().int(),
      /** Shown only: the report deadline is the deadline rule `major-case-report`. */
      reportWithinHours: z.number(),
    }),
    sameLoss: z.object({ windowHours: z.number().int() }),
    scene: z.object({
      promptReportHours: z.number().int(),
      causesNeedingScene: z.array(z.string()).readonly(),
    }),
    claimTimeLimitYears: z.object({ nonLife: z.number().int(), life: z.number().int() }),
  }),
);

export const claimRuleFieldAnswer = named(
  'ClaimRuleField',
  z.object({
    key: z.enum([
      'majorCase.minDeaths',
      'majorCase.payoutOverFen',
      'majorCase.sumInsuredOverFen',
      'sameLoss.windowHours',
      'scene.promptReportHours',
      'scene.causesNeedingScene',
      'claimTimeLimitYears.nonLife',
      'claimTimeLimitYears.life',
    ]),
    unit: z.enum(['persons', 'fen', 'hours', 'years', 'perils']),
    compare: z.enum(['atLeast', 'over', 'within', 'list']),
    min: z.number(),
    max: z.number(),
    minReason: text.optional(),
    source: text,
  }),
);

export const claimRulesViewResponse = answers({
  200: named(
    'ClaimRulesView',
    z.object({
      version: z.number().int(),
      note: z.string().nullable(),
      savedAt: z.string().nullable(),
      savedBy: z.string().nullable(),
      editable: z.boolean(),
      rules: claimRulesAnswer,
      defaults: claimRulesAnswer,
      fields: z.array(claimRuleFieldAnswer).readonly(),
      reportDeadline: z
        .object({ ruleId: z.string(), unit: z.string(), amount: z.number(), source: z.string() })
        .nullable(),
    }),
  ),
});
