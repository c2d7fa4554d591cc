import { type Kysely, sql } from 'kysely';

/**
 * Issue 22 part 2, link analysis (seed 004 四.10 反欺诈; PRODUCT.md C12 "links between claimants").
 * - claim_links: what each claim names, by keyed hash only (the blind indexes the claims already keep, and the
 *   address and hospital hashed at intake), with the masked label the graph shows. `claim_id` is the claim node:
 *   a claim report's case, or an application's own case when it has no report.
 * - fraud_rings / fraud_ring_members: every build of a flagged ring is a new version (a ring judges people, so
 *   nothing is edited: a changed ring is a new row, a dissolved one a version with `active` false), with who built
 *   it and why (`intake` for the touched component, `full` for a whole rebuild).
 */
export const up = async (db: Kysely<unknown>) => {
  await sql`
    CREATE TABLE claim_links (
      claim_id uuid NOT NULL REFERENCES cases(id),
      source_case_id uuid NOT NULL REFERENCES cases(id),
      source text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('person','phone','plate','address','payee','repairShop','hospital')),
      key text NOT NULL,
      label_masked text NOT NULL,
      branch_id uuid NOT NULL REFERENCES branches(id),
      PRIMARY KEY (claim_id, source_case_id, source, kind, key)
    );
    CREATE INDEX claim_links_entity ON claim_links(kind, key);

    CREATE TABLE fraud_rings (
      id uuid PRIMARY KEY,
      ring_key uuid NOT NULL,
      version integer NOT NULL CHECK (version >= 1),
      active boolean NOT NULL,
      claims integer NOT NULL CHECK (claims >= 0),
      people integer NOT NULL CHECK (people >= 0),
      density double precision NOT NULL CHECK (density BETWEEN 0 AND 1),
      reasons text[] NOT NULL,
      link_kinds text[] NOT NULL,
      total_amount_fen bigint NOT NULL CHECK (total_amount_fen >= 0),
      branch_ids uuid[] NOT NULL,
      members_hash text NOT NULL,
      built_for text NOT NULL CHECK (built_for IN ('intake','full')),
      built_by uuid REFERENCES users(id),
      built_at timestamptz NOT NULL,
      UNIQUE (ring_key, version)
    );
    CREATE INDEX fraud_rings_branches ON fraud_rings USING gin (branch_ids);

    CREATE TABLE fraud_ring_members (
      ring_id uuid NOT NULL REFERENCES fraud_rings(id),
      claim_id uuid NOT NULL REFERENCES cases(id),
      branch_id uuid NOT NULL REFERENCES branches(id),
      PRIMARY KEY (ring_id, claim_id)
    );
    CREATE INDEX fraud_ring_members_claim ON fraud_ring_members(claim_id);

    -- The ring as it stands: the last version of each key, if that version is active.
    CREATE VIEW fraud_rings_current AS
      SELECT * FROM (SELECT DISTINCT ON (ring_key) * FROM fraud_rings ORDER BY ring_key, version DESC) r
       WHERE r.active;

    CREATE FUNCTION fraud_rings_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;
    CREATE TRIGGER fraud_rings_no_change BEFORE UPDATE OR DELETE ON fraud_rings
      FOR EACH ROW EXECUTE FUNCTION fraud_rings_append_only();
    CREATE TRIGGER fraud_ring_members_no_change BEFORE UPDATE OR DELETE ON fraud_ring_members
      FOR EACH ROW EXECUTE FUNCTION fraud_rings_append_only();
  `.execute(db);
};

export const down = async (db: Kysely<unknown>) => {
  await sql`
    DROP VIEW fraud_rings_current;
    DROP TABLE fraud_ring_members, fraud_rings, claim_links;
    DROP FUNCTION fraud_rings_append_only();
  `.execute(db);
};
