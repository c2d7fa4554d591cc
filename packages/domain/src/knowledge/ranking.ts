import { ALL_TERM_SOURCES, type TermSources, termCounts } from './terms.ts';

/**
 * How an article's terms are weighted and a query scored, shared by the in-memory reference below (tests, the
 * recall measurement) and the SQL of the server's search (server/knowledge/search-repository.ts), which sums the
 * same stored weights times the same idf.
 */

/** Field weights: a customer's words match an article's questions and title more than a passing word of the body. */
export const FIELD_WEIGHTS = { title: 3, questions: 3, keywords: 2, body: 1 } as const;

export type IndexedText = {
  title: string;
  questions: readonly string[];
  keywords: readonly string[];
  body: string;
};

/** Each term's stored weight for one article: field-weighted occurrences, damped (1 + ln n) so repetition saturates. */
export const articleTermWeights = (
  a: IndexedText,
  use: TermSources = ALL_TERM_SOURCES,
): Map<string, number> => {
  const raw = new Map<string, number>();
  const addAll = (text: string, w: number) => {
    for (const [t, n] of termCounts(text, use)) raw.set(t, (raw.get(t) ?? 0) + n * w);
  };
  addAll(a.title, FIELD_WEIGHTS.title);
  addAll(a.questions.join('\n'), FIELD_WEIGHTS.questions);
  addAll(a.keywords.join('\n'), FIELD_WEIGHTS.keywords);
  addAll(a.body, FIELD_WEIGHTS.body);
  const out = new Map<string, number>();
  for (const [t, n] of raw) out.set(t, Math.round((1 + Math.log(n)) * 1000) / 1000);
  return out;
};

/** Inverse document frequency: rare terms decide, a term in every article adds almost nothing. */
export const idf = (articles: number, df: number): number => Math.log(1 + articles / Math.max(df, 1));

/** The in-memory index of a set of articles: the reference the SQL is checked against. */
export const buildIndex = (
  articles: ReadonlyMap<string, IndexedText>,
  use: TermSources = ALL_TERM_SOURCES,
) => {
  const postings = new Map<string, Map<string, number>>();
  for (const [id, a] of articles)
    for (const [t, w] of articleTermWeights(a, use)) {
      const p = postings.get(t) ?? new Map<string, number>();
      postings.set(t, p);
      p.set(id, w);
    }
  return { postings, size: articles.size, use };
};

export type KnowledgeIndex = ReturnType<typeof buildIndex>;

/**
 * A query scores only its rarest terms: a term found in more than COMMON_TERM_SHARE of the articles (and more than
 * COMMON_TERM_FLOOR) is left out when rarer ones exist (its idf is near zero and its postings are what a scan
 * costs), and at most QUERY_TERM_LIMIT terms are kept. Settings measured on bench/knowledge.bench.ts, not seed rules;
 * the SQL of the server applies the same rule.
 */
export const COMMON_TERM_SHARE = 0.02;
export const COMMON_TERM_FLOOR = 50;
export const QUERY_TERM_LIMIT = 8;

/** The query terms that are scored, given each term's document frequency, rarest first. */
export const scoredTerms = (dfs: ReadonlyMap<string, number>, articles: number): string[] => {
  const present = [...dfs].filter(([, df]) => df > 0).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const cap = Math.max(COMMON_TERM_FLOOR, articles * COMMON_TERM_SHARE);
  const rare = present.filter(([, df]) => df <= cap);
  return (rare.length > 0 ? rare : present).slice(0, QUERY_TERM_LIMIT).map(([t]) => t);
};

/** Article ids best first, at most `limit`; ties keep the id order. */
export const searchIndex = (index: KnowledgeIndex, query: string, limit = 10): string[] => {
  const scores = new Map<string, number>();
  const dfs = new Map(
    [...termCounts(query, index.use).keys()].map((t) => [t, index.postings.get(t)?.size ?? 0]),
  );
  for (const t of scoredTerms(dfs, index.size)) {
    const p = index.postings.get(t);
    if (!p) continue;
    const f = idf(index.size, p.size);
    for (const [id, w] of p) scores.set(id, (scores.get(id) ?? 0) + w * f);
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => id);
};

/** recall@k of one ranking: the share of the expected articles among the first k. */
export const recallAt = (k: number, ranked: readonly string[], expected: readonly string[]): number =>
  expected.filter((e) => ranked.slice(0, k).includes(e)).length / expected.length;
