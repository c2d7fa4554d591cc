import { mkdir } from 'node:fs/promises';
import pg from 'pg';
import { createBackup, pruneBackups } from './backup.ts';

// One node takes each scheduled backup: the others find the lock taken and skip that round.
const BACKUP_LOCK = 7_250_002;

/** Runs a backup at a fixed interval on one node at a time, then keeps the newest `keep`. */
export const startBackupSchedule = (opts: {
  ownerUrl: string;
  dir: string;
  intervalMs: number;
  keep: number;
  now: () => Date;
  onDone: (dir: string) => void;
  onError: (err: unknown) => void;
}) => {
  let running: Promise<void> = Promise.resolve();
  const once = async () => {
    const lock = new pg.Client({ connectionString: opts.ownerUrl });
    await lock.connect();
    try {
      const got = await lock.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [BACKUP_LOCK]);
      if (!got.rows[0]?.ok) return;
      await mkdir(opts.dir, { recursive: true, mode: 0o700 });
      const { dir } = await createBackup(opts.ownerUrl, opts.dir, opts.now());
      await pruneBackups(opts.dir, opts.keep);
      opts.onDone(dir);
    } finally {
      await lock.end();
    }
  };
  const timer = setInterval(() => {
    running = once().catch(opts.onError);
  }, opts.intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
};
