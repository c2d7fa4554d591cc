import { z } from 'zod';
import { answers, instant, named } from '../http/answers.ts';

export const auditQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  action: z.string().trim().max(64).optional(),
  actorId: z.uuid().optional(),
  objectId: z.string().trim().max(64).optional(),
});

/** One audit row as the auditor sees it; the hash chain columns stay on the server. */
export const auditEntryAnswer = named(
  'AuditEntry',
  z.object({
    id: z.string(),
    at: instant,
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    result: z.string(),
    requestId: z.string().nullable(),
    details: z.unknown(),
  }),
);

export const auditPageResponse = answers({
  200: named(
    'AuditPage',
    z.object({
      items: z.array(auditEntryAnswer),
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
    }),
  ),
});

export const auditVerificationResponse = answers({
  200: named(
    'AuditVerification',
    z.object({
      ok: z.boolean(),
      checked: z.number().int(),
      firstBrokenId: z.string().nullable(),
      reason: z
        .enum([
          'rowAltered',
          'linkBroken',
          'unkeyedAfterKeyed',
          'keyMissing',
          'checkpointMismatch',
          'rowsMissing',
          'checkpointForged',
        ])
        .nullable(),
      checkpoints: z.object({
        count: z.number().int(),
        forged: z.number().int(),
        latestId: z.string().nullable(),
        latestAt: z.string().nullable(),
      }),
    }),
  ),
});
