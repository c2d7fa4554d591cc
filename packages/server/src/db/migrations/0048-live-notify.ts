import { type Kysely, sql } from 'kysely';

/**
 * Issue #19 part 3: live consoles. Every change to a record a console shows (a case, complaint, claim report, claim
 * application, deadline, notification, presence) is announced on the channel `claimline_live` at commit, whoever
 * made it (any node, a script, an operator). NOTIFY is transactional: a rolled-back change announces nothing, and
 * identical payloads of one transaction are folded into one. Payloads carry ids only (kind, record id, branch id,
 * and for a notification its owner's id), never personal data; each node's live hub checks the branch against the
 * listener's scope (live/hub.ts). Statement-level triggers with transition tables: a bulk write costs one trigger
 * call, not one per row (PostgreSQL allows one event per trigger with transition tables, hence insert and update
 * pairs).
 */
const TABLES: { table: string; select: string }[] = [
  {
    table: 'cases',
    select: `SELECT DISTINCT 'case' AS k, n.id::text AS id, n.branch_id::text AS b, NULL::text AS u FROM changed n`,
  },
  {
    table: 'complaints',
    select: `SELECT DISTINCT 'complaint', n.case_id::text, c.branch_id::text, NULL::text FROM changed n JOIN cases c ON c.id = n.case_id`,
  },
  {
    table: 'claim_reports',
    select: `SELECT DISTINCT 'claimReport', n.case_id::text, c.branch_id::text, NULL::text FROM changed n JOIN cases c ON c.id = n.case_id`,
  },
  {
    table: 'claim_applications',
    select: `SELECT DISTINCT 'claimApplication', n.case_id::text, c.branch_id::text, NULL::text FROM changed n JOIN cases c ON c.id = n.case_id`,
  },
  {
    table: 'deadlines',
    select: `SELECT DISTINCT 'deadline', n.case_id::text, c.branch_id::text, NULL::text FROM changed n JOIN cases c ON c.id = n.case_id`,
  },
  {
    table: 'notifications',
    select: `SELECT DISTINCT 'notification', n.id::text, NULL::text, n.user_id::text FROM changed n`,
  },
  {
    table: 'presence_events',
    select: `SELECT DISTINCT 'presence', n.user_id::text, n.branch_id::text, NULL::text FROM changed n`,
  },
];

export const up = async (db: Kysely<unknown>) => {
  for (const { table, select } of TABLES) {
    await sql
      .raw(`
      CREATE FUNCTION claimline_live_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('claimline_live', json_build_object('k', e.k, 'id', e.id, 'b', e.b, 'u', e.u)::text)
          FROM (${select}) AS e(k, id, b, u);
        RETURN NULL;
      END $$;
      CREATE TRIGGER ${table}_live_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION claimline_live_${table}();
      CREATE TRIGGER ${table}_live_update AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION claimline_live_${table}();
    `)
      .execute(db);
  }
};
