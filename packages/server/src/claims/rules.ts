import {
  CLAIM_TIME_LIMIT_YEARS,
  type ClaimTimeLimitYears,
  DEFAULT_MAJOR_CASE_SETTINGS,
  DEFAULT_SAME_LOSS_SETTINGS,
  DEFAULT_SCENE_SETTINGS,
  type MajorCaseSettings,
  type SameLossSettings,
  type SceneSettings,
} from '@claimline/domain/claims';
import { z } from 'zod';
import { getSetting } from '../cases/repository.ts';
import type { Db, Tx } from '../db/database.ts';

export type ClaimRules = {
  majorCase: MajorCaseSettings;
  sameLoss: SameLossSettings;
  scene: SceneSettings;
  claimTimeLimitYears: ClaimTimeLimitYears;
};

/** The defaults cite their seed or article in domain/claims; the settings row `claimRules` may override any of them. */
export const DEFAULT_CLAIM_RULES: ClaimRules = {
  majorCase: DEFAULT_MAJOR_CASE_SETTINGS,
  sameLoss: DEFAULT_SAME_LOSS_SETTINGS,
  scene: DEFAULT_SCENE_SETTINGS,
  claimTimeLimitYears: CLAIM_TIME_LIMIT_YEARS,
};

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

export const loadClaimRules = async (q: Db | Tx): Promise<ClaimRules> => {
  const parsed = overrides.safeParse((await getSetting(q, 'claimRules')) ?? {});
  const o = parsed.success ? parsed.data : {};
  return {
    majorCase: { ...DEFAULT_CLAIM_RULES.majorCase, ...o.majorCase },
    sameLoss: { ...DEFAULT_CLAIM_RULES.sameLoss, ...o.sameLoss },
    scene: { ...DEFAULT_CLAIM_RULES.scene, ...o.scene },
    claimTimeLimitYears: { ...DEFAULT_CLAIM_RULES.claimTimeLimitYears, ...o.claimTimeLimitYears },
  };
};
