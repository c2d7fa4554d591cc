/**
 * Self-study quizzes (issue #20 part 5, seed 002 §四(一)3 自主学习): managers keep quizzes on the knowledge base,
 * agents take them, every attempt is kept (append-only), a pass of a certifying quiz issues its topic's training
 * certificate, and the assessment's 业务知识 item reads the results (mastery()).
 */
import { randomUUID } from 'node:crypto';
import { localDateOf } from '@claimline/domain/calendar';
import {
  gradeQuiz,
  knowledgeMastery,
  type QuizQuestion,
  quizProblems,
  suggestedKnowledgePoints,
} from '@claimline/domain/knowledge';
import { certificateExpiry, TRAINING_TOPIC_LABELS, type TrainingTopic } from '@claimline/domain/training';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { TRAINING_SETTINGS } from '../training/settings.ts';
import * as repo from './quiz-repository.ts';
import type { QuizAttemptBody, SaveQuizBody } from './quiz-schema.ts';
import { readableBranchIds } from './repository.ts';

const topicLabel = (t: string) => TRAINING_TOPIC_LABELS[t as TrainingTopic] ?? { zh: t, en: t };

const audit = (
  tx: Tx,
  ctx: RequestCtx,
  action: 'knowledgeQuiz.save' | 'knowledgeQuiz.attempt',
  objectId: string,
  details: Record<string, unknown>,
) =>
  appendAudit(tx, {
    at: ctx.clock.now(),
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action,
    objectType: 'knowledgeQuiz',
    objectId,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details,
  });

const canManage = (ctx: RequestCtx, branchId: string) =>
  ctx.actor.permissions.includes('knowledge.manage') && ctx.actor.scope.includes(branchId);

const summary = (ctx: RequestCtx, q: repo.QuizRow, mine: repo.BestAttempt | undefined) => ({
  id: q.id,
  title: q.title,
  topic: q.topic,
  topicLabel: topicLabel(q.topic),
  passMark: q.pass_mark,
  certifies: q.certifies,
  published: q.published,
  version: q.version,
  questionCount: (q.questions as QuizQuestion[]).length,
  branchName: q.branch_name,
  canEdit: canManage(ctx, q.branch_id),
  myBest: mine ? { score: mine.best, passed: mine.passed, attempts: mine.attempts } : null,
});

/** Quizzes the person may take (published, in readable branches) and, for a maintainer, the drafts of their scope. */
export const listQuizzes = async (deps: Deps, ctx: RequestCtx) => {
  const readable = await readableBranchIds(deps.db, ctx.actor.branchPath, ctx.actor.scope);
  const rows = await repo.listQuizzes(deps.db, readable);
  const best = new Map((await repo.bestAttempts(deps.db, ctx.actor.id)).map((b) => [b.quiz_id, b]));
  return {
    items: rows
      .filter((q) => q.published || canManage(ctx, q.branch_id))
      .map((q) => summary(ctx, q, best.get(q.id))),
  };
};

const findReadable = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const readable = await readableBranchIds(deps.db, ctx.actor.branchPath, ctx.actor.scope);
  const q = await repo.findQuiz(deps.db, id, readable);
  if (!q || !(q.published || canManage(ctx, q.branch_id))) throw new AppError('KNOWLEDGE_QUIZ_NOT_FOUND');
  return q;
};

/** A quiz to take: the questions without their answers; a maintainer also gets the answers to edit them. */
export const getQuiz = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const q = await findReadable(deps, ctx, id);
  const edit = canManage(ctx, q.branch_id);
  const questions = q.questions as QuizQuestion[];
  return {
    ...summary(ctx, q, undefined),
    articleIds: q.article_ids,
    questions: questions.map((x) => ({
      id: x.id,
      prompt: x.prompt,
      options: [...x.options],
      articleId: x.articleId ?? null,
      answer: edit ? x.answer : null,
    })),
  };
};

/** Creates a quiz or saves the next version of one (stale version → 409; attempts keep the version they took). */
export const saveQuiz = async (deps: Deps, ctx: RequestCtx, id: string | null, b: SaveQuizBody) => {
  const problems = quizProblems(b.questions, b.passMark);
  if (problems.length > 0) throw new AppError('KNOWLEDGE_QUIZ_INVALID', { problems });
  const now = ctx.clock.now();
  const quizId = id ?? randomUUID();
  await deps.db.transaction().execute(async (tx) => {
    if (id === null) {
      const branchId = b.branchId ?? ctx.actor.branchId;
      if (!canManage(ctx, branchId)) throw new AppError('KNOWLEDGE_NOT_MAINTAINER');
      await repo.insertQuiz(tx, {
        id: quizId,
        branch_id: branchId,
        topic: b.topic,
        title: b.title,
        pass_mark: b.passMark,
        certifies: b.certifies,
        questions: JSON.stringify(b.questions),
        article_ids: b.articleIds,
        published: b.published,
        version: 1,
        created_by: ctx.actor.id,
        created_at: now,
        updated_by: ctx.actor.id,
        updated_at: now,
      });
    } else {
      const cur = await repo.lockQuiz(tx, id, ctx.actor.scope);
      if (!cur) throw new AppError('KNOWLEDGE_QUIZ_NOT_FOUND');
      if (!canManage(ctx, cur.branch_id)) throw new AppError('KNOWLEDGE_NOT_MAINTAINER');
      if (b.version !== cur.version) throw new AppError('VERSION_CONFLICT');
      await repo.updateQuiz(tx, id, {
        topic: b.topic,
        title: b.title,
        pass_mark: b.passMark,
        certifies: b.certifies,
        questions: JSON.stringify(b.questions),
        article_ids: b.articleIds,
        published: b.published,
        version: cur.version + 1,
        updated_by: ctx.actor.id,
        updated_at: now,
      });
    }
    await audit(tx, ctx, 'knowledgeQuiz.save', quizId, {
      title: b.title,
      topic: b.topic,
      passMark: b.passMark,
      certifies: b.certifies,
      published: b.published,
      questions: b.questions.length,
    });
  });
  return getQuiz(deps, ctx, quizId);
};

/**
 * Grades an attempt on the server (the taker never sees the answers first), keeps it, and on a pass of a certifying
 * quiz issues the topic's certificate from today (once per quiz version), as a session's exam does (§四(二)3).
 */
export const attemptQuiz = async (deps: Deps, ctx: RequestCtx, id: string, b: QuizAttemptBody) => {
  const q = await findReadable(deps, ctx, id);
  if (!q.published) throw new AppError('KNOWLEDGE_QUIZ_NOT_PUBLISHED');
  const questions = q.questions as QuizQuestion[];
  if (b.version !== q.version) throw new AppError('VERSION_CONFLICT');
  if (b.answers.length !== questions.length) throw new AppError('KNOWLEDGE_QUIZ_ANSWERS');
  const result = gradeQuiz(questions, b.answers, q.pass_mark);
  const now = ctx.clock.now();
  const attemptId = randomUUID();
  const certificateId = await deps.db.transaction().execute(async (tx) => {
    let cert: string | null = null;
    if (result.passed && q.certifies && !(await repo.certifiedBy(tx, ctx.actor.id, q.id, q.version))) {
      cert = randomUUID();
      const today = localDateOf(now);
      await tx
        .insertInto('training_certificates')
        .values({
          id: cert,
          user_id: ctx.actor.id,
          topic: q.topic,
          session_id: null,
          issued_on: today,
          expires_on: certificateExpiry(today, TRAINING_SETTINGS.certificateMonths),
          created_at: now,
        })
        .execute();
    }
    await repo.insertAttempt(tx, {
      id: attemptId,
      quiz_id: q.id,
      quiz_version: q.version,
      user_id: ctx.actor.id,
      branch_id: ctx.actor.branchId,
      answers: JSON.stringify(b.answers),
      correct: result.correct,
      total: result.total,
      score: result.score,
      passed: result.passed,
      certificate_id: cert,
      taken_at: now,
    });
    await audit(tx, ctx, 'knowledgeQuiz.attempt', q.id, {
      score: result.score,
      passed: result.passed,
      certificateId: cert,
    });
    return cert;
  });
  return { id: attemptId, ...result, certified: certificateId !== null };
};

/** Attempts of people in the caller's scope (or their own), newest first: the training record of self-study. */
export const listAttempts = async (deps: Deps, ctx: RequestCtx, userId: string | undefined) => {
  const own = !ctx.actor.permissions.includes('training.manage');
  const who = own ? ctx.actor.id : userId;
  const rows = await repo.attemptsIn(deps.db, ctx.actor.scope, who);
  return {
    items: rows.map((r) => ({
      id: r.id,
      quizId: r.quiz_id,
      title: r.title,
      topicLabel: topicLabel(r.topic),
      userId: r.user_id,
      name: r.display_name,
      score: r.score,
      passed: r.passed,
      certified: r.certificate_id !== null,
      takenAt: r.taken_at,
    })),
  };
};

/** The 业务知识 evidence of an agent over [from, to) (§五(一)3): mastery and the lead's suggested points. */
export const mastery = async (q: Db | Tx, agentId: string, from: Date, to: Date) => {
  const rows = await repo.attemptFacts(q, agentId, from, to);
  const m = knowledgeMastery(rows.map((r) => ({ quizId: r.quiz_id, score: r.score })));
  return {
    quizzes: new Set(rows.map((r) => r.quiz_id)).size,
    attempts: rows.length,
    mastery: m,
    suggestedPoints: suggestedKnowledgePoints(m),
  };
};

/** A branch's knowledge score over [from, to): the mean of its agents' mastery (those who took a quiz). */
export const branchKnowledgeScore = async (
  q: Db | Tx,
  branchId: string,
  callerScope: readonly string[],
  from: Date,
  to: Date,
) => {
  const rows = await repo.subtreeAttemptFacts(q, branchId, callerScope, from, to);
  const byUser = new Map<string, { quizId: string; score: number }[]>();
  for (const r of rows)
    byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), { quizId: r.quiz_id, score: r.score }]);
  const each = [...byUser.values()].map(knowledgeMastery).filter((m): m is number => m !== null);
  return each.length === 0 ? null : each.reduce((s, x) => s + x, 0) / each.length;
};
