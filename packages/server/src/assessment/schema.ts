import {
  ASSESSMENT_MACHINE,
  ASSESSMENT_PERIOD_KINDS,
  QUALITATIVE_ITEM_IDS,
} from '@claimline/domain/assessment';
import { KPI_IDS } from '@claimline/domain/kpis';
import { z } from 'zod';
import { answers, instantDate, named, offeredMoveAnswer, stored, zhEn } from '../http/answers.ts';

const STATES = Object.keys(ASSESSMENT_MACHINE.states) as [string, ...string[]];
const EVENTS = Object.keys(ASSESSMENT_MACHINE.events) as [string, ...string[]];

const qualitative = z.partialRecord(z.enum(QUALITATIVE_ITEM_IDS), z.number().min(0).max(5));

export const openAssessmentBody = z.object({
  agentId: z.uuid(),
  periodKind: z.enum(ASSESSMENT_PERIOD_KINDS),
  periodKey: z.string().regex(/^\d{4}-(\d{2}|Q[1-4])$/),
});
export const assessmentMoveBody = z.object({
  event: z.enum(EVENTS),
  version: z.number().int().optional(),
  self: z
    .object({
      strengths: z.string().trim().max(2000),
      weaknesses: z.string().trim().max(2000),
      plan: z.string().trim().max(2000),
    })
    .optional(),
  qualitative: qualitative.optional(),
  comment: z.string().trim().max(2000).optional(),
  reason: z.string().trim().max(2000).optional(),
});
export type AssessmentMoveBody = z.infer<typeof assessmentMoveBody>;
export const idParams = z.object({ id: z.uuid() });
export const listQuery = z.object({ queue: z.enum(['mine', 'review', 'signOff', 'all']).default('mine') });

const item = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('kpi'),
    kpi: z.enum(KPI_IDS),
    weight: z.number().positive().max(100),
    target: z.number(),
    floor: z.number(),
  }),
  z.object({
    kind: z.literal('qualitative'),
    id: z.enum(QUALITATIVE_ITEM_IDS),
    weight: z.number().positive().max(100),
  }),
]);
export const saveTemplateBody = z.object({
  /** A new version of this template; absent for a new template. */
  templateKey: z.uuid().optional(),
  periodKind: z.enum(ASSESSMENT_PERIOD_KINDS),
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
  items: z.array(item).min(1).max(30),
  note: z.string().trim().max(500).optional(),
});

export const templateAnswer = named(
  'AssessmentTemplate',
  z.object({
    id: z.string(),
    templateKey: z.string(),
    version: z.number().int(),
    headOffice: z.boolean(),
    periodKind: stored(ASSESSMENT_PERIOD_KINDS),
    name: zhEn,
    items: z.array(item),
    itemLabels: z.array(zhEn),
  }),
);

const itemScore = z.object({
  key: z.string(),
  label: zhEn,
  kind: z.enum(['kpi', 'qualitative']),
  weight: z.number(),
  input: z.number().nullable(),
  points: z.number().nullable(),
  low: z.boolean(),
});

export const assessmentAnswer = named(
  'Assessment',
  z.object({
    id: z.string(),
    agentId: z.string(),
    agentName: z.string(),
    periodKind: stored(ASSESSMENT_PERIOD_KINDS),
    periodKey: z.string(),
    state: stored(STATES),
    stateLabel: zhEn,
    version: z.number().int(),
    template: z.object({ id: z.string(), name: zhEn, version: z.number().int() }),
    self: z.object({ strengths: z.string(), weaknesses: z.string(), plan: z.string() }).nullable(),
    qualitative: z.record(z.string(), z.number()),
    leadComment: z.string().nullable(),
    items: z.array(itemScore),
    total: z.number().nullable(),
    suggestedTraining: z.array(z.object({ topic: z.string(), label: zhEn })),
    /** §五(一)3 业务知识: self-study quiz results in the period and the points they suggest to the lead. */
    knowledge: z
      .object({
        quizzes: z.number().int(),
        attempts: z.number().int(),
        mastery: z.number().nullable(),
        suggestedPoints: z.number().nullable(),
      })
      .nullable(),
    signedAt: instantDate.nullable(),
    appealUntil: instantDate.nullable(),
    appealText: z.string().nullable(),
    appealDecision: z.string().nullable(),
    scoreVersion: z.number().int(),
    versions: z.array(
      z.object({
        scoreVersion: z.number().int(),
        total: z.number().nullable(),
        reason: z.string(),
        by: z.string(),
        at: instantDate,
      }),
    ),
    moves: z.array(offeredMoveAnswer),
  }),
);
const listItem = z.object({
  id: z.string(),
  agentId: z.string(),
  agentName: z.string(),
  periodKind: z.string(),
  periodKey: z.string(),
  state: stored(STATES),
  stateLabel: zhEn,
  total: z.number().nullable(),
});
export const assessmentResponse = answers({ 200: assessmentAnswer, 201: assessmentAnswer });
export const assessmentsResponse = answers({ 200: z.object({ items: z.array(listItem) }) });
export const templateResponse = answers({ 201: templateAnswer });
export const templatesResponse = answers({ 200: z.object({ items: z.array(templateAnswer) }) });
