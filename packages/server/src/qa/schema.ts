import { z } from 'zod';
import { answers, instantDate, localDay, named } from '../http/answers.ts';

export const daysQuery = z.object({
  days: z.coerce.number().int().min(1).max(366).default(30),
  agentId: z.uuid().optional(),
});

export const agentQaResponse = answers({
  200: z.object({
    from: instantDate,
    to: instantDate,
    items: z.array(
      named(
        'AgentQa',
        z.object({
          agentId: z.string(),
          name: z.string(),
          agentNo: z.string().nullable(),
          calls: z.number().int(),
          avgScore: z.number().nullable(),
          forbiddenHits: z.number().int(),
          reviewed: z.number().int(),
          withinRingsPct: z.number().nullable(),
          overrides: z.number().int(),
        }),
      ),
    ),
  }),
});

export const trendResponse = answers({
  200: z.object({
    items: z.array(
      named(
        'TrendPoint',
        z.object({
          day: localDay,
          calls: z.number().int(),
          avgScore: z.number().nullable(),
          hits: z.number().int(),
        }),
      ),
    ),
  }),
});
