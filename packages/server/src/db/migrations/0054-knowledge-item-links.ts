import { type Kysely, sql } from 'kysely';

/**
 * Issue #20, the last gaps of the knowledge base:
 * - knowledge_terms: the weight rides in the primary key's index (INCLUDE), so a query term's postings are one
 *   index-only range scan instead of a heap read per posting (docs/PERFORMANCE.md, knowledge base search);
 * - knowledge_item_links: which item of a standard-phrase pack or of the claim checklists in force links to which
 *   article. The links themselves live in the pack's or setting's version (that is what versions keep); this is
 *   the reverse index the article's "used by" list reads, rewritten by each save of the source.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    ALTER TABLE knowledge_terms DROP CONSTRAINT knowledge_terms_pkey,
      ADD CONSTRAINT knowledge_terms_pkey PRIMARY KEY (term, article_id) INCLUDE (weight);

    CREATE TABLE knowledge_item_links (
      article_id uuid NOT NULL REFERENCES knowledge_articles(id) ON DELETE CASCADE,
      source text NOT NULL,
      item_key text NOT NULL,
      label jsonb NOT NULL,
      source_version integer NOT NULL,
      PRIMARY KEY (article_id, source, item_key)
    );
    CREATE INDEX knowledge_item_links_source ON knowledge_item_links (source);
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`
    DROP TABLE knowledge_item_links;
    ALTER TABLE knowledge_terms DROP CONSTRAINT knowledge_terms_pkey,
      ADD CONSTRAINT knowledge_terms_pkey PRIMARY KEY (term, article_id);
  `.execute(db);
};
