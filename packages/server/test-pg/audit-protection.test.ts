import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendOnlyTables, ensureAppRole } from '../src/db/app-role.ts';
import { adminQuery, dbUrl, type TestSystem, testSystem } from './helpers.ts';

/** Issue #18 part 3: the account the server runs as cannot rewrite the record that judges it. */
let sys: TestSystem;
let app: Client;
const role = `app_${randomBytes(5).toString('hex')}`;

beforeAll(async () => {
  sys = await testSystem();
  const password = randomBytes(12).toString('hex');
  await ensureAppRole(sys.db, role, password);
  const url = new URL(dbUrl(sys.dbName));
  url.username = role;
  url.password = password;
  app = new Client({ connectionString: url.toString() });
  await app.connect();
});
afterAll(async () => {
  await app.end();
  await sys.close();
  await adminQuery(`DROP ROLE IF EXISTS ${role}`);
});

const refusal = async (text: string) => {
  try {
    await app.query(text);
    return 'allowed';
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('the application role', () => {
  it('finds the append-only tables by their triggers', async () => {
    expect(await appendOnlyTables(sys.db)).toEqual(
      expect.arrayContaining(['audit_log', 'qa_score_history', 'transcript_versions']),
    );
  });

  it('may read and append to the audit log, and nothing else on it', async () => {
    await sys.login('agent.bj');
    expect((await app.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n).toBeGreaterThan(0);
    // 42501: insufficient privilege, whatever the triggers say.
    expect(await refusal(`UPDATE audit_log SET actor_name = 'x'`)).toBe('42501');
    expect(await refusal('DELETE FROM audit_log')).toBe('42501');
    expect(await refusal('TRUNCATE audit_log')).toBe('42501');
    expect(await refusal('ALTER TABLE audit_log DISABLE TRIGGER ALL')).toBe('42501');
    expect(await refusal('DROP TABLE audit_log')).toBe('42501');
    expect(await refusal(`SET session_replication_role = replica`)).toBe('42501');
    expect(await refusal('DELETE FROM qa_score_history')).toBe('42501');
    expect(await refusal('DELETE FROM transcript_versions')).toBe('42501');
  });

  it('does its ordinary work on the other tables', async () => {
    expect(await refusal(`UPDATE users SET display_name = display_name WHERE username = 'agent.bj'`)).toBe(
      'allowed',
    );
    expect(await refusal('SELECT count(*) FROM cases')).toBe('allowed');
    expect(await refusal('SELECT * FROM kysely_migration')).toBe('42501');
  });

  it('is granted again, without harm, after every start', async () => {
    await ensureAppRole(sys.db, role, 'another-password-1');
    expect(await refusal('SELECT count(*) FROM audit_log')).toBe('allowed');
    expect(await refusal('DELETE FROM audit_log')).toBe('42501');
  });
});
