import { ARTICLE_MACHINE, type ArticleFacts } from '@claimline/domain/knowledge';
import type { Db, Tx } from '../db/database.ts';
import type { RequestCtx } from '../http/context.ts';
import { defineWorkflow, type MoveEnv } from '../workflow/run-move.ts';
import {
  type ArticlePatch,
  type ArticleRow,
  findArticle,
  findVersion,
  updateArticleVersioned,
} from './repository.ts';
import type { ArticleMoveBody } from './schema.ts';
import { indexArticle, unindexArticle } from './search-repository.ts';

type Env = MoveEnv<ArticleRow, ArticleMoveBody, ArticlePatch, string, ArticleFacts>;

/** A body shorter than this is not an article yet (a title and a sentence). */
export const MIN_BODY_CHARS = 10;

/** Maintainer: knowledge.manage and the article's branch in the person's own subtree (head office: every branch). */
export const isMaintainer = (ctx: RequestCtx, row: Pick<ArticleRow, 'branch_id'>) =>
  ctx.actor.permissions.includes('knowledge.manage') && ctx.actor.scope.includes(row.branch_id);

export const articleFacts = async (
  tx: Db | Tx,
  row: ArticleRow,
  ctx: RequestCtx,
  now: Date,
  note?: string,
) => {
  const v = await findVersion(tx, row.id, row.current_version);
  return {
    maintainer: isMaintainer(ctx, row),
    hasContent: !!v && v.title.trim().length > 0 && v.body_md.trim().length >= MIN_BODY_CHARS,
    reviewDateAhead: row.review_at.getTime() > now.getTime(),
    note,
  } satisfies ArticleFacts;
};

export const ARTICLE_WORKFLOW = defineWorkflow(ARTICLE_MACHINE)<ArticleRow, ArticleMoveBody, ArticlePatch>({
  // Any article the person can read may be looked at; the maintainer guard decides who moves it.
  lock: async (tx, ctx, id) => {
    const row = await findArticle(tx, id, ctx.actor.scope, true);
    return row;
  },
  notFound: 'KNOWLEDGE_ARTICLE_NOT_FOUND',
  stateOf: (a) => a.state,
  versionOf: (a) => a.version,
  facts: ({ tx, row, ctx, now, input }) => articleFacts(tx, row, ctx, now, input.note),
  effects: {
    stampPublished: ({ patch, row, ctx, now, data }: Env) => {
      patch.published_version = row.current_version;
      patch.published_at = now;
      patch.published_by = ctx.actor.id;
      patch.review_flagged_at = null;
      data.versionNo = row.current_version;
    },
    index: async ({ tx, row }: Env) => {
      const v = await findVersion(tx, row.id, row.current_version);
      if (v)
        await indexArticle(tx, row.id, {
          title: v.title,
          questions: v.questions,
          keywords: v.keywords,
          body: v.body_md,
        });
    },
    unindex: ({ tx, row }: Env) => unindexArticle(tx, row.id),
  },
  patch: ({ to, now }) => ({ state: to, updated_at: now }),
  save: ({ tx, row, patch }: Env) => updateArticleVersioned(tx, row.id, row.version, patch),
  record: {
    // An article is not a case: the audit log only.
    caseId: () => null,
    objectType: 'knowledgeArticle',
    objectId: (a) => a.id,
    note: ({ input }) => input.note ?? null,
    details: (a) => ({ versionNo: a.current_version }),
  },
});
