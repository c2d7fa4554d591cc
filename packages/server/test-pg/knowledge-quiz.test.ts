import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestSystem, testSystem } from './helpers.ts';

/**
 * Issue #20 part 5 (seed 002 §四(一)3 自主学习, §五(一)3 业务知识): a maintainer writes a quiz, an agent takes it
 * (graded on the server, kept append-only), a pass of a certifying quiz issues the topic's training certificate once,
 * and the agent's assessment reads the results for its 业务知识 item.
 */
let sys: TestSystem;
let mgr: string;
let agent: string;
let other: string;
let sup: string;
let agentId: string;
let quizId: string;

type Loose = Record<string, unknown> & {
  id: string;
  error: { code: string };
  version: number;
  questions: { id: string; answer: number | null }[];
  items: Record<string, unknown>[];
  score: number;
  passed: boolean;
  certified: boolean;
  wrong: { id: string; articleId: string | null }[];
  knowledge: {
    quizzes: number;
    attempts: number;
    mastery: number | null;
    suggestedPoints: number | null;
  } | null;
};
const call = async (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
  const res = await sys.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.json() as Loose };
};

const QUESTIONS = [
  { id: 'a', prompt: '车辆出险后应在多长时间内报案？', options: ['48小时', '一周', '一个月'], answer: 0 },
  { id: 'b', prompt: '索赔资料齐全后，保险公司作出核定的期限一般是？', options: ['30日', '90日'], answer: 0 },
  { id: 'c', prompt: '退保需要携带哪项材料？', options: ['保险合同', '驾驶证', '房产证'], answer: 0 },
  { id: 'd', prompt: '批改受益人需要谁的身份核实？', options: ['投保人', '被保险人的邻居'], answer: 0 },
];

beforeAll(async () => {
  sys = await testSystem();
  mgr = await sys.login('servicemanager.bj');
  agent = await sys.login('agent.bj01');
  other = await sys.login('agent.sh01');
  sup = await sys.login('supervisor.bj');
  agentId = (
    await sys.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'agent.bj01')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => sys.close());

describe('self-study quizzes', () => {
  it('refuses a quiz whose right answer is not one of its options, in words a person reads', async () => {
    const bad = await call(mgr, 'POST', '/api/knowledge/quizzes', {
      title: '坏测验',
      topic: 'productKnowledge',
      passMark: 60,
      questions: [{ id: 'x', prompt: '?', options: ['甲', '乙'], answer: 5 }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('KNOWLEDGE_QUIZ_INVALID');
    expect(await call(agent, 'POST', '/api/knowledge/quizzes', { title: 'x' })).toMatchObject({
      status: 403,
    });
  });

  it('a maintainer publishes a certifying quiz; a taker never receives the answers; another branch cannot see it', async () => {
    const created = await call(mgr, 'POST', '/api/knowledge/quizzes', {
      title: '车险理赔基础',
      topic: 'productKnowledge',
      passMark: 75,
      certifies: true,
      published: true,
      questions: QUESTIONS,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    quizId = created.body.id;
    expect(created.body.questions.map((q) => q.answer)).toEqual([0, 0, 0, 0]);
    const asTaker = await call(agent, 'GET', `/api/knowledge/quizzes/${quizId}`);
    expect(asTaker.status).toBe(200);
    expect(asTaker.body.questions.every((q) => q.answer === null)).toBe(true);
    expect((await call(agent, 'GET', '/api/knowledge/quizzes')).body.items.map((i) => i.id)).toContain(
      quizId,
    );
    expect((await call(other, 'GET', `/api/knowledge/quizzes/${quizId}`)).status).toBe(404);
  });

  it('grades on the server: a fail earns nothing, a pass certifies the topic once', async () => {
    const certs = () =>
      sys.db
        .selectFrom('training_certificates')
        .select('id')
        .where('user_id', '=', agentId)
        .where('topic', '=', 'productKnowledge')
        .execute();
    const before = (await certs()).length;
    const fail = await call(agent, 'POST', `/api/knowledge/quizzes/${quizId}/attempts`, {
      version: 1,
      answers: [0, 1, null, 1],
    });
    expect(fail.status, JSON.stringify(fail.body)).toBe(201);
    expect(fail.body).toMatchObject({ score: 25, passed: false, certified: false });
    expect(fail.body.wrong.map((w) => w.id)).toEqual(['b', 'c', 'd']);
    const pass = await call(agent, 'POST', `/api/knowledge/quizzes/${quizId}/attempts`, {
      version: 1,
      answers: [0, 0, 0, 1],
    });
    expect(pass.body).toMatchObject({ score: 75, passed: true, certified: true });
    const again = await call(agent, 'POST', `/api/knowledge/quizzes/${quizId}/attempts`, {
      version: 1,
      answers: [0, 0, 0, 0],
    });
    expect(again.body).toMatchObject({ score: 100, passed: true, certified: false });
    expect((await certs()).length).toBe(before + 1);
    const short = await call(agent, 'POST', `/api/knowledge/quizzes/${quizId}/attempts`, {
      version: 1,
      answers: [0],
    });
    expect(short.body.error.code).toBe('KNOWLEDGE_QUIZ_ANSWERS');
  });

  it('attempts are append-only: the database refuses to edit a result', async () => {
    await expect(
      sql`UPDATE knowledge_quiz_attempts SET score = 100 WHERE user_id = ${agentId}`.execute(sys.db),
    ).rejects.toThrow(/append-only/);
  });

  it('the agent sees their own results; a training manager sees the branch', async () => {
    const mine = await call(agent, 'GET', '/api/knowledge/quiz-attempts');
    expect(mine.body.items).toHaveLength(3);
    expect(mine.body.items.every((i) => i.userId === agentId)).toBe(true);
    const branch = await call(sup, 'GET', `/api/knowledge/quiz-attempts?userId=${agentId}`);
    expect(branch.body.items).toHaveLength(3);
    expect((await call(other, 'GET', '/api/knowledge/quiz-attempts')).body.items).toHaveLength(0);
  });

  it('a new version of the quiz needs the version the editor opened', async () => {
    const stale = await call(mgr, 'PUT', `/api/knowledge/quizzes/${quizId}`, {
      title: '车险理赔基础（修订）',
      topic: 'productKnowledge',
      passMark: 75,
      certifies: true,
      published: true,
      questions: QUESTIONS,
      version: 7,
    });
    expect(stale.status).toBe(409);
  });

  it('the assessment of the period reads the results for 业务知识 (best score per quiz, suggested points)', async () => {
    const opened = await call(sup, 'POST', '/api/assessments', {
      agentId,
      periodKind: 'month',
      periodKey: '2026-11',
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body.knowledge).toEqual({ quizzes: 1, attempts: 3, mastery: 100, suggestedPoints: 5 });
    const december = await call(sup, 'POST', '/api/assessments', {
      agentId,
      periodKind: 'month',
      periodKey: '2026-12',
    });
    expect(december.body.knowledge).toEqual({
      quizzes: 0,
      attempts: 0,
      mastery: null,
      suggestedPoints: null,
    });
  });
});
