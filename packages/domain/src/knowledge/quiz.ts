/**
 * Self-study quizzes (自学测验), seed 002 §四(一)3 "鼓励客服人员自主学习，提供相关学习资料和在线学习平台": a quiz is a
 * short single-choice test on knowledge-base articles. Its results are training records (a quiz that certifies its
 * topic issues the same certificate as a session's exam, §四(二)3 考核方式可以包括笔试), and the assessment's
 * 业务知识 item (§五(一)3 保险产品知识掌握程度、相关法律法规熟悉程度) reads them. Pure.
 */

import { QUALITATIVE_MAX_POINTS } from '../assessment/template.ts';

/** Two to six options a question; the usual shape of a written single-choice test. */
export const QUIZ_MIN_OPTIONS = 2;
export const QUIZ_MAX_OPTIONS = 6;
export const QUIZ_MAX_QUESTIONS = 50;

export type QuizQuestion = {
  id: string;
  prompt: string;
  options: readonly string[];
  /** Index of the right option. Never sent to the person taking the quiz. */
  answer: number;
  /** The article that teaches it: shown with a wrong answer so the agent knows what to read. */
  articleId?: string | null;
};

export type QuizProblem = {
  kind:
    | 'EMPTY'
    | 'TOO_MANY'
    | 'OPTIONS'
    | 'ANSWER_OUT_OF_RANGE'
    | 'DUPLICATE_OPTION'
    | 'DUPLICATE_ID'
    | 'PASS_MARK';
  question?: string;
};

/** What is wrong with a quiz before it may be saved; empty when it is fine. */
export const quizProblems = (questions: readonly QuizQuestion[], passMark: number): QuizProblem[] => {
  const out: QuizProblem[] = [];
  if (questions.length === 0) out.push({ kind: 'EMPTY' });
  if (questions.length > QUIZ_MAX_QUESTIONS) out.push({ kind: 'TOO_MANY' });
  if (!(passMark > 0 && passMark <= 100)) out.push({ kind: 'PASS_MARK' });
  const ids = new Set<string>();
  for (const q of questions) {
    if (ids.has(q.id)) out.push({ kind: 'DUPLICATE_ID', question: q.id });
    ids.add(q.id);
    if (q.options.length < QUIZ_MIN_OPTIONS || q.options.length > QUIZ_MAX_OPTIONS)
      out.push({ kind: 'OPTIONS', question: q.id });
    if (!Number.isInteger(q.answer) || q.answer < 0 || q.answer >= q.options.length)
      out.push({ kind: 'ANSWER_OUT_OF_RANGE', question: q.id });
    const texts = q.options.map((o) => o.trim());
    if (new Set(texts).size !== texts.length) out.push({ kind: 'DUPLICATE_OPTION', question: q.id });
  }
  return out;
};

export type QuizResult = {
  correct: number;
  total: number;
  /** Out of 100, one decimal. */
  score: number;
  passed: boolean;
  /** The questions answered wrongly (or not at all), with the article to read. */
  wrong: { id: string; articleId: string | null }[];
};

/**
 * Grades one attempt. `answers[i]` is the option chosen for question i (null or missing: unanswered, counted wrong).
 * A pass is a score at or above the pass mark (the same rule as a session's exam).
 */
export const gradeQuiz = (
  questions: readonly QuizQuestion[],
  answers: readonly (number | null)[],
  passMark: number,
): QuizResult => {
  const wrong: QuizResult['wrong'] = [];
  questions.forEach((q, i) => {
    if (answers[i] !== q.answer) wrong.push({ id: q.id, articleId: q.articleId ?? null });
  });
  const total = questions.length;
  const correct = total - wrong.length;
  const score = total === 0 ? 0 : Math.round((1000 * correct) / total) / 10;
  return { correct, total, score, passed: total > 0 && score >= passMark, wrong };
};

export type QuizAttemptFact = { quizId: string; score: number };

/**
 * An agent's knowledge mastery over a period (§五(一)3): the mean of their best score on each quiz they took in it.
 * The best, not the last, so a retake to learn never lowers the figure; null when they took none.
 */
export const knowledgeMastery = (attempts: readonly QuizAttemptFact[]): number | null => {
  const best = new Map<string, number>();
  for (const a of attempts) best.set(a.quizId, Math.max(best.get(a.quizId) ?? 0, a.score));
  if (best.size === 0) return null;
  const mean = [...best.values()].reduce((s, x) => s + x, 0) / best.size;
  return Math.round(mean * 10) / 10;
};

/**
 * The 业务知识 points the lead is offered from the mastery: the 0–100 figure on the lead's 0..QUALITATIVE_MAX_POINTS
 * scale, to the half point. A suggestion: the lead's evaluation (§五(二)1 上级评价) still decides.
 */
export const suggestedKnowledgePoints = (mastery: number | null): number | null =>
  mastery === null ? null : Math.round((mastery / 100) * QUALITATIVE_MAX_POINTS * 2) / 2;
