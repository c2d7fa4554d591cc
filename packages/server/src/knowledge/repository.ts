import { LINK_SOURCES, type LinkSource } from '@claimline/domain/knowledge';
import type { Insertable, Selectable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { KnowledgeTables } from '../db/schema-knowledge.ts';

export type ArticleRow = Selectable<KnowledgeTables['knowledge_articles']>;
export type ArticlePatch = Updateable<KnowledgeTables['knowledge_articles']>;
export type VersionRow = Selectable<KnowledgeTables['knowledge_versions']>;
export type QuestionRow = Selectable<KnowledgeTables['knowledge_questions']>;

/**
 * Branches whose articles a person reads: their own branch, every branch above it (head office's articles reach
 * everyone) and every branch below it (a branch manager maintains the subtree's).
 */
export const readableBranchIds = async (db: Db | Tx, branchPath: string, scope: readonly string[]) => {
  const up = await db
    .selectFrom('branches')
    .select('id')
    .where(sql<boolean>`${branchPath} LIKE path || '%'`)
    .execute();
  return [...new Set([...up.map((b) => b.id), ...scope])];
};

export const findArticle = async (db: Db | Tx, id: string, branchIds: readonly string[], lock = false) => {
  let q = db
    .selectFrom('knowledge_articles')
    .selectAll()
    .where('id', '=', id)
    .where('branch_id', 'in', [...branchIds]);
  if (lock) q = q.forUpdate();
  return await q.executeTakeFirst();
};

export const insertArticle = (tx: Tx, row: Insertable<KnowledgeTables['knowledge_articles']>) =>
  tx.insertInto('knowledge_articles').values(row).execute();

export const insertVersion = (tx: Tx, row: Insertable<KnowledgeTables['knowledge_versions']>) =>
  tx.insertInto('knowledge_versions').values(row).execute();

export const updateArticleVersioned = async (tx: Tx, id: string, version: number, patch: ArticlePatch) => {
  const r = await tx
    .updateTable('knowledge_articles')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
};

export const findVersion = (db: Db | Tx, articleId: string, versionNo: number) =>
  db
    .selectFrom('knowledge_versions')
    .selectAll()
    .where('article_id', '=', articleId)
    .where('version_no', '=', versionNo)
    .executeTakeFirst();

/** The history: every version, newest first, with who saved it. */
export const listVersions = (db: Db | Tx, articleId: string) =>
  db
    .selectFrom('knowledge_versions as v')
    .innerJoin('users as u', 'u.id', 'v.edited_by')
    .select(['v.version_no', 'v.title', 'v.change_note', 'v.edited_at', 'u.display_name as editor'])
    .where('v.article_id', '=', articleId)
    .orderBy('v.version_no', 'desc')
    .execute();

export type ArticleListFilter = {
  branchIds: readonly string[];
  role: string;
  states: readonly string[];
  category?: string | undefined;
  title?: string | undefined;
  ids?: readonly string[] | undefined;
  limit: number;
};

/** Articles with the version a reader sees: the published one, or the current one for a maintainer's list. */
export const listArticles = (db: Db | Tx, f: ArticleListFilter) => {
  let q = db
    .selectFrom('knowledge_articles as a')
    .innerJoin('knowledge_versions as v', (j) =>
      j
        .onRef('v.article_id', '=', 'a.id')
        .on(
          sql<boolean>`v.version_no = CASE WHEN a.state = 'published' THEN a.published_version ELSE a.current_version END`,
        ),
    )
    .innerJoin('branches as b', 'b.id', 'a.branch_id')
    .select([
      'a.id',
      'a.category',
      'a.product',
      'a.state',
      'a.review_at',
      'a.review_flagged_at',
      'a.updated_at',
      'a.branch_id',
      'b.name as branch_name',
      'v.version_no',
      'v.title',
      'v.body_md',
      'v.questions',
    ])
    .where('a.branch_id', 'in', [...f.branchIds])
    .where('a.state', 'in', [...f.states])
    .where(sql<boolean>`(cardinality(a.roles) = 0 OR ${f.role} = ANY(a.roles))`);
  if (f.category) q = q.where('a.category', '=', f.category);
  if (f.title) q = q.where('v.title', 'ilike', `%${f.title.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.ids) q = f.ids.length === 0 ? q.where(sql<boolean>`false`) : q.where('a.id', 'in', [...f.ids]);
  return q.orderBy('a.updated_at', 'desc').limit(f.limit).execute();
};

export const listAttachments = (db: Db | Tx, articleId: string) =>
  db
    .selectFrom('knowledge_attachments')
    .select(['id', 'file_name', 'content_type', 'size_bytes', 'uploaded_at'])
    .where('article_id', '=', articleId)
    .orderBy('uploaded_at')
    .execute();

export const findAttachment = (db: Db | Tx, articleId: string, id: string) =>
  db
    .selectFrom('knowledge_attachments')
    .selectAll()
    .where('article_id', '=', articleId)
    .where('id', '=', id)
    .executeTakeFirst();

export const insertAttachment = (tx: Tx, row: Insertable<KnowledgeTables['knowledge_attachments']>) =>
  tx.insertInto('knowledge_attachments').values(row).execute();

export const insertLink = (tx: Tx, row: Insertable<KnowledgeTables['knowledge_links']>) =>
  tx.insertInto('knowledge_links').values(row).execute();

/** Articles sent with replies on a case, newest first. */
export const linksOfCase = (db: Db | Tx, caseId: string) =>
  db
    .selectFrom('knowledge_links as l')
    .innerJoin('knowledge_versions as v', (j) =>
      j.onRef('v.article_id', '=', 'l.article_id').onRef('v.version_no', '=', 'l.version_no'),
    )
    .innerJoin('users as u', 'u.id', 'l.linked_by')
    .select(['l.id', 'l.article_id', 'l.version_no', 'v.title', 'l.linked_at', 'u.display_name as linked_by'])
    .where('l.case_id', '=', caseId)
    .orderBy('l.linked_at', 'desc')
    .execute();

/** A case in the person's scope (branch subtree), or undefined. */
export const findScopedCase = (db: Db | Tx, caseId: string, scope: readonly string[]) =>
  db
    .selectFrom('cases')
    .select(['id', 'number', 'branch_id'])
    .where('id', '=', caseId)
    .where('branch_id', 'in', [...scope])
    .executeTakeFirst();

/** The article's "used by": the items of the sources in force that link to it. */
export const articleUsedBy = async (db: Db | Tx, articleId: string) => {
  const rows = await db
    .selectFrom('knowledge_item_links')
    .select(['source', 'item_key', 'label', 'source_version'])
    .where('article_id', '=', articleId)
    .orderBy('source')
    .orderBy('item_key')
    .execute();
  return rows.map((r) => ({
    source: r.source,
    sourceLabel: Object.hasOwn(LINK_SOURCES, r.source)
      ? LINK_SOURCES[r.source as LinkSource]
      : { zh: '其他', en: 'Other' },
    key: r.item_key,
    label: r.label as { zh: string; en: string },
    sourceVersion: r.source_version,
  }));
};
