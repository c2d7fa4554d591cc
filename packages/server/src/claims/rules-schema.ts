import { type ClaimRuleKey, claimRuleField, PERIL_CODES } from '@claimline/domain/claims';
import { z } from 'zod';

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
