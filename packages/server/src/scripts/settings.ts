import { DEFAULT_ANSWER_WITHIN_RINGS, DEFAULT_RING_SECONDS } from '@claimline/domain/calls';
import { z } from 'zod';
import type { Db, Tx } from '../db/database.ts';

/**
 * Hotline settings (C8), one row `hotline` in the settings table, each with its default and source:
 * - lineName: the name said in the greeting (seed 000 一(一)1 says 您好，农保，XX号为您服务);
 * - ringSeconds / answerWithinRings: "answer within 3 rings" (seed 001 第二篇 七(一)), see domain/calls/rings.ts;
 * - complaintReplyHours: the XX in "在XX小时之内给您明确的答复" (seed 000 一(四)5 leaves it open; 24 h is our default).
 */
export const hotlineSettingsSchema = z.object({
  lineName: z.string().trim().min(1).max(30).default('农保'),
  ringSeconds: z.number().int().min(1).max(30).default(DEFAULT_RING_SECONDS),
  answerWithinRings: z.number().int().min(1).max(20).default(DEFAULT_ANSWER_WITHIN_RINGS),
  complaintReplyHours: z.number().int().min(1).max(720).default(24),
});
export type HotlineSettings = z.infer<typeof hotlineSettingsSchema>;

export const HOTLINE_SETTING_KEY = 'hotline';

export const getHotlineSettings = async (db: Db | Tx): Promise<HotlineSettings> => {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', HOTLINE_SETTING_KEY)
    .executeTakeFirst();
  const parsed = hotlineSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : hotlineSettingsSchema.parse({});
};

export const saveHotlineSettings = (tx: Tx, value: HotlineSettings, now: Date) =>
  tx
    .insertInto('settings')
    .values({ key: HOTLINE_SETTING_KEY, value: JSON.stringify(value), updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: now }))
    .execute();
