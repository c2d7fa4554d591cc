import { z } from 'zod';
import { answers, instantDate, named } from '../http/answers.ts';
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

// ——— Answers (scripts/service.ts, packs.ts, guard.ts) ———

export const hotlineSettingsAnswer = named(
  'HotlineSettings',
  z.object({
    lineName: z.string(),
    ringSeconds: z.number().int(),
    answerWithinRings: z.number().int(),
    complaintReplyHours: z.number().int(),
  }),
);

/**
 * A pack: its data is checked by the domain's parsers on save (ForbiddenPack, StandardPack or QaConfig of
 * @claimline/domain, by kind), so the answer passes it on as an object and the console types it with those.
 */
export const packAnswer = named(
  'Pack',
  z.object({
    kind: z.enum(['forbidden', 'standard', 'qa']),
    version: z.number().int(),
    data: z.record(z.string(), z.unknown()),
  }),
);

export const deskResponse = answers({
  200: named(
    'Desk',
    z.object({
      settings: hotlineSettingsAnswer,
      agentNo: z.string().nullable(),
      standard: packAnswer,
      forbidden: packAnswer,
    }),
  ),
});
export const packResponse = answers({ 200: packAnswer });
export const packVersionsResponse = answers({
  200: z.object({
    items: z.array(
      named(
        'PackVersion',
        z.object({
          version: z.number().int(),
          note: z.string().nullable(),
          createdAt: instantDate.nullable(),
          createdBy: z.string().nullable(),
        }),
      ),
    ),
  }),
});

export const guardHitAnswer = named(
  'GuardHit',
  z.object({
    path: z.string(),
    message: z.string(),
    phraseId: z.string(),
    phrase: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    alternative: z.string(),
    severity: z.string(),
  }),
);
export const checkTextResponse = answers({
  200: z.object({ version: z.number().int(), hits: z.array(guardHitAnswer) }),
});

/** A hit as guard.ts stores it with an override (jsonb). */
const overrideHit = z.object({ phraseId: z.string(), start: z.number().int(), end: z.number().int() });
export type OverrideHit = z.output<typeof overrideHit>;

export const overridesResponse = answers({
  200: z.object({
    items: z.array(
      named(
        'GuardOverride',
        z.object({
          id: z.string(),
          at: instantDate,
          actorId: z.string(),
          actorName: z.string(),
          agentNo: z.string().nullable(),
          caseId: z.string().nullable(),
          caseNumber: z.string().nullable(),
          field: z.string(),
          reason: z.string(),
          hits: z.array(overrideHit),
        }),
      ),
    ),
  }),
});
export const hotlineSettingsResponse = answers({ 200: hotlineSettingsAnswer });
