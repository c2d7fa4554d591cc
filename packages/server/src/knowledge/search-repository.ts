import {
  articleTermWeights,
  COMMON_TERM_FLOOR,
  COMMON_TERM_SHARE,
  type IndexedText,
  QUERY_TERM_LIMIT,
  queryTerms,
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

/** Who reads: their branch path (articles of the branches above reach them), their scope (below) and role. */
export type Reader = { branchPath: string; scope: readonly string[]; role: string };

/**
 * The published articles that answer a query, best first, with what the result list shows, among those the reader
 * may see. One statement, so a search is one round trip however busy the machine (issue #20; each extra trip was
 * a wait for the scheduler, docs/PERFORMANCE.md): the query terms' document frequencies, the domain's rule of which
 * terms are scored (`scoredTerms`: the rarest QUERY_TERM_LIMIT, leaving out those in more than COMMON_TERM_SHARE of
 * the articles when rarer ones exist — the same constants as the in-memory reference; recall@5 through this SQL is
 * measured by the bench and held at 1 for the 54 questions by the pg test), one
 * index-only range scan per kept term (the covering key of migration 0054), summed per article, then branch, role
 * and state, then the published version's title and the start of its body.
 */
export const searchArticles = async (db: Db | Tx, query: string, reader: Reader, limit: number) => {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const r = await sql<{
    id: string;
    category: string;
    version_no: number;
    title: string;
    body_start: string;
    score: number;
  }>`
    WITH n AS (
      SELECT greatest(coalesce((SELECT df FROM knowledge_term_stats WHERE term = ${ARTICLE_COUNT_TERM}), 0), 1)::float8 AS n
    ),
    present AS (
      SELECT s.term, s.df FROM knowledge_term_stats s WHERE s.term = ANY(${terms}::text[]) AND s.df > 0
    ),
    rare AS (
      SELECT p.* FROM present p, n WHERE p.df <= greatest(${COMMON_TERM_FLOOR}::float8, n.n * ${COMMON_TERM_SHARE}::float8)
    ),
    picked AS (
      SELECT k.term, ln(1 + n.n / greatest(k.df, 1)) AS idf
      FROM (SELECT * FROM rare UNION ALL SELECT * FROM present WHERE NOT EXISTS (SELECT 1 FROM rare)) k, n
      ORDER BY k.df, k.term COLLATE "C" LIMIT ${QUERY_TERM_LIMIT}
    ),
    ranked AS (
      SELECT t.article_id, sum(t.weight * p.idf) AS score
      FROM picked p JOIN knowledge_terms t ON t.term = p.term
      GROUP BY t.article_id ORDER BY score DESC LIMIT ${CANDIDATES}
    ),
    -- Visibility on the candidates, then the page; only the page's versions are read (a body may be TOASTed).
    page AS (
      SELECT a.id, a.category, a.published_version, ranked.score
      FROM ranked JOIN knowledge_articles a ON a.id = ranked.article_id
      WHERE (a.branch_id = ANY(${[...reader.scope]}::uuid[])
          OR a.branch_id IN (SELECT b.id FROM branches b WHERE ${reader.branchPath} LIKE b.path || '%'))
        AND (cardinality(a.roles) = 0 OR ${reader.role} = ANY(a.roles))
        AND a.state = 'published'
      ORDER BY ranked.score DESC, a.id
      LIMIT ${limit}
    )
    SELECT page.id, page.category, v.version_no, v.title, left(v.body_md, 400) AS body_start,
      page.score::float8 AS score
    FROM page JOIN knowledge_versions v ON v.article_id = page.id AND v.version_no = page.published_version
    ORDER BY page.score DESC, page.id
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
