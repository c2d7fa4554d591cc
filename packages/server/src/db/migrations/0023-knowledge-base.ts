import { type Kysely, sql } from 'kysely';

/**
 * Issue #20 parts 1–3: the knowledge base (知识库). An article is a row with its state and a new version row per save
 * (never overwritten: who changed what, when). The search index holds the published version's terms, cut in Node
 * (domain/knowledge/terms.ts: ICU words, bigrams, thesaurus concepts) with a damped field weight; ranking sums
 * weight × idf over the query's terms (an index-only scan of the primary key by term). Document frequencies are
 * kept per term so a query can leave out the commonest terms before it touches the postings. Attachments are
 * stored in the database (bytea, size-capped by the server); links record an article sent with a reply on a case;
 * questions are the "not sure" asks of seed 002 §三(一)3.
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE knowledge_articles (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      category text NOT NULL,
      product text,
      state text NOT NULL DEFAULT 'draft',
      version integer NOT NULL DEFAULT 1,
      current_version integer NOT NULL DEFAULT 1,
      published_version integer,
      roles text[] NOT NULL DEFAULT '{}',
      review_at timestamptz NOT NULL,
      review_flagged_at timestamptz,
      published_at timestamptz,
      published_by uuid REFERENCES users(id),
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    );
    CREATE INDEX knowledge_articles_state ON knowledge_articles (state, updated_at DESC);
    CREATE INDEX knowledge_articles_review ON knowledge_articles (review_at) WHERE state = 'published' AND review_flagged_at IS NULL;

    CREATE TABLE knowledge_versions (
      article_id uuid NOT NULL REFERENCES knowledge_articles(id),
      version_no integer NOT NULL,
      title text NOT NULL,
      body_md text NOT NULL,
      questions text[] NOT NULL DEFAULT '{}',
      keywords text[] NOT NULL DEFAULT '{}',
      source text,
      change_note text,
      edited_by uuid NOT NULL REFERENCES users(id),
      edited_at timestamptz NOT NULL,
      PRIMARY KEY (article_id, version_no)
    );

    CREATE TABLE knowledge_terms (
      term text NOT NULL,
      article_id uuid NOT NULL REFERENCES knowledge_articles(id) ON DELETE CASCADE,
      weight real NOT NULL,
      PRIMARY KEY (term, article_id)
    );
    CREATE INDEX knowledge_terms_article ON knowledge_terms (article_id);

    CREATE TABLE knowledge_term_stats (
      term text PRIMARY KEY,
      df integer NOT NULL CHECK (df >= 0)
    );

    CREATE TABLE knowledge_attachments (
      id uuid PRIMARY KEY,
      article_id uuid NOT NULL REFERENCES knowledge_articles(id),
      file_name text NOT NULL,
      content_type text NOT NULL,
      size_bytes integer NOT NULL,
      content bytea NOT NULL,
      uploaded_by uuid NOT NULL REFERENCES users(id),
      uploaded_at timestamptz NOT NULL
    );
    CREATE INDEX knowledge_attachments_article ON knowledge_attachments (article_id);

    CREATE TABLE knowledge_links (
      id uuid PRIMARY KEY,
      article_id uuid NOT NULL REFERENCES knowledge_articles(id),
      version_no integer NOT NULL,
      case_id uuid NOT NULL REFERENCES cases(id),
      linked_by uuid NOT NULL REFERENCES users(id),
      linked_at timestamptz NOT NULL
    );
    CREATE INDEX knowledge_links_case ON knowledge_links (case_id);

    CREATE TABLE knowledge_questions (
      id uuid PRIMARY KEY,
      branch_id uuid NOT NULL REFERENCES branches(id),
      case_id uuid REFERENCES cases(id),
      asked_by uuid NOT NULL REFERENCES users(id),
      asked_to uuid NOT NULL REFERENCES users(id),
      question text NOT NULL,
      state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'answered')),
      answer text,
      answered_by uuid REFERENCES users(id),
      answered_at timestamptz,
      article_id uuid REFERENCES knowledge_articles(id),
      created_at timestamptz NOT NULL
    );
    CREATE INDEX knowledge_questions_to ON knowledge_questions (asked_to, state, created_at DESC);
    CREATE INDEX knowledge_questions_by ON knowledge_questions (asked_by, created_at DESC);
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`
    DROP TABLE knowledge_questions, knowledge_links, knowledge_attachments, knowledge_term_stats, knowledge_terms,
      knowledge_versions, knowledge_articles;
  `.execute(db);
};
