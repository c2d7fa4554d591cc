import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/audit.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { insertEvent } from '../timeline/repository.ts';
import { findScopedCase, findVersion, insertLink, linksOfCase } from './repository.ts';
import { loadArticleView } from './views.ts';

const who = (ctx: RequestCtx) => ({ id: ctx.actor.id, displayName: ctx.actor.displayName });

/** An article sent with a reply on a case: the published version is linked and shown on the case's timeline. */
export const useInReply = async (deps: Deps, ctx: RequestCtx, articleId: string, caseId: string) => {
  const article = await loadArticleView(deps.db, ctx, articleId);
  const versionNo = article.publishedVersion ?? article.versionNo;
  const now = ctx.clock.now();
  const id = randomUUID();
  await deps.db.transaction().execute(async (tx) => {
    const c = await findScopedCase(tx, caseId, ctx.actor.scope);
    if (!c) throw new AppError('KNOWLEDGE_CASE_NOT_FOUND');
    const v = await findVersion(tx, articleId, versionNo);
    if (!v) throw new AppError('KNOWLEDGE_ARTICLE_NOT_FOUND');
    await insertLink(tx, {
      id,
      article_id: articleId,
      version_no: versionNo,
      case_id: c.id,
      linked_by: ctx.actor.id,
      linked_at: now,
    });
    await insertEvent(
      tx,
      {
        case_id: c.id,
        at: now,
        actor_id: ctx.actor.id,
        type: 'knowledgeArticleUsed',
        note: v.title,
        data: { articleId, versionNo },
      },
      deps.crypto,
    );
    await appendAudit(tx, {
      at: now,
      actor: who(ctx),
      action: 'knowledgeArticle.useInReply',
      objectType: 'knowledgeArticle',
      objectId: articleId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { caseId: c.id, caseNumber: c.number, versionNo },
    });
  });
  return { id, articleId, versionNo, title: article.title, linkedAt: now, linkedBy: ctx.actor.displayName };
};

export const caseLinks = async (deps: Deps, ctx: RequestCtx, caseId: string) => {
  const c = await findScopedCase(deps.db, caseId, ctx.actor.scope);
  if (!c) throw new AppError('KNOWLEDGE_CASE_NOT_FOUND');
  const rows = await linksOfCase(deps.db, caseId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      articleId: r.article_id,
      versionNo: r.version_no,
      title: r.title,
      linkedAt: r.linked_at,
      linkedBy: r.linked_by,
    })),
  };
};
