import { sql } from 'kysely';
import { auditMark, auditRewind, deferAuditChain, flushDeferredAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';

/**
 * Group commit for the numbered intakes (issue 19 part 1). Every intake takes the gap-free number row of its kind,
 * branch and day and the audit chain lock, and holds both until it commits, so one at a time commits and each
 * waits for its own WAL flush. The batcher gathers the requests that arrive within a short window (or while the
 * previous batch is still committing) and writes them in one transaction:
 *
 * - each item runs inside its own SAVEPOINT, so an item that fails (a duplicate loss, a lost look-up, any error)
 *   is rolled back alone, with the number it took, and its neighbours commit;
 * - the items run in arrival order, so numbers are gap-free and follow arrival;
 * - their audit rows are held and linked in that order at the end (audit.ts deferAuditChain), one lock per batch;
 * - every item is answered only after the batch's COMMIT returned (synchronous commit: the WAL is flushed);
 * - an item that lost a deadlock or a serialisation race, and every item of a batch whose commit failed, is run
 *   again alone in its own transaction (idempotency keys make a repeat of a committed item a replay).
 */

export type IntakeWork<T> = (tx: Tx) => Promise<T>;

export type BatcherOptions = {
  /** How long the first request of a batch waits for company (ms); 0 gathers only what queued meanwhile. */
  windowMs: number;
  /** The most items in one transaction: bounds the time one batch holds the number and chain locks. */
  maxItems: number;
};

type Pending = {
  work: IntakeWork<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
};

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

// Deadlock and serialisation failures say "try again", not "this request is wrong".
const RETRY_ALONE = new Set(['40P01', '40001']);
const retryable = (e: unknown) =>
  typeof e === 'object' && e !== null && RETRY_ALONE.has(String((e as { code?: unknown }).code));

export type IntakeBatcher = {
  submit<T>(work: IntakeWork<T>): Promise<T>;
  /** Figures for tests and the bench: batches committed and items in them. */
  stats(): { batches: number; items: number; largest: number };
};

export const createIntakeBatcher = (db: Db, opts: BatcherOptions): IntakeBatcher => {
  let queue: Pending[] = [];
  let running = false;
  let timer: NodeJS.Timeout | null = null;
  const figures = { batches: 0, items: 0, largest: 0 };

  const alone = (p: Pending) =>
    db
      .transaction()
      .execute((tx) => p.work(tx))
      .then(p.resolve, p.reject);

  const runBatch = async (items: Pending[]) => {
    let outcomes: Outcome[];
    try {
      outcomes = await db.transaction().execute(async (tx) => {
        deferAuditChain(tx);
        const out: Outcome[] = [];
        for (const item of items) {
          await sql`SAVEPOINT intake_item`.execute(tx);
          const mark = auditMark(tx);
          try {
            const value = await item.work(tx);
            await sql`RELEASE SAVEPOINT intake_item`.execute(tx);
            out.push({ ok: true, value });
          } catch (error) {
            await sql`ROLLBACK TO SAVEPOINT intake_item`.execute(tx);
            auditRewind(tx, mark);
            out.push({ ok: false, error });
          }
        }
        // Each item is acknowledged as durable: no item may have turned the batch's commit asynchronous.
        await sql`SELECT set_config('synchronous_commit', 'on', true)`.execute(tx);
        await flushDeferredAudit(tx);
        return out;
      });
    } catch {
      // The batch as a whole failed (its commit, the connection): nothing of it is known to be durable, so each
      // item runs again alone; one that did commit replays by its idempotency key.
      await Promise.all(items.map(alone));
      return;
    }
    figures.batches += 1;
    figures.items += items.length;
    figures.largest = Math.max(figures.largest, items.length);
    const again: Pending[] = [];
    for (const [i, o] of outcomes.entries()) {
      const item = items[i] as Pending;
      if (o.ok) item.resolve(o.value);
      else if (retryable(o.error)) again.push(item);
      else item.reject(o.error);
    }
    for (const item of again) await alone(item);
  };

  const drain = async () => {
    timer = null;
    if (running) return;
    running = true;
    try {
      while (queue.length > 0) {
        const items = queue.slice(0, opts.maxItems);
        queue = queue.slice(items.length);
        await runBatch(items);
      }
    } finally {
      running = false;
    }
  };

  return {
    submit: <T>(work: IntakeWork<T>) =>
      new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
        // While a batch runs, newcomers wait for it anyway and form the next one.
        if (running) return;
        if (queue.length >= opts.maxItems || opts.windowMs === 0) {
          if (timer) clearTimeout(timer);
          void drain();
        } else timer ??= setTimeout(() => void drain(), opts.windowMs);
      }),
    stats: () => ({ ...figures }),
  };
};
