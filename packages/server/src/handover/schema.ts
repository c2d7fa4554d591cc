import { z } from 'zod';

export const handoverIdParams = z.object({ id: z.uuid() });
export const faultIdParams = z.object({ id: z.uuid() });

const note = z.string().trim().max(500).optional();
const version = z.number().int().min(1).optional();

/** 第九条's three items; each must be ticked for the check-in to pass (the machine's readyForDuty guard). */
export const checklistBody = z.object({ uniform: z.boolean(), badge: z.boolean(), materials: z.boolean() });

export const handoverMoveBody = z.discriminatedUnion('event', [
  z.object({ event: z.literal('checkIn'), version, checklist: checklistBody, note }),
  z.object({
    event: z.enum(['generateStatistics', 'confirm', 'sign', 'close', 'escalateMissingRelief']),
    version,
    note,
  }),
]);
export type HandoverMoveBody = z.infer<typeof handoverMoveBody>;

/** A hand-over names its own window, post and both people (the roster may link to it later). */
export const scheduleBody = z
  .object({
    post: z.string().trim().min(1).max(60),
    outgoingShiftStart: z.iso.datetime({ offset: true }),
    shiftStart: z.iso.datetime({ offset: true }),
    shiftEnd: z.iso.datetime({ offset: true }),
    outgoingUserId: z.uuid(),
    incomingUserId: z.uuid(),
    note,
  })
  .refine((b) => Date.parse(b.shiftEnd) > Date.parse(b.shiftStart), {
    path: ['shiftEnd'],
    message: 'shiftEnd must be after shiftStart',
  })
  .refine((b) => Date.parse(b.shiftStart) > Date.parse(b.outgoingShiftStart), {
    path: ['outgoingShiftStart'],
    message: 'the outgoing shift must start before the hand-over',
  });

/** A hand-over the published plan calls for: the outgoing and incoming assignments (planHandovers lists them). */
export const fromPlanBody = z.object({
  outgoingAssignmentId: z.uuid(),
  incomingAssignmentId: z.uuid(),
  note,
});
export const planDayQuery = z.object({ day: z.iso.date().optional() });

export const handoverListQuery = z.object({
  day: z.iso.date().optional(),
  mine: z.enum(['true', 'false']).optional(),
});

export const PRESENCE_STATES = ['ready', 'notReady', 'break', 'meal', 'offline'] as const;
export const presenceBody = z.object({ state: z.enum(PRESENCE_STATES) });
/** The PBX names the agent by their agent number, as on its call events. */
export const ctiPresenceBody = z.object({
  agentNo: z.string().trim().min(1).max(20),
  state: z.enum(PRESENCE_STATES),
});

/** seed 000 第四条: the PBX reports the agent's handset going off and back on the hook. */
export const ctiHookBody = z.object({
  agentNo: z.string().trim().min(1).max(20),
  event: z.enum(['offHook', 'onHook']),
  at: z.iso.datetime({ offset: true }).optional(),
});

export const FAULT_STATUSES = ['reported', 'repairing', 'fixed'] as const;
export const faultReportBody = z.object({
  equipment: z.string().trim().min(1).max(60),
  location: z.string().trim().min(1).max(60),
  description: z.string().trim().min(1).max(1000),
  handoverId: z.uuid().optional(),
});
export const faultUpdateBody = z.object({
  status: z.enum(FAULT_STATUSES),
  note: z.string().trim().min(1).max(1000),
  version: z.number().int().min(1),
});
