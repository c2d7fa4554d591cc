import { CASE_EVENTS, CASE_KINDS, CASE_STATUSES, CHANNELS } from '@claimline/domain/cases';
import { z } from 'zod';

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

export const caseIdParams = z.object({ id: z.uuid() });

export const createCaseBody = z.object({
  kind: z.enum(CASE_KINDS),
  channel: z.enum(CHANNELS),
  subject: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(4000),
  customerName: z.string().trim().min(1).max(50).optional(),
  customerPhone: z
    .string()
    .trim()
    .regex(
      new RegExp(`${MOBILE.source}|${LANDLINE.source}`),
      'Enter a mainland mobile or landline number|请输入正确的手机号或固定电话',
    )
    .optional(),
});
export type CreateCaseInput = z.infer<typeof createCaseBody>;

export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(8)
    .max(128)
    .regex(/^[\x21-\x7e]+$/)
    .optional(),
});

export const listCasesQuery = z.object({
  kind: z.enum(CASE_KINDS).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  channel: z.enum(CHANNELS).optional(),
  q: z.string().trim().max(100).optional(),
  mine: z.enum(['true', 'false']).optional(),
  ownerId: z.uuid().optional(),
  branchId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  sort: z.enum(['createdAt', 'number', 'updatedAt', 'status']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type ListCasesQuery = z.infer<typeof listCasesQuery>;

/** C8 guard: the reason an agent gives to send a customer-visible text that contains a forbidden phrase. */
const overrideReason = z.string().trim().min(2).max(500).optional();

export const caseEventBody = z.object({
  event: z.enum(CASE_EVENTS),
  version: z.number().int().min(1),
  note: z.string().trim().max(4000).optional(),
  firstContactResolution: z.boolean().optional(),
  overrideReason,
});

export const noteBody = z.object({ note: z.string().trim().min(1).max(4000), overrideReason });

export const transferBody = z.object({
  toUserId: z.uuid(),
  version: z.number().int().min(1),
  note: z.string().trim().max(1000).optional(),
});
export const transferActionBody = z.object({
  version: z.number().int().min(1),
  note: z.string().trim().max(1000).optional(),
});

export const revealBody = z.object({
  field: z.enum(['customerName', 'customerPhone']),
  reason: z.string().trim().min(4).max(500),
});
