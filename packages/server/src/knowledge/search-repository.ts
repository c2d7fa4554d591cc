import {
  articleTermWeights,
  type IndexedText,
  idf,
  queryTerms,
  scoredTerms,
} from '@claimline/domain/knowledge';
import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';

/**
 * The knowledge base's search index in PostgreSQL (migration 0023): the published version's terms with their
 * weights, and each term's document frequency. The terms are cut in Node by the domain (ICU words, bigrams,
 * thesaurus), so the engine needs no Chinese parser or extension and runs the same embedded or on a server.
 */

/** The stats row holding how many articles are indexed ('#' never begins a term: the normaliser drops it). */
export const ARTICLE_COUNT_TERM = '#articles';

/** Candidates ranked before visibility is applied; a page is at most a few dozen. */
export const CANDIDATES = 300;

const bumpStats = async (tx: Tx, terms: readonly string[], delta: 1 | -1) => {
  if (terms.length === 0) return;
  await sql`
    INSERT INTO knowledge_term_stats (term, df)
    SELECT t, ${delta > 0 ? 1 : 0} FROM unnest(${[...terms, ARTICLE_COUNT_TERM]}::text[]) AS t
    ON CONFLICT (term) DO UPDATE SET df = knowledge_term_stats.df + ${delta}
  `.execute(tx);
};

/** Takes an article out of the index (before re-indexing or when it leaves `published`). */
export const unindexArticle = async (tx: Tx, articleId: string) => {
  const gone = await tx
    .deleteFrom('knowledge_terms')
    .where('article_id', '=', articleId)
    .returning('term')
    .execute();
  if (gone.length > 0)
    await bumpStats(
      tx,
      gone.map((g) => g.term),
      -1,
    );
};

/** Writes a version's terms for an article, replacing what was there. */
export const indexArticle = async (tx: Tx, articleId: string, text: IndexedText) => {
  await unindexArticle(tx, articleId);
  const weights = [...articleTermWeights(text)];
  if (weights.length === 0) return;
  await sql`
    INSERT INTO knowledge_terms (term, article_id, weight)
    SELECT t, ${articleId}::uuid, w FROM unnest(${weights.map((w) => w[0])}::text[], ${weights.map((w) => w[1])}::real[]) AS x(t, w)
  `.execute(tx);
  await bumpStats(
    tx,
    weights.map((w) => w[0]),
    1,
  );
};

/** Who reads: the branches whose articles they see and their role (only published articles are indexed). */
export type Visibility = { branchIds: readonly string[]; role: string };

/**
 * Article ids with their scores, best first, among the articles the reader may see. Two statements: the query terms'
 * document frequencies (primary-key reads), then the postings of only the terms the domain's rule keeps
 * (`scoredTerms`: the rarest few), each an index-only range scan, summed per article.
 */
export const searchArticleIds = async (db: Db | Tx, query: string, vis: Visibility, limit: number) => {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const stats = await db
    .selectFrom('knowledge_term_stats')
    .select(['term', 'df'])
    .where('term', 'in', [...terms, ARTICLE_COUNT_TERM])
    .execute();
  const n = Math.max(stats.find((s) => s.term === ARTICLE_COUNT_TERM)?.df ?? 0, 1);
  const dfs = new Map(stats.filter((s) => s.term !== ARTICLE_COUNT_TERM).map((s) => [s.term, s.df]));
  const picked = scoredTerms(dfs, n);
  if (picked.length === 0) return [];
  const idfs = picked.map((t) => idf(n, dfs.get(t) ?? 1));
  const r = await sql<{ id: string; score: number }>`
    WITH q AS (SELECT * FROM unnest(${picked}::text[], ${idfs}::float8[]) AS q(term, idf)),
    ranked AS (
      SELECT t.article_id, sum(t.weight * q.idf) AS score
      FROM q JOIN knowledge_terms t ON t.term = q.term
      GROUP BY t.article_id ORDER BY score DESC LIMIT ${CANDIDATES}
    )
    SELECT a.id, ranked.score::float8 AS score
    FROM ranked JOIN knowledge_articles a ON a.id = ranked.article_id
    WHERE a.branch_id = ANY(${[...vis.branchIds]}::uuid[])
      AND (cardinality(a.roles) = 0 OR ${vis.role} = ANY(a.roles))
      AND a.state = 'published'
    ORDER BY ranked.score DESC, a.id
    LIMIT ${limit}
  `.execute(db);
  return r.rows;
};

/** The baseline the bench compares with: the whole query as one substring of title, body or questions. */
export const substringArticleIds = async (db: Db | Tx, query: string, limit: number) => {
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const r = await sql<{ id: string }>`
    SELECT a.id FROM knowledge_articles a
    JOIN knowledge_versions v ON v.article_id = a.id AND v.version_no = a.published_version
    WHERE a.state = 'published'
      AND (v.title LIKE ${like} OR v.body_md LIKE ${like} OR array_to_string(v.questions, ' ') LIKE ${like})
    ORDER BY a.updated_at DESC LIMIT ${limit}
  `.execute(db);
  return r.rows.map((x) => x.id);
};
