import { QUIZ_MAX_OPTIONS, QUIZ_MAX_QUESTIONS } from '@claimline/domain/knowledge';
import { TRAINING_TOPICS } from '@claimline/domain/training';
import { z } from 'zod';
import { answers, instantDate, named, zhEn } from '../http/answers.ts';

export const quizIdParams = z.object({ id: z.uuid() });
export const attemptListQuery = z.object({ userId: z.uuid().optional() });

const question = z.object({
  id: z.string().trim().min(1).max(40),
  prompt: z.string().trim().min(1).max(500),
  options: z.array(z.string().trim().min(1).max(200)).min(2).max(QUIZ_MAX_OPTIONS),
  answer: z.number().int().min(0),
  articleId: z.uuid().nullable().optional(),
});

export const saveQuizBody = z.object({
  title: z.string().trim().min(1).max(120),
  topic: z.enum(TRAINING_TOPICS),
  passMark: z.number().gt(0).max(100),
  certifies: z.boolean().default(false),
  published: z.boolean().default(false),
  questions: z.array(question).min(1).max(QUIZ_MAX_QUESTIONS),
  articleIds: z.array(z.uuid()).max(20).default([]),
  branchId: z.uuid().optional(),
  /** The version the editor opened (an update only). */
  version: z.number().int().min(1).optional(),
});
export type SaveQuizBody = z.infer<typeof saveQuizBody>;

export const quizAttemptBody = z.object({
  version: z.number().int().min(1),
  answers: z.array(z.number().int().min(0).max(QUIZ_MAX_OPTIONS).nullable()).max(QUIZ_MAX_QUESTIONS),
});
export type QuizAttemptBody = z.infer<typeof quizAttemptBody>;

const summary = z.object({
  id: z.string(),
  title: z.string(),
  topic: z.string(),
  topicLabel: zhEn,
  passMark: z.number(),
  certifies: z.boolean(),
  published: z.boolean(),
  version: z.number().int(),
  questionCount: z.number().int(),
  branchName: z.string(),
  canEdit: z.boolean(),
  myBest: z.object({ score: z.number(), passed: z.boolean(), attempts: z.number().int() }).nullable(),
});

export const quizListResponse = answers({
  200: named('KnowledgeQuizList', z.object({ items: z.array(named('KnowledgeQuizSummary', summary)) })),
});
const quizAnswer = named(
  'KnowledgeQuiz',
  summary.extend({
    articleIds: z.array(z.string()),
    questions: z.array(
      z.object({
        id: z.string(),
        prompt: z.string(),
        options: z.array(z.string()),
        articleId: z.string().nullable(),
        /** Only for a maintainer; null for a taker. */
        answer: z.number().int().nullable(),
      }),
    ),
  }),
);
export const quizResponse = answers({ 200: quizAnswer });
export const quizCreatedResponse = answers({ 201: quizAnswer });
export const quizAttemptResponse = answers({
  201: named(
    'KnowledgeQuizResult',
    z.object({
      id: z.string(),
      correct: z.number().int(),
      total: z.number().int(),
      score: z.number(),
      passed: z.boolean(),
      certified: z.boolean(),
      wrong: z.array(z.object({ id: z.string(), articleId: z.string().nullable() })),
    }),
  ),
});
export const attemptListResponse = answers({
  200: named(
    'KnowledgeQuizAttemptList',
    z.object({
      items: z.array(
        z.object({
          id: z.string(),
          quizId: z.string(),
          title: z.string(),
          topicLabel: zhEn,
          userId: z.string(),
          name: z.string(),
          score: z.number(),
          passed: z.boolean(),
          certified: z.boolean(),
          takenAt: instantDate,
        }),
      ),
    }),
  ),
});
