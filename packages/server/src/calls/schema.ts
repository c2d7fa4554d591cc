import { CTI_EVENTS } from '@claimline/domain/calls';
import { QA_ITEM_IDS, SPEAKERS } from '@claimline/domain/qa';
import { z } from 'zod';

export const callIdParams = z.object({ id: z.uuid() });

/** One CTI event from a PBX. `callId` is the PBX's id of the call; a replay of the same event is harmless. */
export const ctiEventBody = z.object({
  callId: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[\w.:@-]+$/),
  event: z.enum(CTI_EVENTS),
  at: z.iso.datetime({ offset: true }),
  direction: z.enum(['inbound', 'outbound']).default('inbound'),
  callerNumber: z
    .string()
    .trim()
    .regex(/^\+?[\d\s-]{3,20}$/)
    .optional(),
  queue: z.string().trim().min(1).max(50).optional(),
  branchCode: z.string().trim().min(1).max(20).optional(),
  agentNo: z.string().trim().min(1).max(20).optional(),
  hungUpBy: z.enum(['customer', 'agent', 'system']).optional(),
});
export type CtiEventInput = z.infer<typeof ctiEventBody>;

export const SIMULATOR_SCENARIOS = ['standard', 'claimReport', 'forbidden', 'lateAnswer', 'silent'] as const;
export const simulateBody = z.object({
  scenario: z.enum(SIMULATOR_SCENARIOS),
  withTranscript: z.boolean().default(true),
});

export const listCallsQuery = z.object({
  agentId: z.uuid().optional(),
  mine: z.enum(['true', 'false']).optional(),
  days: z.coerce.number().int().min(1).max(366).default(30),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ListCallsQuery = z.infer<typeof listCallsQuery>;

export const linkCaseBody = z.object({ caseId: z.uuid() });

export const silentLogBody = z.object({
  entries: z
    .array(z.object({ step: z.number().int().min(0).max(20), atMs: z.number().int().min(0).max(3_600_000) }))
    .max(20),
  hungUpAtMs: z.number().int().min(0).max(3_600_000).nullable(),
  customerSpoke: z.boolean(),
});

const turn = z.object({
  speaker: z.enum(SPEAKERS),
  text: z.string().min(1).max(5000),
  startMs: z.number().int().min(0).max(86_400_000),
  endMs: z.number().int().min(0).max(86_400_000),
});
/** Either turns (from a speech engine) or the plain-text format of domain/qa/transcript.ts (a file upload). */
export const transcriptBody = z
  .object({
    turns: z.array(turn).min(1).max(2000).optional(),
    text: z.string().min(1).max(500_000).optional(),
    /** Why a reviewer corrects the transcript; required for a reviewer (TRANSCRIPT_REASON_REQUIRED). */
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .refine((b) => (b.turns === undefined) !== (b.text === undefined), {
    message: 'Send either turns or text|请提供 turns 或 text 其中之一',
  });

export const reviewBody = z.object({
  version: z.number().int().min(1),
  overrides: z
    .array(
      z.object({
        id: z.enum(QA_ITEM_IDS),
        result: z.enum(['pass', 'fail', 'na']),
        comment: z.string().trim().min(1).max(1000),
      }),
    )
    .min(1)
    .max(QA_ITEM_IDS.length),
});
