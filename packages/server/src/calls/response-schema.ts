import { CASE_KINDS, CASE_STATUSES } from '@claimline/domain/cases';
import { QA_ITEM_IDS, SPEAKERS, TRANSCRIPT_SOURCES } from '@claimline/domain/qa';
import { z } from 'zod';
import { answers, instantDate, named, stored } from '../http/answers.ts';
import { SCORE_CAUSES } from '../qa/score-history.ts';

// ——— Answers of the call desk (calls/service.ts); call times come as Date objects from the database ———

const direction = stored(['inbound', 'outbound']);
const hungUpBy = stored(['customer', 'agent', 'system']);
const itemResult = z.enum(['pass', 'fail', 'na']);

export const callSummaryAnswer = named(
  'CallSummary',
  z.object({
    id: z.string(),
    callId: z.string(),
    direction,
    /** Masked (C11). */
    callerMasked: z.string().nullable(),
    queue: z.string().nullable(),
    agentId: z.string().nullable(),
    agentName: z.string().nullable(),
    agentNo: z.string().nullable(),
    state: z.enum(['ringing', 'answered', 'ended']),
    ringStartedAt: instantDate,
    answeredAt: instantDate.nullable(),
    endedAt: instantDate.nullable(),
    hungUpBy: hungUpBy.nullable(),
    rings: z.number().int().nullable(),
    answeredWithinRings: z.boolean().nullable(),
    simulated: z.boolean(),
    score: z.number().nullable(),
    hitCount: z.number().int().nullable(),
    reviewed: z.boolean(),
    caseCount: z.number().int(),
  }),
);

export const turnAnswer = named(
  'Turn',
  z.object({ speaker: z.enum(SPEAKERS), text: z.string(), startMs: z.number(), endMs: z.number() }),
);

/** The QA scorecard (domain/qa/scorecard.ts Scorecard). */
export const scorecardAnswer = named(
  'Scorecard',
  z.object({
    items: z.array(
      z.object({
        id: z.enum(QA_ITEM_IDS),
        weight: z.number(),
        result: itemResult,
        /** Stable reason code for a fail or n/a; the console translates it. */
        reason: z.string().nullable(),
        turns: z.array(z.number().int()),
        missing: z.array(z.string()).optional(),
        review: z.object({ original: itemResult, comment: z.string() }).optional(),
      }),
    ),
    score: z.number().nullable(),
    hits: z.array(
      z.object({
        turn: z.number().int(),
        phraseId: z.string(),
        start: z.number().int(),
        end: z.number().int(),
      }),
    ),
  }),
);

export const silentLogAnswer = named(
  'SilentLog',
  z.object({
    entries: z.array(z.object({ step: z.number().int(), atMs: z.number() })),
    hungUpAtMs: z.number().nullable(),
    customerSpoke: z.boolean(),
  }),
);

export const transcriptVersionAnswer = named(
  'TranscriptVersion',
  z.object({
    version: z.number().int(),
    source: stored(TRANSCRIPT_SOURCES),
    addedBy: z.string().nullable(),
    addedAt: instantDate,
    reason: z.string().nullable(),
    turnCount: z.number().int(),
    /** The score the card had when this version was added. */
    score: z.number().nullable(),
  }),
);

export const scoreHistoryAnswer = named(
  'ScoreChange',
  z.object({
    id: z.string(),
    at: instantDate,
    cause: stored(SCORE_CAUSES),
    actor: z.string().nullable(),
    reason: z.string().nullable(),
    transcriptVersion: z.number().int().nullable(),
    scoreBefore: z.number().nullable(),
    scoreAfter: z.number().nullable(),
  }),
);

export const callDetailAnswer = named(
  'CallDetail',
  callSummaryAnswer
    .omit({
      agentId: true,
      agentName: true,
      agentNo: true,
      score: true,
      hitCount: true,
      reviewed: true,
      caseCount: true,
    })
    .extend({
      lineName: z.string(),
      agent: z.object({ id: z.string(), name: z.string(), agentNo: z.string().nullable() }).nullable(),
      events: z.array(z.object({ event: z.string(), at: instantDate, receivedAt: instantDate })),
      cases: z.array(
        z.object({
          id: z.string(),
          number: z.string(),
          kind: stored(CASE_KINDS),
          status: stored(CASE_STATUSES),
          customerName: z.string().nullable(),
        }),
      ),
      silentLog: silentLogAnswer.nullable(),
      silentCheck: z
        .object({
          followed: z.boolean(),
          problems: z.array(
            z.object({
              kind: z.enum([
                'STEP_MISSING',
                'STEP_ORDER',
                'WAIT_TOO_SHORT',
                'HUNG_UP_EARLY',
                'HANG_UP_MISSING',
              ]),
              step: z.number().int(),
            }),
          ),
          // What the transcript and the PBX say against a log of silence (issue #17 part 7).
          contradictions: z.array(z.enum(['CUSTOMER_TURNS', 'CUSTOMER_HUNG_UP', 'TALK_TIME'])),
        })
        .nullable(),
      transcript: z
        .object({
          version: z.number().int(),
          source: stored(TRANSCRIPT_SOURCES),
          uploadedAt: instantDate,
          turns: z.array(turnAnswer),
        })
        .nullable(),
      transcriptVersions: z.array(transcriptVersionAnswer),
      scoreHistory: z.array(scoreHistoryAnswer),
      scorecard: z
        .object({
          version: z.number().int(),
          score: z.number().nullable(),
          autoScore: z.number().nullable(),
          card: scorecardAnswer,
          autoCard: scorecardAnswer,
          configVersion: z.number().int(),
          phraseVersion: z.number().int(),
          reviewedAt: instantDate.nullable(),
          reviews: z.array(
            z.object({
              at: instantDate,
              reviewer: z.string(),
              overrides: z.unknown(),
              scoreBefore: z.number().nullable(),
              scoreAfter: z.number().nullable(),
            }),
          ),
        })
        .nullable(),
    }),
);

export const ctiEventResponse = answers({ 200: z.object({ id: z.string(), duplicate: z.boolean() }) });
export const callListResponse = answers({
  200: named(
    'CallPage',
    z.object({
      total: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
      items: z.array(callSummaryAnswer),
    }),
  ),
});
export const callDetailResponse = answers({ 200: callDetailAnswer });
