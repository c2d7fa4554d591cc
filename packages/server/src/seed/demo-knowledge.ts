import { randomUUID } from 'node:crypto';
import { defaultReviewAt, SEED_ARTICLES } from '@claimline/domain/knowledge';
import type { Deps } from '../http/context.ts';
import { indexArticle } from '../knowledge/search-repository.ts';

/**
 * Issue #20: the demo knowledge base, the 55 articles of domain/knowledge/articles.zh-CN.json written from the seeds
 * (each cites its source), published by head office for every branch and role, so search works on a fresh start
 * and the recall measurement of bench/knowledge.bench.ts runs on the same texts. Only while the base is empty.
 */
export const seedDemoKnowledge = async (deps: Deps) => {
  const any = await deps.db.selectFrom('knowledge_articles').select('id').limit(1).executeTakeFirst();
  if (any) return 0;
  const author = await deps.db
    .selectFrom('users as u')
    .innerJoin('branches as b', 'b.id', 'u.branch_id')
    .select(['u.id', 'u.branch_id'])
    .where('b.parent_id', 'is', null)
    .where('u.role', '=', 'headOffice')
    .executeTakeFirst();
  if (!author) return 0;
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    for (const a of SEED_ARTICLES) {
      const id = randomUUID();
      await tx
        .insertInto('knowledge_articles')
        .values({
          id,
          branch_id: author.branch_id,
          category: a.category,
          product: a.product,
          state: 'published',
          current_version: 1,
          published_version: 1,
          roles: [],
          review_at: defaultReviewAt(now),
          published_at: now,
          published_by: author.id,
          created_by: author.id,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await tx
        .insertInto('knowledge_versions')
        .values({
          article_id: id,
          version_no: 1,
          title: a.title,
          body_md: a.body,
          questions: a.questions,
          keywords: a.keywords,
          source: a.source,
          change_note: null,
          edited_by: author.id,
          edited_at: now,
        })
        .execute();
      await indexArticle(tx, id, {
        title: a.title,
        questions: a.questions,
        keywords: a.keywords,
        body: a.body,
      });
    }
  });
  return SEED_ARTICLES.length;
};
