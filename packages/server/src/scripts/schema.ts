import { z } from 'zod';
import { hotlineSettingsSchema } from './settings.ts';

export const packKindParams = z.object({ kind: z.enum(['forbidden', 'standard', 'qa']) });
export const packVersionParams = packKindParams.extend({
  version: z.coerce.number().int().min(0).max(1_000_000),
});

/** The pack body is checked by the domain parsers (PHRASE_PACK_INVALID / QA_CONFIG_INVALID with a path). */
export const savePackBody = z.object({
  baseVersion: z.number().int().min(0),
  note: z.string().trim().min(1).max(500),
  data: z.record(z.string(), z.unknown()),
});

export const checkTextBody = z.object({ text: z.string().max(20_000) });

export const overridesQuery = z.object({
  actorId: z.uuid().optional(),
  days: z.coerce.number().int().min(1).max(366).default(30),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const hotlineSettingsBody = hotlineSettingsSchema.required();
