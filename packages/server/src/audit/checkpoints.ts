import { createHmac, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, readFile } from 'node:fs/promises';
import type { Db } from '../db/database.ts';

/**
 * The head of the audit chain, written outside the database at an interval (issue #18 part 3). Deleting the newest
 * rows leaves a chain that is intact on its own; the checkpoint remembers that they existed. Each line is signed with
 * the audit key, so the file cannot be rewritten to match either. Point the file at storage the database's
 * administrators cannot write (docs/OPERATIONS.md).
 */
export type Checkpoint = { id: string; hash: string; at: string };

const mac = (key: Buffer, c: Checkpoint) =>
  createHmac('sha256', key).update(`${c.id}\u0000${c.hash}\u0000${c.at}`).digest('hex');

export const checkpointLine = (key: Buffer, c: Checkpoint) =>
  `${JSON.stringify({ ...c, mac: mac(key, c) })}\n`;

const sameMac = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/** Reads the checkpoint file; lines whose signature does not match are counted as forged, not trusted. */
export const readCheckpoints = async (file: string, key: Buffer | null) => {
  const valid: Checkpoint[] = [];
  let forged = 0;
  if (!existsSync(file)) return { valid, forged };
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (line.trim() === '') continue;
    try {
      const c = JSON.parse(line) as Checkpoint & { mac?: unknown };
      const ok =
        key !== null &&
        typeof c.id === 'string' &&
        typeof c.hash === 'string' &&
        typeof c.at === 'string' &&
        typeof c.mac === 'string' &&
        sameMac(c.mac, mac(key, c));
      if (ok) valid.push({ id: c.id, hash: c.hash, at: c.at });
      else forged += 1;
    } catch {
      forged += 1;
    }
  }
  return { valid, forged };
};

const head = (db: Db) =>
  db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();

/** Appends the current head when it moved since the last call; returns what it wrote. */
export const checkpointWriter = (db: Db, file: string, key: Buffer, now: () => Date) => {
  let last: string | null = null;
  return async (): Promise<Checkpoint | null> => {
    const h = await head(db);
    if (!h || String(h.id) === last) return null;
    const c = { id: String(h.id), hash: h.hash, at: now().toISOString() };
    await appendFile(file, checkpointLine(key, c), { mode: 0o600 });
    last = c.id;
    return c;
  };
};

/** Every node checkpoints; lines from several nodes in one file are harmless (each is checked on its own). */
export const startAuditCheckpointer = (
  write: () => Promise<unknown>,
  opts: { intervalMs: number; onError: (err: unknown) => void },
) => {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = write().catch(opts.onError);
  }, opts.intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      // One last head on the way out, so a clean stop leaves nothing unprotected.
      await write().catch(opts.onError);
    },
  };
};
