import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { orderedCopy, readCatalog, STABLE_OUTPUT } from './catalog.ts';

export const BACKUP_FORMAT = 'claimline-backup/1';

export type TableManifest = {
  name: string;
  columns: string[];
  orderBy: string[];
  rows: number;
  sha256: string;
};

export type Manifest = {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** The migrations applied to the source: a restore runs exactly these before loading the rows. */
  migrations: string[];
  tables: TableManifest[];
  sequences: { name: string; lastValue: string | null }[];
  audit: { lastId: string | null; lastHash: string | null };
  note: string;
};

/** Counts lines and hashes the COPY text on its way to the file: the content hash a restore is checked against. */
const digest = () => {
  const hash = createHash('sha256');
  let rows = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      for (const byte of chunk) if (byte === 10) rows += 1;
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ rows, sha256: hash.digest('hex') }) };
};

export const tableFile = (name: string) => `${name}.copy.gz`;

const stamp = (d: Date) =>
  d
    .toISOString()
    .replaceAll(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/**
 * A consistent logical backup of a running system, with nothing but node and the database connection (the embedded
 * engine ships no pg_dump): every table is copied inside one REPEATABLE READ, READ ONLY transaction, so the
 * backup is one instant of the database while the application keeps writing. Field and audit keys are never
 * inside: they stay where the server reads them from. Written to a .partial directory and renamed when complete.
 */
export const createBackup = async (url: string, parentDir: string, now: Date) => {
  const name = `claimline-${stamp(now)}`;
  const partial = path.join(parentDir, `${name}.partial`);
  const final = path.join(parentDir, name);
  await mkdir(partial, { recursive: true, mode: 0o700 });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    for (const s of STABLE_OUTPUT) await client.query(s);
    const catalog = await readCatalog(client);
    const tables: TableManifest[] = [];
    for (const t of catalog) {
      const d = digest();
      await pipeline(
        client.query(copyTo(orderedCopy(t))),
        d.stream,
        createGzip(),
        createWriteStream(path.join(partial, tableFile(t.name)), { mode: 0o600 }),
      );
      tables.push({ ...t, ...d.result() });
    }
    const migrations = (
      await client.query<{ name: string }>('SELECT name FROM kysely_migration ORDER BY name')
    ).rows.map((r) => r.name);
    const sequences = (
      await client.query<{ name: string; last_value: string | null }>(
        `SELECT sequencename AS name, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
      )
    ).rows.map((r) => ({ name: r.name, lastValue: r.last_value }));
    const head = (
      await client.query<{ id: string; hash: string }>(
        'SELECT a.id::text AS id, a.hash FROM audit_log a ORDER BY a.id DESC LIMIT 1',
      )
    ).rows[0];
    await client.query('COMMIT');
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      migrations,
      tables,
      sequences,
      audit: { lastId: head?.id ?? null, lastHash: head?.hash ?? null },
      note: 'No keys are in this backup: restore needs the field keys and the audit key of the source.',
    };
    await writeFile(path.join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, {
      mode: 0o600,
    });
    await rename(partial, final);
    return { dir: final, manifest };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    await rm(partial, { recursive: true, force: true });
    throw err;
  } finally {
    await client.end();
  }
};

/** Keeps the newest `keep` backups in a directory and deletes the rest (and any left-over partial one). */
export const pruneBackups = async (parentDir: string, keep: number) => {
  const entries = (await readdir(parentDir)).filter((n) => n.startsWith('claimline-')).sort();
  const complete = entries.filter((n) => !n.endsWith('.partial'));
  const doomed = [...entries.filter((n) => n.endsWith('.partial')), ...complete.slice(0, -keep || undefined)];
  for (const n of keep > 0 ? doomed : []) await rm(path.join(parentDir, n), { recursive: true, force: true });
  return doomed.length;
};
