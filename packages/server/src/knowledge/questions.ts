import { randomUUID } from 'node:crypto';
import { maskPersonalData } from '@claimline/domain/identity';
import { QUESTION_STATES } from '@claimline/domain/knowledge';
import { appendAudit } from '../audit/audit.ts';
import { sealColumns } from '../crypto/sealed-text.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { notifyPeople } from '../notifications/people.ts';
import { insertEvent } from '../timeline/repository.ts';
import { findScopedCase, readableBranchIds } from './repository.ts';
import type { AskBody } from './schema.ts';
import { createArticle } from './service.ts';

/**
 * "Not sure" (seed 002 §三(一)3 如遇不确定的问题，应及时向同事或上级请教，确保在规定时间内回复客户): the agent asks a
 * colleague or the team lead; the person asked is told at once; the case's reply clock is not touched (asking never
 * pauses a deadline), and the question shows the clock so both see the time left. An answer can become an article.
 */

const who = (ctx: RequestCtx) => ({ id: ctx.actor.id, displayName: ctx.actor.displayName });

const loadQuestions = (db: Db | Tx, where: { id?: string; askedTo?: string; askedBy?: string }) => {
  let q = db
    .selectFrom('knowledge_questions as q')
    .innerJoin('users as ub', 'ub.id', 'q.asked_by')
    .innerJoin('users as ut', 'ut.id', 'q.asked_to')
    .leftJoin('cases as c', 'c.id', 'q.case_id')
    .select((eb) => [
      'q.id',
      'q.question',
      'q.state',
      'q.case_id',
      'c.number as case_number',
      'q.asked_by',
      'ub.display_name as asked_by_name',
      'q.asked_to',
      'ut.display_name as asked_to_name',
      'q.answer',
      'q.answered_at',
      'q.article_id',
      'q.created_at',
      eb
        .selectFrom('deadlines as d')
        .select((e) => e.fn.min('d.due_at').as('due'))
        .whereRef('d.case_id', '=', 'q.case_id')
        .where('d.met_at', 'is', null)
        .as('case_due_at'),
    ]);
  if (where.id) q = q.where('q.id', '=', where.id);
  if (where.askedTo) q = q.where('q.asked_to', '=', where.askedTo);
  if (where.askedBy) q = q.where('q.asked_by', '=', where.askedBy);
  return q.orderBy('q.created_at', 'desc').limit(100).execute();
};

type QRow = Awaited<ReturnType<typeof loadQuestions>>[number];
type SealedOf = ReadonlyMap<string, ('question' | 'answer')[]>;

/** Which of these questions' texts are stored masked with a sealed original (what the console offers to reveal). */
const sealedOf = async (db: Db | Tx, ids: readonly string[]): Promise<SealedOf> => {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('sealed_texts')
    .select(['row_id', 'column_name'])
    .where('table_name', '=', 'knowledge_questions')
    .where('row_id', 'in', ids)
    .execute();
  const out = new Map<string, ('question' | 'answer')[]>();
  for (const column of ['question', 'answer'] as const)
    for (const r of rows)
      if (r.column_name === column) out.set(r.row_id, [...(out.get(r.row_id) ?? []), column]);
  return out;
};

const view = (r: QRow, sealed: SealedOf) => ({
  id: r.id,
  question: r.question,
  state: r.state,
  stateLabel: r.state === 'answered' ? QUESTION_STATES.answered : QUESTION_STATES.open,
  caseId: r.case_id,
  caseNumber: r.case_number,
  caseDueAt: r.case_due_at ? new Date(r.case_due_at as unknown as string) : null,
  askedBy: { id: r.asked_by, name: r.asked_by_name },
  askedTo: { id: r.asked_to, name: r.asked_to_name },
  answer: r.answer,
  answeredAt: r.answered_at,
  articleId: r.article_id,
  createdAt: r.created_at,
  sealed: sealed.get(r.id) ?? [],
});

const views = async (db: Db | Tx, rows: QRow[]) => {
  const sealed = await sealedOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => view(r, sealed));
};

const oneQuestion = async (db: Db | Tx, id: string) => {
  const [r] = await loadQuestions(db, { id });
  if (!r) throw new AppError('KNOWLEDGE_QUESTION_NOT_FOUND');
  return (await views(db, [r]))[0]!;
};

export const listQuestions = async (deps: Deps, ctx: RequestCtx, box: 'toMe' | 'mine') => ({
  items: await views(
    deps.db,
    await loadQuestions(deps.db, box === 'toMe' ? { askedTo: ctx.actor.id } : { askedBy: ctx.actor.id }),
  ),
});

export const askQuestion = async (deps: Deps, ctx: RequestCtx, b: AskBody) => {
  const now = ctx.clock.now();
  const id = randomUUID();
  await deps.db.transaction().execute(async (tx) => {
    // A colleague of the branch or a lead above it (the team lead of a sub-branch sits at the branch).
    const branchIds = await readableBranchIds(tx, ctx.actor.branchPath, ctx.actor.scope);
    const to = await tx
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('id', '=', b.askedTo)
      .where('active', '=', true)
      .where('branch_id', 'in', branchIds)
      .executeTakeFirst();
    if (!to || to.id === ctx.actor.id) throw new AppError('KNOWLEDGE_COLLEAGUE_NOT_FOUND');
    const c = b.caseId ? await findScopedCase(tx, b.caseId, ctx.actor.scope) : undefined;
    if (b.caseId && !c) throw new AppError('KNOWLEDGE_CASE_NOT_FOUND');
    // The customer's ID or phone number typed into the question is sealed; the row, the notice show it masked.
    const { question } = await sealColumns(
      deps.crypto,
      tx,
      'knowledge_questions',
      id,
      { question: b.question },
      now,
    );
    await tx
      .insertInto('knowledge_questions')
      .values({
        id,
        branch_id: ctx.actor.branchId,
        case_id: c?.id ?? null,
        asked_by: ctx.actor.id,
        asked_to: to.id,
        question,
        state: 'open',
        created_at: now,
      })
      .execute();
    const about = c ? `（工单 ${c.number}）` : '';
    const aboutEn = c ? ` (case ${c.number})` : '';
    await notifyPeople(tx, [to.id], {
      kind: 'warn',
      zh: `${ctx.actor.displayName} 向您请教${about}：${question.slice(0, 60)}`,
      en: `${ctx.actor.displayName} asks you${aboutEn}: ${question.slice(0, 60)}`,
      now,
    });
    if (c)
      await insertEvent(
        tx,
        {
          case_id: c.id,
          at: now,
          actor_id: ctx.actor.id,
          type: 'knowledgeQuestionAsked',
          note: b.question,
          data: { questionId: id, askedTo: to.display_name },
        },
        deps.crypto,
      );
    await appendAudit(tx, {
      at: now,
      actor: who(ctx),
      action: 'knowledgeQuestion.ask',
      objectType: 'knowledgeQuestion',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { askedTo: to.id, caseId: c?.id ?? null },
    });
  });
  return oneQuestion(deps.db, id);
};

export const answerQuestion = async (deps: Deps, ctx: RequestCtx, id: string, answer: string) => {
  const now = ctx.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const q = await tx
      .selectFrom('knowledge_questions')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!q || (q.asked_to !== ctx.actor.id && q.asked_by !== ctx.actor.id))
      throw new AppError('KNOWLEDGE_QUESTION_NOT_FOUND');
    if (q.asked_to !== ctx.actor.id) throw new AppError('KNOWLEDGE_NOT_ASKED');
    if (q.state !== 'open') throw new AppError('KNOWLEDGE_QUESTION_ANSWERED');
    const sealed = await sealColumns(deps.crypto, tx, 'knowledge_questions', id, { answer }, now);
    await tx
      .updateTable('knowledge_questions')
      .set({ state: 'answered', answer: sealed.answer, answered_by: ctx.actor.id, answered_at: now })
      .where('id', '=', id)
      .execute();
    await notifyPeople(tx, [q.asked_by], {
      kind: 'warn',
      zh: `${ctx.actor.displayName} 已解答您的问题：${sealed.answer.slice(0, 60)}`,
      en: `${ctx.actor.displayName} answered your question: ${sealed.answer.slice(0, 60)}`,
      now,
    });
    if (q.case_id)
      await insertEvent(
        tx,
        {
          case_id: q.case_id,
          at: now,
          actor_id: ctx.actor.id,
          type: 'knowledgeQuestionAnswered',
          note: answer,
          data: { questionId: id },
        },
        deps.crypto,
      );
    await appendAudit(tx, {
      at: now,
      actor: who(ctx),
      action: 'knowledgeQuestion.answer',
      objectType: 'knowledgeQuestion',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { caseId: q.case_id },
    });
  });
  return oneQuestion(deps.db, id);
};

/** An answered question as the body of a new draft (a maintainer then edits, submits and publishes it). */
export const questionDraft = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const q = await deps.db
    .selectFrom('knowledge_questions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!q || !ctx.actor.scope.includes(q.branch_id)) throw new AppError('KNOWLEDGE_QUESTION_NOT_FOUND');
  // The columns hold the masked copies; masking again also covers a row older than sealing that the start-up
  // sweep has not reached. The originals never leave the sealed store for an article.
  const now = ctx.clock.now();
  const question = maskPersonalData(q.question, now);
  const answer = maskPersonalData(q.answer ?? '', now);
  const sealed = await sealedOf(deps.db, [q.id]);
  const personalDataMasked =
    (sealed.get(q.id)?.length ?? 0) > 0 || question !== q.question || answer !== (q.answer ?? '');
  return { question, answer, personalDataMasked };
};

export const markQuestionArticle = (tx: Db | Tx, id: string, articleId: string) =>
  tx.updateTable('knowledge_questions').set({ article_id: articleId }).where('id', '=', id).execute();

/** An answered question becomes a draft FAQ article of the maintainer's branch, linked back to the question. */
export const questionToArticle = async (deps: Deps, ctx: RequestCtx, id: string) => {
  const q = await questionDraft(deps, ctx, id);
  if (!q.answer) throw new AppError('KNOWLEDGE_ARTICLE_EMPTY');
  const article = await createArticle(deps, ctx, {
    category: 'faq',
    product: null,
    roles: [],
    title: q.question.slice(0, 120),
    bodyMd: q.answer,
    questions: [q.question.slice(0, 200)],
    keywords: [],
    source: '同事解答（客服管理制度 三(一)3）',
  });
  await markQuestionArticle(deps.db, id, article.id);
  return { article, personalDataMasked: q.personalDataMasked };
};
