import type { HANDOVER_MACHINE } from '@claimline/domain/duty';
import { z } from 'zod';
import { answers, fileAnswer, instantDate, named, offeredMoveAnswer, stored, zhEn } from '../http/answers.ts';
import { FAULT_STATUSES, PRESENCE_STATES } from './schema.ts';

/** The machine's states, spelled out so the document lists them; `satisfies` keeps the list true to the table. */
const HANDOVER_STATES = [
  'scheduled',
  'incomingCheckedIn',
  'statisticsGenerated',
  'incomingConfirmed',
  'signed',
  'closed',
  'reliefMissing',
] as const satisfies readonly (keyof typeof HANDOVER_MACHINE.states)[];
const person = z.object({ id: z.string(), name: z.string() });
const count = z.number().int();

export const handoverAnswer = named(
  'Handover',
  z.object({
    id: z.string(),
    branchId: z.string(),
    post: z.string(),
    outgoingShiftStart: instantDate,
    shiftStart: instantDate,
    shiftEnd: instantDate,
    outgoing: person,
    incoming: person,
    state: stored(HANDOVER_STATES),
    stateLabel: zhEn,
    version: count,
    checkedInAt: instantDate.nullable(),
    lateMinutes: count.nullable(),
    checklist: z
      .object({ uniform: z.boolean(), badge: z.boolean(), materials: z.boolean(), signedAt: z.string() })
      .nullable(),
    statistics: z
      .object({
        callsOffered: count,
        callsAnswered: count,
        answeredWithinRings: count,
        callsAbandoned: count,
        complaints: count,
        claimReports: count,
        openItems: count,
        forbiddenPhraseHits: count,
      })
      .nullable(),
    openItems: z.array(
      z.object({
        caseId: z.string(),
        number: z.string(),
        kind: z.string(),
        subject: z.string(),
        status: z.string(),
      }),
    ),
    statisticsAt: instantDate.nullable(),
    confirmedAt: instantDate.nullable(),
    confirmedBy: person.nullable(),
    signedAt: instantDate.nullable(),
    signedBy: person.nullable(),
    closedAt: instantDate.nullable(),
    escalatedAt: instantDate.nullable(),
    /** When the sweeper told the manager the relief had not confirmed in time (seed 000 第十一条). */
    reliefEscalatedAt: instantDate.nullable(),
    /** The roster assignments handed over between, when scheduled from the published plan. */
    outgoingAssignmentId: z.string().nullable(),
    incomingAssignmentId: z.string().nullable(),
    /** The plan's shift of each side (code and Beijing day), when linked. */
    outgoingShift: z.object({ code: z.string(), day: z.string() }).nullable(),
    incomingShift: z.object({ code: z.string(), day: z.string() }).nullable(),
    note: z.string().nullable(),
    moves: z.array(offeredMoveAnswer),
  }),
);

export const handoverResponse = answers({ 200: handoverAnswer });

const planSide = z.object({ id: z.string(), name: z.string(), shiftCode: z.string() });
export const planHandoversResponse = answers({
  200: z.object({
    day: z.string(),
    items: z.array(
      z.object({
        outgoingAssignmentId: z.string(),
        incomingAssignmentId: z.string(),
        post: zhEn,
        outgoing: planSide,
        incoming: planSide,
        outgoingShiftStart: instantDate,
        shiftStart: instantDate,
        shiftEnd: instantDate,
        handoverId: z.string().nullable(),
      }),
    ),
  }),
});
export const handoverCreatedResponse = answers({ 201: handoverAnswer });
export const handoverDayResponse = answers({
  200: z.object({ day: z.string(), items: z.array(handoverAnswer) }),
});
export const handoverRegisterResponse = answers({ 200: z.object({ items: z.array(handoverAnswer) }) });
export const registerPdfResponse = answers({
  200: fileAnswer('application/pdf', 'The hand-over register (PDF)'),
});

export const presenceAnswer = named(
  'MyPresence',
  z.object({
    state: stored(PRESENCE_STATES),
    at: instantDate.nullable(),
    alertedPosts: z.array(z.string()),
  }),
);
export const presenceResponse = answers({ 200: presenceAnswer });

export const presenceWallResponse = answers({
  200: named(
    'PresenceWall',
    z.object({
      people: z.array(
        z.object({
          userId: z.string(),
          name: z.string(),
          agentNo: z.string().nullable(),
          role: z.string(),
          branchCode: z.string(),
          state: stored(PRESENCE_STATES),
          since: instantDate.nullable(),
          flag: stored(['offHookNoCall', 'longNotReady', 'longBreak']).nullable(),
        }),
      ),
      posts: z.array(
        z.object({
          handoverId: z.string(),
          post: z.string(),
          onDuty: z.array(z.string()),
          staffed: z.boolean(),
        }),
      ),
      /** Open busy-line alerts of the scope (seed 000 第二条, 第七条): the banner asking to add staff. */
      busyLines: z.array(
        z.object({
          id: z.string(),
          branchCode: z.string(),
          branchName: z.string(),
          branchNameEn: z.string(),
          raisedAt: instantDate,
          queued: z.number().int(),
          offered: z.number().int(),
          abandoned: z.number().int(),
          peakQueued: z.number().int(),
        }),
      ),
    }),
  ),
});

export const hookResponse = answers({
  200: named(
    'HookEvent',
    z.object({ userId: z.string(), event: stored(['offHook', 'onHook']), at: instantDate }),
  ),
});

export const faultAnswer = named(
  'EquipmentFault',
  z.object({
    id: z.string(),
    branchId: z.string(),
    reportedBy: person,
    reportedAt: instantDate,
    equipment: z.string(),
    location: z.string(),
    description: z.string(),
    status: stored(FAULT_STATUSES),
    repairRecord: z.array(
      z.object({ at: z.string(), by: z.string(), byName: z.string(), status: z.string(), note: z.string() }),
    ),
    handoverId: z.string().nullable(),
    fixedAt: instantDate.nullable(),
    version: count,
  }),
);
export const faultResponse = answers({ 200: faultAnswer });
export const faultCreatedResponse = answers({ 201: faultAnswer });
export const faultListResponse = answers({ 200: z.object({ items: z.array(faultAnswer) }) });
