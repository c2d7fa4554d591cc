import { randomUUID } from 'node:crypto';
import { defaultReviewAt, hasHtml } from '@claimline/domain/knowledge';
import { appendAudit } from '../audit/audit.ts';
import type { Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { runMove } from '../workflow/run-move.ts';
import {
  findArticle,
  findVersion,
  insertArticle,
  insertAttachment,
  insertVersion,
  listArticles,
  readableBranchIds,
  updateArticleVersioned,
} from './repository.ts';
import type { ArticleMoveBody, CreateArticleBody, SaveVersionBody } from './schema.ts';
import { searchArticles } from './search-repository.ts';
import { categoryLabel, loadArticleView, snippetOf, stateLabel } from './views.ts';
import { ARTICLE_WORKFLOW } from './workflow.ts';

/** Attachments are stored in the database; a guide, a form or a scanned clause, not a video (product setting). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

const audit = (
  tx: Tx,
  ctx: RequestCtx,
  action: Parameters<typeof appendAudit>[1]['action'],
  id: string,
  details: Record<string, unknown>,
) =>
  appendAudit(tx, {
    at: ctx.clock.now(),
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action,
    objectType: 'knowledgeArticle',
    objectId: id,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details,
  });

const refuseHtml = (b: { bodyMd: string; title: string }) => {
  if (hasHtml(b.bodyMd) || hasHtml(b.title)) throw new AppError('KNOWLEDGE_HTML_REFUSED');
};

const requireManage = (ctx: RequestCtx, branchId: string) => {
  if (!ctx.actor.permissions.includes('knowledge.manage') || !ctx.actor.scope.includes(branchId))
    throw new AppError('KNOWLEDGE_NOT_MAINTAINER');
};

/** A new article: a draft at version 1, owned by the maintainer's branch (or one below it). */
export const createArticle = async (deps: Deps, ctx: RequestCtx, b: CreateArticleBody) => {
  refuseHtml(b);
  const branchId = b.branchId ?? ctx.actor.branchId;
  requireManage(ctx, branchId);
  const now = ctx.clock.now();
  const id = randomUUID();
  await deps.db.transaction().execute(async (tx) => {
    await insertArticle(tx, {
      id,
      branch_id: branchId,
      category: b.category,
      product: b.product,
      state: 'draft',
      current_version: 1,
      roles: b.roles,
      review_at: b.reviewAt ? new Date(b.reviewAt) : defaultReviewAt(now),
      created_by: ctx.actor.id,
      created_at: now,
      updated_at: now,
    });
    await insertVersion(tx, {
      article_id: id,
      version_no: 1,
      title: b.title,
      body_md: b.bodyMd,
      questions: b.questions,
      keywords: b.keywords,
      source: b.source ?? null,
      change_note: null,
      edited_by: ctx.actor.id,
      edited_at: now,
    });
    await audit(tx, ctx, 'knowledgeArticle.create', id, { title: b.title, category: b.category, branchId });
  });
  return loadArticleView(deps.db, ctx, id);
};

/** A save of a draft: always a new version row (the old one stays as it was), based on the version opened. */
export const saveVersion = async (deps: Deps, ctx: RequestCtx, id: string, b: SaveVersionBody) => {
  refuseHtml(b);
  const now = ctx.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const a = await findArticle(tx, id, ctx.actor.scope, true);
    if (!a) throw new AppError('KNOWLEDGE_ARTICLE_NOT_FOUND');
    requireManage(ctx, a.branch_id);
    if (a.state !== 'draft') throw new AppError('KNOWLEDGE_NOT_EDITABLE');
    if (a.version !== b.version) throw new AppError('VERSION_CONFLICT', { currentVersion: a.version });
    const before = await findVersion(tx, id, a.current_version);
    const versionNo = a.current_version + 1;
    await insertVersion(tx, {
      article_id: id,
      version_no: versionNo,
      title: b.title,
      body_md: b.bodyMd,
      questions: b.questions,
      keywords: b.keywords,
      source: b.source ?? null,
      change_note: b.changeNote ?? null,
      edited_by: ctx.actor.id,
      edited_at: now,
    });
    const ok = await updateArticleVersioned(tx, id, a.version, {
      current_version: versionNo,
      category: b.category,
      product: b.product,
      roles: b.roles,
      ...(b.reviewAt ? { review_at: new Date(b.reviewAt), review_flagged_at: null } : {}),
      updated_at: now,
    });
    if (!ok) throw new AppError('VERSION_CONFLICT');
    // Who changed what: the fields that differ from the version before.
    const changed = before
      ? (['title', 'body_md', 'questions', 'keywords', 'source'] as const).filter(
          (k) => JSON.stringify(before[k]) !== JSON.stringify(k === 'body_md' ? b.bodyMd : b[k]),
        )
      : [];
    await audit(tx, ctx, 'knowledgeArticle.saveVersion', id, {
      versionNo,
      changed,
      changeNote: b.changeNote ?? null,
    });
  });
  return loadArticleView(deps.db, ctx, id);
};

export const moveArticle = (deps: Deps, ctx: RequestCtx, id: string, body: ArticleMoveBody) =>
  runMove(deps, ctx, ARTICLE_WORKFLOW, id, body, (tx) => loadArticleView(tx, ctx, id));

/** Articles the person may see: readers the published ones, maintainers every state of their subtree's. */
export const listKnowledge = async (
  deps: Deps,
  ctx: RequestCtx,
  q: { category?: string | undefined; state?: string | undefined; title?: string | undefined },
) => {
  const manage = ctx.actor.permissions.includes('knowledge.manage');
  const branchIds = manage
    ? ctx.actor.scope
    : await readableBranchIds(deps.db, ctx.actor.branchPath, ctx.actor.scope);
  const states = manage
    ? q.state
      ? [q.state]
      : ['draft', 'review', 'published', 'archived']
    : ['published'];
  const rows = await listArticles(deps.db, {
    branchIds,
    role: ctx.actor.role,
    states,
    category: q.category,
    title: q.title,
    limit: 200,
  });
  const now = ctx.clock.now().getTime();
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      category: r.category,
      categoryLabel: categoryLabel(r.category),
      product: r.product,
      state: r.state,
      stateLabel: stateLabel(r.state),
      versionNo: r.version_no,
      branchName: r.branch_name,
      reviewAt: r.review_at,
      reviewDue: r.review_at.getTime() <= now,
      updatedAt: r.updated_at,
    })),
  };
};

/** The search: one statement ranks, filters and reads the published text of each result (search-repository.ts). */
export const searchKnowledge = async (deps: Deps, ctx: RequestCtx, q: string, limit: number) => {
  const rows = await searchArticles(
    deps.db,
    q,
    { branchPath: ctx.actor.branchPath, scope: ctx.actor.scope, role: ctx.actor.role },
    limit,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      category: r.category,
      categoryLabel: categoryLabel(r.category),
      versionNo: r.version_no,
      snippet: snippetOf(r.body_start),
      score: Math.round(r.score * 1000) / 1000,
    })),
  };
};

export const addAttachment = async (
  deps: Deps,
  ctx: RequestCtx,
  id: string,
  file: { fileName: string; contentType: string; content: Buffer },
) => {
  const now = ctx.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const a = await findArticle(tx, id, ctx.actor.scope, true);
    if (!a) throw new AppError('KNOWLEDGE_ARTICLE_NOT_FOUND');
    requireManage(ctx, a.branch_id);
    const attachmentId = randomUUID();
    await insertAttachment(tx, {
      id: attachmentId,
      article_id: id,
      file_name: file.fileName,
      content_type: file.contentType,
      size_bytes: file.content.length,
      content: file.content,
      uploaded_by: ctx.actor.id,
      uploaded_at: now,
    });
    await audit(tx, ctx, 'knowledgeArticle.attach', id, {
      attachmentId,
      fileName: file.fileName,
      sizeBytes: file.content.length,
    });
  });
  return loadArticleView(deps.db, ctx, id);
};
