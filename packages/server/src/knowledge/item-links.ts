import type { ArticleUse, LinkSource } from '@claimline/domain/knowledge';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { RequestCtx } from '../http/context.ts';
import { readableBranchIds } from './repository.ts';
import { categoryLabel } from './views.ts';

/**
 * Phrases, scripts and checklists link to articles (issue #20). The sources (scripts/, claim-applications/) keep the
 * article ids in their own versions and call these on save and on display; this folder imports none of them, so
 * the reverse index (knowledge_item_links, migration 0054) is written by the source's save.
 */

/**
 * An editor may link only articles that exist, are not archived and that they can read (their branch, above or
 * below it). A draft may be linked: it is shown as unavailable until it is published. Ids the version in force
 * already links are not checked again, so an article archived since does not block an unrelated edit (it stays
 * linked, shown as unavailable, until the editor removes it).
 */
export const checkLinkableArticles = async (
  q: Db | Tx,
  ctx: RequestCtx,
  items: readonly { path: string; articleIds?: readonly string[] | undefined }[],
  kept: ReadonlySet<string> = new Set(),
) => {
  const ids = [...new Set(items.flatMap((i) => i.articleIds ?? []))].filter((id) => !kept.has(id));
  if (ids.length === 0) return;
  const branchIds = await readableBranchIds(q, ctx.actor.branchPath, ctx.actor.scope);
  const found = await q
    .selectFrom('knowledge_articles')
    .select('id')
    .where('id', 'in', ids)
    .where('branch_id', 'in', branchIds)
    .where('state', '!=', 'archived')
    .execute();
  const ok = new Set(found.map((f) => f.id));
  const bad = items.flatMap((i) =>
    (i.articleIds ?? [])
      .filter((id) => !ok.has(id) && !kept.has(id))
      .map((id) => ({
        in: 'body',
        path: i.path,
        zh: `关联的文章不可用：${id}`,
        en: `The linked article is not available: ${id}`,
      })),
  );
  if (bad.length > 0) throw new AppError('KNOWLEDGE_LINK_INVALID', bad);
};

/** Rewrites the reverse index of one source to the items of its version now in force. */
export const replaceItemLinks = async (
  tx: Tx,
  source: LinkSource,
  version: number,
  uses: readonly (Omit<ArticleUse, 'source'> & { articleIds?: readonly string[] | undefined })[],
) => {
  await tx.deleteFrom('knowledge_item_links').where('source', '=', source).execute();
  const rows = uses.flatMap((u) =>
    [...new Set(u.articleIds ?? [])].map((article_id) => ({
      article_id,
      source,
      item_key: u.key,
      label: JSON.stringify(u.label),
      source_version: version,
    })),
  );
  if (rows.length === 0) return;
  // An article deleted meanwhile has no row to point at: the link stays in the version and shows as unavailable.
  const live = new Set(
    (
      await tx
        .selectFrom('knowledge_articles')
        .select('id')
        .where(
          'id',
          'in',
          rows.map((r) => r.article_id),
        )
        .execute()
    ).map((a) => a.id),
  );
  const kept = rows.filter((r) => live.has(r.article_id));
  if (kept.length > 0) await tx.insertInto('knowledge_item_links').values(kept).execute();
};

/**
 * The linked articles as this reader may open them: a published article they can read (branch and role) with its
 * title; anything else (a draft, archived, deleted, another branch's, another role's) only as unavailable, with no
 * title, so a link never tells a reader what they may not see.
 */
export const resolveLinkedArticles = async (db: Db | Tx, ctx: RequestCtx, ids: readonly string[]) => {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return { items: [] };
  const branchIds = await readableBranchIds(db, ctx.actor.branchPath, ctx.actor.scope);
  const rows = await db
    .selectFrom('knowledge_articles as a')
    .innerJoin('knowledge_versions as v', (j) =>
      j.onRef('v.article_id', '=', 'a.id').onRef('v.version_no', '=', 'a.published_version'),
    )
    .select(['a.id', 'a.category', 'a.roles', 'v.title'])
    .where('a.id', 'in', distinct)
    .where('a.branch_id', 'in', branchIds)
    .where('a.state', '=', 'published')
    .execute();
  const readable = new Map(
    rows.filter((r) => r.roles.length === 0 || r.roles.includes(ctx.actor.role)).map((r) => [r.id, r]),
  );
  return {
    items: distinct.map((id) => {
      const r = readable.get(id);
      return r
        ? { id, available: true, title: r.title, categoryLabel: categoryLabel(r.category) }
        : { id, available: false, title: null, categoryLabel: null };
    }),
  };
};
