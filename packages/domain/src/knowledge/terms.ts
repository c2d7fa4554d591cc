import { normalizationTable, SKIP } from '../scripts/normalize.ts';
import { CONCEPTS } from './thesaurus.ts';

/**
 * The search terms of a text, for the knowledge base's index and for a query (issue #20 part 2: Chinese has no
 * spaces). One function for both sides, so an article and a question are cut the same way:
 * 1. normalise with the forbidden-phrase matcher's table (full width → half, traditional → simplified, lower case),
 *    separators becoming a break instead of disappearing;
 * 2. Intl.Segmenter word granularity (ICU's dictionary): the words it finds, less a short list of function words;
 * 3. every two-character window of a run of Chinese characters (bigrams), because ICU cuts insurance words badly
 *    (理|赔, 发动|机) and a bigram index finds them anyway;
 * 4. the concepts of the thesaurus whose surface forms occur (水淹, 泡水, 暴雨 → ~flood), so the customer's words
 *    meet the article's.
 * Measured against plain substring search in bench/knowledge.bench.ts (recall@5 on eval-questions.zh-CN.json).
 */

/** Function words that say nothing about the topic (a customer's 了, 吗, 能, 我). */
const STOPWORDS = new Set(
  '的 了 吗 呢 吧 啊 呀 么 我 你 他 她 它 们 我们 你们 是 在 有 被 把 给 和 与 或 就 都 也 还 又 要 会 能 可以 可 不 没 没有 这 那 这个 那个 什么 怎么 怎么办 怎样 如何 为什么 一 个 一下 请问 请 吗？ 了吗 能不能 是不是 有没有 一些 多少 几 哪些'.split(
    ' ',
  ),
);

const HAN = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The text as the index reads it: separators become one space. */
export const normalizeForSearch = (text: string): string => {
  const table = normalizationTable();
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const m = table[text.charCodeAt(i)]!;
    if (m === SKIP) {
      space = true;
      continue;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    out += String.fromCharCode(m);
  }
  return out;
};

/** Which of the three term sources to use: all by default; the bench switches them off one by one to measure. */
export type TermSources = { words: boolean; bigrams: boolean; concepts: boolean };
export const ALL_TERM_SOURCES: TermSources = { words: true, bigrams: true, concepts: true };

/** Terms of a text with how often each occurs (a query's terms are the keys). */
export const termCounts = (text: string, use: TermSources = ALL_TERM_SOURCES): Map<string, number> => {
  const norm = normalizeForSearch(text);
  const counts = new Map<string, number>();
  const add = (t: string) => counts.set(t, (counts.get(t) ?? 0) + 1);
  if (use.words)
    for (const s of segmenter.segment(norm)) {
      if (!s.isWordLike) continue;
      const w = s.segment;
      if (!STOPWORDS.has(w) && !(w.length === 1 && !HAN.test(w))) add(w);
    }
  if (use.bigrams)
    for (const run of norm.split(/[^\p{Script=Han}]+/u)) {
      for (let i = 0; i + 1 < run.length; i++) {
        // A bigram that is also a word of the segmenter counts twice: it is both.
        add(run.slice(i, i + 2));
      }
    }
  if (use.concepts)
    for (const [concept, forms] of CONCEPTS) {
      let n = 0;
      for (const f of forms) if (norm.includes(f)) n++;
      if (n > 0) counts.set(`~${concept}`, n);
    }
  return counts;
};

/** The distinct terms of a query. */
export const queryTerms = (text: string): string[] => [...termCounts(text).keys()];
