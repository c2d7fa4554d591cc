import { TRAINING_TOPICS } from '@claimline/domain/training';
import { z } from 'zod';
import { answers, localDay, named, stored, zhEn } from '../http/answers.ts';

export const createPlanBody = z.object({
  year: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(1).max(200),
  goals: z.string().trim().min(1).max(2000),
  content: z.string().trim().min(1).max(4000),
  schedule: z.string().trim().min(1).max(2000),
});
export const createSessionBody = z.object({
  planId: z.uuid().optional(),
  topic: z.enum(TRAINING_TOPICS),
  title: z.string().trim().min(1).max(200),
  day: localDay,
  place: z.string().trim().max(200).default(''),
  trainer: z.string().trim().max(200).default(''),
});
export const attendanceBody = z.object({
  records: z
    .array(
      z.object({
        userId: z.uuid(),
        attended: z.boolean(),
        examScore: z.number().min(0).max(100).nullable(),
      }),
    )
    .min(1)
    .max(500),
});
export const idParams = z.object({ id: z.uuid() });
export const certificatesQuery = z.object({ expiringSoon: z.enum(['true', 'false']).optional() });

const topic = { topic: stored(TRAINING_TOPICS), topicLabel: zhEn };

export const planAnswer = named(
  'TrainingPlan',
  z.object({
    id: z.string(),
    year: z.number().int(),
    title: z.string(),
    goals: z.string(),
    content: z.string(),
    schedule: z.string(),
  }),
);
export const sessionAnswer = named(
  'TrainingSession',
  z.object({
    id: z.string(),
    planId: z.string().nullable(),
    ...topic,
    title: z.string(),
    day: localDay,
    place: z.string(),
    trainer: z.string(),
    attendance: z.array(
      z.object({
        userId: z.string(),
        name: z.string(),
        attended: z.boolean(),
        examScore: z.number().nullable(),
        passed: z.boolean().nullable(),
      }),
    ),
  }),
);
export const certificateAnswer = named(
  'TrainingCertificate',
  z.object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    ...topic,
    issuedOn: localDay,
    expiresOn: localDay,
    expiringSoon: z.boolean(),
  }),
);
export const planResponse = answers({ 201: planAnswer });
export const plansResponse = answers({ 200: z.object({ items: z.array(planAnswer) }) });
export const sessionResponse = answers({ 200: sessionAnswer, 201: sessionAnswer });
export const sessionsResponse = answers({ 200: z.object({ items: z.array(sessionAnswer) }) });
export const certificatesResponse = answers({
  200: z.object({ items: z.array(certificateAnswer), passMark: z.number() }),
});
