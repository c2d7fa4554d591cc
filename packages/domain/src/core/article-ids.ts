/**
 * The knowledge articles an item links to (issue #20, knowledge/links.ts), by id. Here, at the ground, because the
 * standard phrases and the claim checklists read them as well as the knowledge base.
 */

/** At most this many articles on one item: a pointer to the rule behind it, not a reading list (our setting). */
export const MAX_LINKED_ARTICLES = 5;

const ARTICLE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An item's article ids as stored: distinct lower-case UUIDs, at most MAX_LINKED_ARTICLES; null when not. */
export const parseArticleIds = (v: unknown): string[] | null => {
  if (!Array.isArray(v) || v.length > MAX_LINKED_ARTICLES) return null;
  const ids = v.map((x) => (typeof x === 'string' ? x.toLowerCase() : ''));
  if (ids.some((id) => !ARTICLE_ID.test(id)) || new Set(ids).size !== ids.length) return null;
  return ids;
};
