import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentAuditKey } from '../src/audit/audit-key.ts';
import { createBackup, type Manifest, pruneBackups } from '../src/backup/backup.ts';
import { RestoreRefused, restoreBackup } from '../src/backup/restore.ts';
import { adminQuery, createCase, dbUrl, freshDatabase, type TestSystem, testSystem } from './helpers.ts';

/** Issue #18 part 4: backup while the system runs → more writes → restore into an empty database → identical. */
let sys: TestSystem;
let dir: string;
beforeAll(async () => {
  sys = await testSystem({ demoClaimReports: 3 });
  dir = await mkdtemp(path.join(tmpdir(), 'claimline-backup-'));
});
afterAll(() => sys.close());

describe('backup and restore', () => {
  it('restores exactly the instant of the backup: rows, content hashes, sequences and the audit chain', async () => {
    const cookie = await sys.login('agent.bj');
    expect((await createCase(sys, cookie)).statusCode).toBe(201);
    const head = await sys.db
      .selectFrom('audit_log')
      .select('id')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const { dir: backup, manifest } = await createBackup(dbUrl(sys.dbName), dir, sys.clock.now());
    expect(manifest.audit.lastId).toBe(String(head?.id));
    // Writes after the backup must not be in it.
    const later = await createCase(sys, cookie);
    expect(later.statusCode).toBe(201);
    const laterNumber = later.json().number as string;

    // No key material travels with the backup.
    const files = await readdir(backup);
    expect(files).toContain('manifest.json');
    expect(files.every((f) => f === 'manifest.json' || /^[a-z0-9_]+\.copy\.gz$/.test(f))).toBe(true);
    const text = await readFile(path.join(backup, 'manifest.json'), 'utf8');
    expect(text).not.toContain(String(currentAuditKey()?.toString('base64')));
    expect(manifest.tables.find((t) => t.name === 'cases')?.rows).toBeGreaterThan(0);

    const target = await freshDatabase({ migrated: false });
    const { report } = await restoreBackup(target.url, backup, currentAuditKey());
    expect(report.mismatches).toEqual([]);
    expect(report.audit).toEqual({ ok: true, reason: null, headMatches: true });
    expect(report.rows).toBe(manifest.tables.reduce((n, t) => n + t.rows, 0));

    const restored = await target.db.selectFrom('cases').select('number').execute();
    expect(restored.map((c) => c.number)).not.toContain(laterNumber);
    const original = await sys.db.selectFrom('cases').select('number').execute();
    expect(restored.length).toBe(original.length - 1);
    // The sequences continue after the restored rows: a new audit row gets the next id, not a clash.
    const seq = manifest.sequences.find((s) => s.name.startsWith('audit_log'));
    const next = await adminQuery(`SELECT nextval('${seq?.name}')::text AS v`, target.name);
    expect(BigInt(next.rows[0].v)).toBe(BigInt(seq?.lastValue ?? '0') + 1n);
    await target.db.destroy();
    await adminQuery(`DROP DATABASE ${target.name} WITH (FORCE)`);
  });

  it('refuses to restore over a database that holds data', async () => {
    const [backup] = (await readdir(dir)).filter((n) => n.startsWith('claimline-'));
    await expect(
      restoreBackup(dbUrl(sys.dbName), path.join(dir, backup ?? ''), currentAuditKey()),
    ).rejects.toThrow(RestoreRefused);
  });

  it('reports a backup file changed after it was taken', async () => {
    const [name] = (await readdir(dir)).filter((n) => n.startsWith('claimline-'));
    const backup = path.join(dir, name ?? '');
    const manifest = JSON.parse(await readFile(path.join(backup, 'manifest.json'), 'utf8')) as Manifest;
    const cases = manifest.tables.find((t) => t.name === 'cases');
    if (cases) cases.sha256 = '0'.repeat(64);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(backup, 'manifest.json'), JSON.stringify(manifest));
    const target = await freshDatabase({ migrated: false });
    const { report } = await restoreBackup(target.url, backup, currentAuditKey());
    expect(report.mismatches.map((m) => m.table)).toEqual(['cases']);
    await target.db.destroy();
    await adminQuery(`DROP DATABASE ${target.name} WITH (FORCE)`);
  });

  it('keeps the newest backups and removes the rest', async () => {
    const keepDir = path.join(dir, 'retention');
    await mkdir(keepDir);
    for (let i = 0; i < 4; i++) {
      sys.clock.advance(3_600_000);
      await createBackup(dbUrl(sys.dbName), keepDir, sys.clock.now());
    }
    expect(await pruneBackups(keepDir, 2)).toBe(2);
    const left = await readdir(keepDir);
    expect(left).toHaveLength(2);
    expect(left.every((n) => existsSync(path.join(keepDir, n, 'manifest.json')))).toBe(true);
  });
});
