import { CLAIM_TYPES } from '@claimline/domain/claim-applications';
import {
  CARE_FLAGS,
  DOCUMENT_TICKS,
  EXPLANATION_TOPICS,
  SATISFACTION_MAX,
  SATISFACTION_MIN,
  VISIT_MACHINE,
  VISIT_PURPOSES,
} from '@claimline/domain/front-desk';
import { z } from 'zod';
import { answers, instantDate, localDay, named, offeredMoveAnswer, zhEn } from '../http/answers.ts';

export const visitIdParams = z.object({ id: z.uuid() });

/** A walk-in at the counter of the person's branch: who (the name, sealed) and any special care. */
export const registerVisitBody = z.object({
  visitorName: z.string().trim().min(1).max(40),
  careFlag: z.enum(CARE_FLAGS).nullable().default(null),
});
export type RegisterVisitBody = z.infer<typeof registerVisitBody>;

const events = Object.keys(VISIT_MACHINE.events) as [
  keyof typeof VISIT_MACHINE.events,
  ...(keyof typeof VISIT_MACHINE.events)[],
];
/** One body for every stage: each move reads the fields of its own stage (the machine's input guards). */
export const visitMoveBody = z.object({
  event: z.enum(events),
  version: z.number().int().min(1).optional(),
  purpose: z.enum(VISIT_PURPOSES).optional(),
  claimType: z.enum(CLAIM_TYPES).optional(),
  policyNo: z.string().trim().max(40).optional(),
  summary: z.string().trim().max(2000).optional(),
  idNumber: z.string().trim().max(30).optional(),
  identityChecked: z.boolean().optional(),
  assessment: z.string().trim().max(2000).optional(),
  explanationIds: z.array(z.uuid()).max(30).optional(),
  documents: z
    .array(z.object({ id: z.string().max(60), tick: z.enum(DOCUMENT_TICKS) }))
    .max(60)
    .optional(),
  followUp: z.string().trim().max(2000).optional(),
  linkedCaseNumber: z.string().trim().max(40).optional(),
  satisfaction: z.number().int().min(SATISFACTION_MIN).max(SATISFACTION_MAX).optional(),
  comment: z.string().trim().max(1000).optional(),
});
export type VisitMoveBody = z.infer<typeof visitMoveBody>;

export const visitListQuery = z.object({ day: localDay.optional() });

export const explanationBody = z.object({
  topic: z.enum(EXPLANATION_TOPICS),
  title: z.string().trim().min(1).max(60),
  body: z.string().trim().min(1).max(2000),
  active: z.boolean().default(true),
});
export type ExplanationBody = z.infer<typeof explanationBody>;
export const explanationUpdateBody = explanationBody.extend({ version: z.number().int().min(1) });
export type ExplanationUpdateBody = z.infer<typeof explanationUpdateBody>;

const stageTime = z.object({
  stage: z.string(),
  label: zhEn,
  seconds: z.number().int(),
  running: z.boolean(),
});

const visitSummary = {
  id: z.string(),
  ticketNo: z.string(),
  day: localDay,
  visitorName: z.string().describe('masked'),
  careFlag: z.string().nullable(),
  careLabel: zhEn.nullable(),
  state: z.string(),
  stateLabel: zhEn,
  version: z.number().int(),
  arrivedAt: instantDate,
  calledAt: instantDate.nullable(),
  /** Arrival until the ticket was called, or until now while waiting. */
  waitingSeconds: z.number().int(),
  stageSince: instantDate,
  stages: z.array(stageTime),
  calledBy: z.string().nullable(),
};
export const visitSummaryAnswer = named('VisitSummary', z.object(visitSummary));

const explanationAnswer = named(
  'VisitExplanation',
  z.object({
    id: z.string(),
    topic: z.string(),
    topicLabel: zhEn,
    title: z.string(),
    body: z.string(),
    active: z.boolean(),
    version: z.number().int(),
    branchName: z.string(),
    editable: z.boolean(),
  }),
);

export const visitAnswer = named(
  'Visit',
  z.object({
    ...visitSummary,
    purpose: z.string().nullable(),
    purposeLabel: zhEn.nullable(),
    claimType: z.string().nullable(),
    claimTypeLabel: zhEn.nullable(),
    policyNo: z.string().nullable(),
    summary: z.string().nullable().describe('masked where it holds personal data'),
    idNumber: z.string().nullable().describe('masked'),
    assessment: z.string().nullable(),
    explanations: z.array(
      z.object({ id: z.string(), topic: z.string(), title: z.string(), version: z.number() }),
    ),
    documents: z.array(
      z.object({
        id: z.string(),
        label: zhEn,
        tick: z.string().nullable(),
        articleIds: z.array(z.string()).optional(),
      }),
    ),
    followUp: z.string().nullable(),
    linkedCase: z.object({ id: z.string(), number: z.string() }).nullable(),
    satisfaction: z.number().int().nullable(),
    comment: z.string().nullable(),
    closedAt: instantDate.nullable(),
    /** 来有迎声，去有送语: the pack's words for this stage (greeting at reception, farewell at closing). */
    prompt: z.object({ kind: z.enum(['greeting', 'farewell']), text: z.string() }).nullable(),
    /** The library texts that apply at the visit's branch, for the explanation stage. */
    library: z.array(explanationAnswer),
    moves: z.array(offeredMoveAnswer),
  }),
);

export const visitResponse = answers({ 200: visitAnswer });
export const visitCreatedResponse = answers({ 201: visitAnswer });
export const queueResponse = answers({
  200: named(
    'VisitQueue',
    z.object({
      now: instantDate,
      waiting: z.array(visitSummaryAnswer),
      serving: z.array(visitSummaryAnswer),
      greeting: z.string(),
    }),
  ),
});
export const visitListResponse = answers({
  200: named('VisitList', z.object({ day: localDay, items: z.array(visitSummaryAnswer) })),
});
export const explanationListResponse = answers({
  200: named('VisitExplanationList', z.object({ items: z.array(explanationAnswer), canEdit: z.boolean() })),
});
export const explanationResponse = answers({ 200: explanationAnswer });
export const explanationCreatedResponse = answers({ 201: explanationAnswer });
