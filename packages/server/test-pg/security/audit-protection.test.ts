import { randomBytes } from 'node:crypto';
import { appendFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type VerifyResult, verifyAuditChain } from '../../src/audit/audit.ts';
import { chainHash, GENESIS_HASH } from '../../src/audit/audit-chain.ts';
import { currentAuditKey } from '../../src/audit/audit-key.ts';
import { checkpointLine, checkpointWriter, readCheckpoints } from '../../src/audit/checkpoints.ts';
import { appendOnlyTables, ensureAppRole } from '../../src/db/app-role.ts';
import { adminQuery, dbUrl, type TestSystem, testSystem } from '../helpers.ts';

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

describe('the keyed chain and its checkpoints outside the database', () => {
  type Tampered = { sys: TestSystem; file: string; rows: { id: string }[]; check(): Promise<VerifyResult> };
  const tampered = async (): Promise<Tampered> => {
    const s = await testSystem();
    for (const who of ['agent.bj', 'agent.sh', 'teamlead.bj01', 'auditor.ho']) await s.login(who);
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'audit-cp-')), 'checkpoints.jsonl');
    const key = currentAuditKey();
    if (!key) throw new Error('no audit key');
    await checkpointWriter(s.db, file, key, () => s.clock.now())();
    const rows = (await s.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => ({
      id: String(r.id),
    }));
    return {
      sys: s,
      file,
      rows,
      check: async () => verifyAuditChain(s.db, { checkpoints: await readCheckpoints(file, key) }),
    };
  };
  const asSuperuser = (t: Tampered, statements: string) =>
    adminQuery(
      `ALTER TABLE audit_log DISABLE TRIGGER USER; ${statements}; ALTER TABLE audit_log ENABLE TRIGGER USER;`,
      t.sys.dbName,
    );
  const at = (t: Tampered, i: number) => t.rows.at(i)?.id ?? '';

  it('holds when nothing was touched, with the checkpoint read back', async () => {
    const t = await tampered();
    const r = await t.check();
    expect(r).toMatchObject({
      ok: true,
      reason: null,
      checkpoints: { count: 1, forged: 0, latestId: at(t, -1) },
    });
    expect(r.checked).toBe(t.rows.length);
    await t.sys.close();
  });

  it('finds an edited row', async () => {
    const t = await tampered();
    await asSuperuser(t, `UPDATE audit_log SET actor_name = 'nobody' WHERE id = ${at(t, 3)}`);
    expect(await t.check()).toMatchObject({ ok: false, reason: 'rowAltered', firstBrokenId: at(t, 3) });
    await t.sys.close();
  });

  it('finds a deleted middle row', async () => {
    const t = await tampered();
    await asSuperuser(t, `DELETE FROM audit_log WHERE id = ${at(t, 4)}`);
    expect(await t.check()).toMatchObject({ ok: false, reason: 'linkBroken', firstBrokenId: at(t, 5) });
    await t.sys.close();
  });

  it('finds deleted newest rows, which leave an intact chain behind', async () => {
    const t = await tampered();
    await asSuperuser(t, `DELETE FROM audit_log WHERE id >= ${at(t, -3)}`);
    // On its own the shortened chain is consistent; only the checkpoint outside remembers the rest.
    expect((await verifyAuditChain(t.sys.db)).ok).toBe(true);
    expect(await t.check()).toMatchObject({ ok: false, reason: 'rowsMissing', firstBrokenId: at(t, -1) });
    await t.sys.close();
  });

  it('finds a chain recomputed without the key, from the edit on or from the start', async () => {
    const t = await tampered();
    const all = await t.sys.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    const recompute = (from: number, key: Buffer | null, keyed: boolean) => {
      let prev = from === 0 ? GENESIS_HASH : (all[from - 1]?.hash ?? '');
      const updates: string[] = [];
      for (const [i, r] of all.entries()) {
        if (i < from) continue;
        const row = i === from ? { ...r, actor_name: 'nobody' } : r;
        const hash = chainHash(prev, { ...row, details: row.details }, key);
        updates.push(
          `UPDATE audit_log SET actor_name = ${row.actor_name === null ? 'NULL' : `'${row.actor_name}'`}, prev_hash = '${prev}', hash = '${hash}', keyed = ${keyed} WHERE id = ${r.id}`,
        );
        prev = hash;
      }
      return updates.join('; ');
    };
    // With a key of their own: every keyed row after the edit fails its HMAC.
    await asSuperuser(t, recompute(3, randomBytes(32), true));
    expect(await t.check()).toMatchObject({ ok: false, reason: 'rowAltered', firstBrokenId: at(t, 3) });
    // Unkeyed from the edit on: an unkeyed row after keyed ones.
    await asSuperuser(t, recompute(3, null, false));
    expect(await t.check()).toMatchObject({
      ok: false,
      reason: 'unkeyedAfterKeyed',
      firstBrokenId: at(t, 3),
    });
    // Unkeyed from the very start: consistent in the database, refuted by the checkpoint outside it.
    await asSuperuser(t, recompute(0, null, false));
    expect((await verifyAuditChain(t.sys.db)).ok).toBe(true);
    expect(await t.check()).toMatchObject({
      ok: false,
      reason: 'checkpointMismatch',
      firstBrokenId: at(t, -1),
    });
    await t.sys.close();
  });

  it('does not trust a checkpoint line written without the key', async () => {
    const t = await tampered();
    await appendFile(
      t.file,
      checkpointLine(randomBytes(32), { id: '999999', hash: 'f'.repeat(64), at: 'x' }),
    );
    expect(await t.check()).toMatchObject({
      ok: false,
      reason: 'checkpointForged',
      checkpoints: { forged: 1 },
    });
    await t.sys.close();
  });
});
