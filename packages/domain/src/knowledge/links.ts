import type { Label } from '../core/index.ts';

/**
 * Phrases, scripts and checklists link to articles (issue #20): an item of the standard-phrase pack, of the claim
 * checklists names a few knowledge articles by id. The id, not a
 * version: the reader always opens the version published now. The links live inside the versioned setting or pack
 * they belong to, so each saved version keeps its own.
 */

// The ids' shape is checked in core/ (article-ids.ts), where the scripts and checklists read it too.
export { MAX_LINKED_ARTICLES, parseArticleIds } from '../core/article-ids.ts';

/** Where a link can be: each kind of item with its words for the article's "used by" list. */
export const LINK_SOURCES = {
  standardPhrase: { zh: '标准话术', en: 'Standard phrase' },
  claimChecklist: { zh: '理赔材料清单', en: 'Claim checklist' },
} as const satisfies Record<string, Label>;
export type LinkSource = keyof typeof LINK_SOURCES;

/** One item that links to an article: its kind, its key in that source and its own words. */
export type ArticleUse = { source: LinkSource; key: string; label: Label };

/** The shapes the sources have, as far as links are concerned (the scripts and claims types fit them). */
export type LinkSources = {
  standard: { situations: readonly { id: string; title: string; articleIds?: readonly string[] }[] };
  checklists: {
    lists: Readonly<
      Record<
        string,
        { label: Label; items: readonly { id: string; label: Label; articleIds?: readonly string[] }[] }
      >
    >;
  };
};

/** Every item of the sources in force that links to the article, in the order the sources list them. */
export const articleUses = (articleId: string, s: LinkSources): ArticleUse[] => {
  const has = (ids?: readonly string[]) => ids?.includes(articleId) ?? false;
  return [
    ...s.standard.situations
      .filter((x) => has(x.articleIds))
      .map((x) => ({ source: 'standardPhrase' as const, key: x.id, label: { zh: x.title, en: x.title } })),
    ...Object.values(s.checklists.lists).flatMap((list) =>
      list.items
        .filter((i) => has(i.articleIds))
        .map((i) => ({
          source: 'claimChecklist' as const,
          key: i.id,
          label: { zh: `${list.label.zh}：${i.label.zh}`, en: `${list.label.en}: ${i.label.en}` },
        })),
    ),
  ];
};

/** Every article id the sources link to (what an editor's save must check exists and is visible). */
export const linkedIdsOf = (items: readonly { articleIds?: readonly string[] }[]): string[] => [
  ...new Set(items.flatMap((i) => i.articleIds ?? [])),
];
