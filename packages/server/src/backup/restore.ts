import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { verifyAuditChain } from '../audit/audit.ts';
import { createDb, migrateTo } from '../db/database.ts';
import { BACKUP_FORMAT, type Manifest, type TableManifest, tableFile } from './backup.ts';
import { quoteIdent, STABLE_OUTPUT } from './catalog.ts';

export type RestoreReport = {
  tables: number;
  rows: number;
  mismatches: {
    table: string;
    expected: { rows: number; sha256: string };
    found: { rows: number; sha256: string };
  }[];
  audit: { ok: boolean; reason: string | null; headMatches: boolean };
};

export class RestoreRefused extends Error {}

const readManifest = async (dir: string): Promise<Manifest> => {
  const m = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  if (m.format !== BACKUP_FORMAT) throw new RestoreRefused(`not a claimline backup (${String(m.format)})`);
  return m;
};

const rowsInPublicTables = async (client: pg.Client) => {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname NOT LIKE 'kysely_migration%'`,
    )
  ).rows.map((r) => r.name);
  const filled: string[] = [];
  for (const t of tables) {
    const { rows } = await client.query(`SELECT 1 FROM ${quoteIdent(t)} LIMIT 1`);
    if (rows.length > 0) filled.push(t);
  }
  return filled;
};

/** The same ordered COPY the backup hashed, hashed again on this database. */
export const tableDigest = async (client: pg.Client, t: TableManifest) => {
  const hash = createHash('sha256');
  let rows = 0;
  const sql = `COPY (SELECT ${t.columns.map(quoteIdent).join(', ')} FROM ${quoteIdent(t.name)} ORDER BY ${t.orderBy
    .map(quoteIdent)
    .join(', ')}) TO STDOUT`;
  await pipeline(
    client.query(copyTo(sql)),
    new Writable({
      write(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        for (const byte of chunk) if (byte === 10) rows += 1;
        done();
      },
    }),
  );
  return { rows, sha256: hash.digest('hex') };
};

/**
 * Restores a backup into an empty database: runs the backup's own migrations, loads every table in one
 * transaction, sets the sequences, checks each table's row count and content hash and the audit chain against the
 * manifest. The migrations this version has beyond the backup's run at the server's next start, after the check.
 */
export const restoreBackup = async (ownerUrl: string, dir: string, auditKey: Buffer | null) => {
  const manifest = await readManifest(dir);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const db = createDb(ownerUrl, 2);
  try {
    const before = await rowsInPublicTables(client);
    if (before.length > 0)
      throw new RestoreRefused(`the target database is not empty (${before.slice(0, 5).join(', ')} …)`);
    const last = manifest.migrations.at(-1);
    if (last) await migrateTo(db, last);
    const superuser = (
      await client.query<{ su: boolean }>('SELECT usesuper AS su FROM pg_user WHERE usename = current_user')
    ).rows[0]?.su;
    await client.query('BEGIN');
    // As superuser, no trigger or foreign-key check runs while loading: the rows are loaded as they were.
    if (superuser) await client.query('SET LOCAL session_replication_role = replica');
    const seeded = await rowsInPublicTables(client);
    if (seeded.length > 0) await client.query(`TRUNCATE ${seeded.map(quoteIdent).join(', ')} CASCADE`);
    for (const t of manifest.tables) {
      await pipeline(
        createReadStream(path.join(dir, tableFile(t.name))),
        createGunzip(),
        client.query(
          copyFrom(`COPY ${quoteIdent(t.name)} (${t.columns.map(quoteIdent).join(', ')}) FROM STDIN`),
        ),
      );
    }
    for (const s of manifest.sequences)
      if (s.lastValue !== null)
        await client.query('SELECT setval($1::regclass, $2::bigint, true)', [
          quoteIdent(s.name),
          s.lastValue,
        ]);
    await client.query('COMMIT');
    for (const s of STABLE_OUTPUT) await client.query(s);
    const mismatches: RestoreReport['mismatches'] = [];
    let rows = 0;
    for (const t of manifest.tables) {
      const found = await tableDigest(client, t);
      rows += found.rows;
      if (found.rows !== t.rows || found.sha256 !== t.sha256)
        mismatches.push({ table: t.name, expected: { rows: t.rows, sha256: t.sha256 }, found });
    }
    const chain = await verifyAuditChain(db, { key: auditKey });
    const head = (
      await client.query<{ id: string; hash: string }>(
        'SELECT a.id::text AS id, a.hash FROM audit_log a ORDER BY a.id DESC LIMIT 1',
      )
    ).rows[0];
    const report: RestoreReport = {
      tables: manifest.tables.length,
      rows,
      mismatches,
      audit: {
        ok: chain.ok,
        reason: chain.reason,
        headMatches:
          (head?.id ?? null) === manifest.audit.lastId && (head?.hash ?? null) === manifest.audit.lastHash,
      },
    };
    return { manifest, report };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    await client.end();
    await db.destroy();
  }
};
