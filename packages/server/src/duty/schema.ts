import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const hhmmEnd = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/);
const day = z.iso.date();
const skill = z.string().trim().min(1).max(30);

export const idParams = z.object({ id: z.uuid() });
export const assignmentParams = z.object({ id: z.uuid(), assignmentId: z.uuid() });
export const branchQuery = z.object({ branchId: z.uuid().optional() });
export const planQuery = branchQuery.extend({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });

export const postBody = z.object({
  branchId: z.uuid().optional(),
  kind: z.enum(['hotlineSeat', 'claimsDesk', 'complaints', 'dutyLead']),
  nameZh: z.string().trim().min(1).max(40),
  nameEn: z.string().trim().min(1).max(60),
  skills: z.array(skill).max(10).default([]),
  /** null: staffed around the clock; else daily local ranges. */
  staffed: z
    .array(z.object({ start: hhmm, end: hhmmEnd }))
    .max(6)
    .nullable(),
  minAgents: z.number().int().min(1).max(200),
});
export type PostInput = z.infer<typeof postBody>;

export const shiftBody = z.object({
  postId: z.uuid(),
  code: z.string().trim().min(1).max(20),
  start: hhmm,
  end: hhmmEnd,
  skills: z.array(skill).max(10).default([]),
});
export type ShiftInput = z.infer<typeof shiftBody>;

export const skillsBody = z.object({
  skills: z.array(skill).max(10),
  maxHoursPerWeek: z.number().int().min(1).max(44),
});

export const createPlanBody = z.object({
  branchId: z.uuid().optional(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
});
export const assignBody = z.object({ agentId: z.uuid(), shiftId: z.uuid(), date: day });
export const proposeBody = z.object({
  method: z.enum(['highs', 'greedy']).default('highs'),
  useForecast: z.boolean().default(true),
});

export const forecastQuery = branchQuery.extend({
  date: day,
  model: z.enum(['erlangC', 'erlangA']).default('erlangC'),
  shrinkage: z.coerce.number().min(0).max(0.9).optional(),
});

export const leaveBody = z
  .object({
    fromDay: day,
    toDay: day,
    reason: z.string().trim().min(1).max(200),
    replacementId: z.uuid(),
  })
  .refine((b) => b.toDay >= b.fromDay, { path: ['toDay'], message: 'toDay before fromDay' });
export const swapBody = z.object({
  assignmentId: z.uuid(),
  toUserId: z.uuid(),
  reason: z.string().trim().min(1).max(200),
});
export const decisionBody = z.object({ approve: z.boolean(), note: z.string().trim().max(200).optional() });
