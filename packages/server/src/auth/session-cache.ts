import type { Deps } from '../http/context.ts';
import type { SessionActorRow } from './repository.ts';

/** The channel the database triggers of migration 0009 notify when a session, a user or a branch changes. */
export const AUTH_CHANNEL = 'claimline_auth';

type Entry = { row: SessionActorRow; at: number };

/**
 * What auth needs beyond the common dependencies: the node's session cache, when it runs one (a started server);
 * absent, every request reads the session. Kept here, not in http/context.ts, so the low layer knows no capability.
 */
export type AuthDeps = Deps & { sessions?: SessionCache };

/**
 * Session rows (the actor, its permissions' role and its branch scope) kept in memory for a few seconds, so a
 * request costs one database round trip instead of two (docs/PERFORMANCE.md, look-up before registering).
 *
 * Safety rests on three things:
 * - the cache answers only while `live`, i.e. while this node listens on {@link AUTH_CHANNEL}: every change to
 *   sessions, users or branches is notified by a trigger at commit, on every node, whoever made it (this node,
 *   another node, an operator in psql);
 * - a row read from the database is kept only if no invalidation arrived since the read began (`generation`), so
 *   a revocation racing a read cannot be overwritten by the older row;
 * - entries expire after `ttlMs` anyway;
 * - (issue #19) with `freshMs`, a hit is answered only while the listener has proved itself caught up within the
 *   last `freshMs`: it runs a round trip on its own connection every few ms ({@link caughtUp}), and PostgreSQL
 *   delivers every notification committed before that round trip began ahead of its answer. So a revocation
 *   committed more than `freshMs` ago on any node has reached this cache, and a busy node cannot serve a revoked
 *   session from memory while the notification waits behind requests; when the proofs stop (a lagging or lost
 *   channel), every request reads the database.
 */
export class SessionCache {
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  readonly #freshMs: number;
  #generation = 0;
  #live = false;
  #caughtUpAt = Number.NEGATIVE_INFINITY;

  constructor(opts: { ttlMs: number; freshMs?: number; maxEntries?: number; now?: () => number }) {
    this.#ttlMs = opts.ttlMs;
    this.#freshMs = opts.freshMs ?? Number.POSITIVE_INFINITY;
    this.#maxEntries = opts.maxEntries ?? 10_000;
    // Freshness is a property of this process, not business time: a monotonic clock, not the injected one.
    this.#now = opts.now ?? (() => performance.now());
  }

  get live() {
    return this.#live;
  }

  get size() {
    return this.#entries.size;
  }

  /** Called by the listener: on when LISTEN is in place, off when its connection is lost. Either way, forget. */
  setLive(live: boolean) {
    this.#live = live;
    this.clear();
  }

  /** Monotonic time of this process (the listener stamps its round trips with it). */
  now() {
    return this.#now();
  }

  /** The listener's round trip begun at `startedAt` (from {@link now}) has come back: all before it is seen. */
  caughtUp(startedAt: number) {
    if (startedAt > this.#caughtUpAt) this.#caughtUpAt = startedAt;
  }

  /** Whether a hit may be answered now: the channel is live and proved caught up within `freshMs`. */
  get fresh() {
    return this.#live && this.#now() - this.#caughtUpAt <= this.#freshMs;
  }

  /** Read before querying the database; hand it back to {@link put}. */
  generation() {
    return this.#generation;
  }

  get(idHash: string): SessionActorRow | undefined {
    if (!this.fresh) return undefined;
    const e = this.#entries.get(idHash);
    if (!e) return undefined;
    if (this.#now() - e.at > this.#ttlMs) {
      this.#entries.delete(idHash);
      return undefined;
    }
    return e.row;
  }

  put(idHash: string, row: SessionActorRow, generationAtRead: number) {
    if (!this.#live || generationAtRead !== this.#generation) return;
    if (this.#entries.size >= this.#maxEntries && !this.#entries.has(idHash)) {
      // Maps iterate in insertion order: the first key is the oldest entry.
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(idHash, { row, at: this.#now() });
  }

  /** The idle clock moved (the session was touched): keep the entry's age, update what it says. */
  touched(idHash: string, lastSeenAt: Date) {
    const e = this.#entries.get(idHash);
    if (e) e.row = { ...e.row, last_seen_at: lastSeenAt };
  }

  /**
   * A notification: `s:<session id hash>`, `u:<user id>`, or anything else (a branch changed: every scope may
   * have) clears everything.
   */
  invalidate(message: string) {
    this.#generation++;
    if (message.startsWith('s:')) this.#entries.delete(message.slice(2));
    else if (message.startsWith('u:')) {
      const userId = message.slice(2);
      for (const [key, e] of this.#entries) if (e.row.id === userId) this.#entries.delete(key);
    } else this.#entries.clear();
  }

  clear() {
    this.#generation++;
    this.#entries.clear();
  }
}
