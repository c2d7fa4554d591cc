import { sql } from 'kysely';
import { auditMark, auditRewind, deferAuditChain, flushDeferredAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { assignLateNumbers, deferNumbers, lateMark, lateRewind } from './late-number.ts';

/**
 * Group commit for the numbered intakes (issue 19 part 1). Every intake takes the gap-free number row of its kind,
 * branch and day and the audit chain lock, and holds both until it commits, so one at a time commits and each
 * waits for its own WAL flush. The batcher gathers the requests that arrive within a short window (or while every
 * lane is busy) and writes them in one transaction:
 *
 * - the items of a batch run in arrival order; they take placeholder numbers (late-number.ts) and hold their audit
 *   rows (audit.ts deferAuditChain), and the batch's tail takes the real numbers in that order, links the audit rows
 *   in that order and commits. Only the tail holds the number row and the chain lock, so up to `lanes` batches
 *   write their items at the same time on their own connections and queue only for their tails: numbers stay
 *   gap-free and follow the commits (an intake answered before another was sent always has the smaller number);
 * - items run without savepoints. When one fails, its batch is rolled back and written again without it, each item
 *   now inside its own SAVEPOINT, so the failed one (a duplicate loss, a lost look-up, any error) is refused alone
 *   and its neighbours commit; an item that failed then is rolled back with whatever it wrote;
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
  /** Batches writing at the same time, each on its own connection; 1 keeps strict arrival order across batches. */
  lanes: number;
};

type Pending = {
  work: IntakeWork<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
};

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** An item of a batch written without savepoints failed: the batch rolls back and is written again without it. */
class ItemFailed {
  constructor(
    readonly index: number,
    readonly error: unknown,
  ) {}
}

// Deadlock and serialisation failures say "try again", not "this request is wrong".
const RETRY_ALONE = new Set(['40P01', '40001']);
const retryable = (e: unknown) =>
  typeof e === 'object' && e !== null && RETRY_ALONE.has(String((e as { code?: unknown }).code));
const ALONE_ATTEMPTS = 3;

export type IntakeBatcher = {
  submit<T>(work: IntakeWork<T>): Promise<T>;
  /** Figures for tests and the bench: batches committed, items in them, batches written again after a failure. */
  stats(): { batches: number; items: number; largest: number; rewritten: number };
};

const runItem = async (tx: Tx, item: Pending, index: number, isolate: boolean): Promise<Outcome> => {
  if (!isolate) {
    try {
      return { ok: true, value: await item.work(tx) };
    } catch (error) {
      throw new ItemFailed(index, error);
    }
  }
  await sql`SAVEPOINT intake_item`.execute(tx);
  const audit = auditMark(tx);
  const late = lateMark(tx);
  try {
    const value = await item.work(tx);
    await sql`RELEASE SAVEPOINT intake_item`.execute(tx);
    return { ok: true, value };
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT intake_item`.execute(tx);
    auditRewind(tx, audit);
    lateRewind(tx, late);
    return { ok: false, error };
  }
};

/** One batch in one transaction: the items, then the tail (numbers, audit links), then the commit. */
const writeBatch = (db: Db, items: Pending[], isolate: boolean) =>
  db.transaction().execute(async (tx) => {
    deferAuditChain(tx);
    deferNumbers(tx);
    const out: Outcome[] = [];
    for (const [i, item] of items.entries()) out.push(await runItem(tx, item, i, isolate));
    // Each item is acknowledged as durable: no item may have turned the batch's commit asynchronous.
    await sql`SELECT set_config('synchronous_commit', 'on', true)`.execute(tx);
    const patch = await assignLateNumbers(tx);
    await flushDeferredAudit(tx, patch);
    return out.map((o): Outcome => (o.ok ? { ok: true, value: patch(o.value) } : o));
  });

export const createIntakeBatcher = (db: Db, opts: BatcherOptions): IntakeBatcher => {
  const queue: Pending[] = [];
  let busy = 0;
  let timer: NodeJS.Timeout | null = null;
  const figures = { batches: 0, items: 0, largest: 0, rewritten: 0 };

  // An item alone is a batch of one: it too takes its number at its end, so it never holds the number row while
  // it waits on a lane's uncommitted row (a key both insert, e.g. the KPI dirty-day mark), which would deadlock.
  // Lost races are tried again a few times before the request is refused.
  const alone = async (p: Pending) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const [o] = await writeBatch(db, [p], false);
        return p.resolve((o as { value: unknown }).value);
      } catch (e) {
        const error = e instanceof ItemFailed ? e.error : e;
        if (!retryable(error) || attempt >= ALONE_ATTEMPTS) return p.reject(error);
      }
    }
  };

  const settle = async (items: Pending[], outcomes: Outcome[]) => {
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

  const runBatch = async (items: Pending[]) => {
    try {
      await settle(items, await writeBatch(db, items, false));
      return;
    } catch (e) {
      if (!(e instanceof ItemFailed)) {
        // The batch as a whole failed (its commit, the connection): nothing of it is known to be durable, so each
        // item runs again alone; one that did commit replays by its idempotency key.
        await Promise.all(items.map(alone));
        return;
      }
      // Rolled back: the items before the failed one ran on the same state they meet again now.
      figures.rewritten += 1;
      const failed = items[e.index] as Pending;
      const rest = items.filter((_, i) => i !== e.index);
      if (retryable(e.error)) void alone(failed);
      else failed.reject(e.error);
      if (rest.length === 0) return;
      try {
        await settle(rest, await writeBatch(db, rest, true));
      } catch {
        await Promise.all(rest.map(alone));
      }
    }
  };

  const pump = () => {
    timer = null;
    while (busy < opts.lanes && queue.length > 0) {
      // Spread what waits over the free lanes: smaller batches finish sooner, and their items write in parallel.
      const take = Math.min(opts.maxItems, Math.ceil(queue.length / (opts.lanes - busy)));
      const items = queue.splice(0, take);
      busy += 1;
      void runBatch(items).finally(() => {
        busy -= 1;
        pump();
      });
    }
  };

  return {
    submit: <T>(work: IntakeWork<T>) =>
      new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
        // While every lane is busy, newcomers wait for one anyway and form the next batch.
        if (busy >= opts.lanes) return;
        if (queue.length >= opts.maxItems || opts.windowMs === 0) {
          if (timer) clearTimeout(timer);
          pump();
        } else timer ??= setTimeout(pump, opts.windowMs);
      }),
    stats: () => ({ ...figures }),
  };
};
