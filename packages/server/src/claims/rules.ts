import { type ClaimRules, DEFAULT_CLAIM_RULES } from '@claimline/domain/claims';
import { z } from 'zod';
import type { Db, Tx } from '../db/database.ts';
import { readClaimRulesRow } from './rules-repository.ts';

export { type ClaimRules, DEFAULT_CLAIM_RULES };

/**
 * The settings row `claimRules`: any of the rules (a row written by hand may hold only some of them), and the
 * `meta` of the last save from the console editor. Parsed leniently: a bad row falls back to the defaults
 * rather than stopping every registration; the editor validates strictly before it writes (rules-schema.ts).
 */
const overrides = z
  .object({
    majorCase: z
      .object({
        minDeaths: z.number().int().min(1),
        payoutOverFen: z.number().int().min(0),
        sumInsuredOverFen: z.number().int().min(0),
        reportWithinHours: z.number().int().min(1),
      })
      .partial(),
    sameLoss: z
      .object({
        windowHours: z
          .number()
          .min(0)
          .max(24 * 30),
      })
      .partial(),
    scene: z
      .object({ promptReportHours: z.number().min(0), causesNeedingScene: z.array(z.string()) })
      .partial(),
    claimTimeLimitYears: z
      .object({ nonLife: z.number().int().min(1), life: z.number().int().min(1) })
      .partial(),
  })
  .partial();

const metaSchema = z.object({
  version: z.number().int().min(0),
  note: z.string(),
  savedAt: z.string(),
  savedById: z.string(),
  savedBy: z.string(),
});
export type ClaimRulesMeta = z.infer<typeof metaSchema>;

export const mergeClaimRules = (value: unknown): ClaimRules => {
  const parsed = overrides.safeParse(value ?? {});
  const o = parsed.success ? parsed.data : {};
  return {
    majorCase: { ...DEFAULT_CLAIM_RULES.majorCase, ...o.majorCase },
    sameLoss: { ...DEFAULT_CLAIM_RULES.sameLoss, ...o.sameLoss },
    scene: { ...DEFAULT_CLAIM_RULES.scene, ...o.scene },
    claimTimeLimitYears: { ...DEFAULT_CLAIM_RULES.claimTimeLimitYears, ...o.claimTimeLimitYears },
  };
};

/** The last editor save; a row without one (none yet, or written by hand) is version 0. */
export const claimRulesMeta = (value: unknown): ClaimRulesMeta | null => {
  const parsed = metaSchema.safeParse((value as { meta?: unknown } | undefined)?.meta);
  return parsed.success ? parsed.data : null;
};

/** Read on every registration and follow-up, so a saved change applies to the next one on every node. */
export const loadClaimRules = async (q: Db | Tx): Promise<ClaimRules> =>
  mergeClaimRules((await readClaimRulesRow(q))?.value);
