import type { Clock } from '@claimline/domain/core';
import type { Db } from '../db/database.ts';
import type { ErrorCode } from '../errors.ts';
import { type AuditActor, type AuditEntry, appendAuditAlone } from './audit.ts';

/** One refused request as the audit records it: who, from where, which route pattern, why. */
export type Denial = {
  actor: AuditActor;
  ip: string | null;
  requestId: string;
  code: ErrorCode;
  method: string;
  route: string | null;
  origin?: string;
};

type Window = { first: Denial; openedAt: number; count: number; firstAt: Date | null; lastAt: Date | null };

/**
 * Open windows beyond this many are all written at once: a flood of distinct denials (many actors, many routes)
 * costs rows, never unbounded memory.
 */
export const MAX_OPEN_DENIAL_WINDOWS = 10_000;

const keyOf = (d: Denial) =>
  [d.actor?.id ?? `ip:${d.ip ?? ''}`, d.method, d.route ?? '', d.code, d.origin ?? ''].join('\u0000');

/**
 * Every refusal must be in the audit log, but each row takes the global chain lock: a client hammering a forbidden
 * route would queue every legitimate writer behind its denials. So identical denials (same actor, or address when
 * nobody is signed in, same method, route pattern, code and origin) within one window are counted in memory: the
 * first is written at once with `count: 1`, the rest as one row when the window closes with `count` and the first
 * and last time. The `count` of all `access.denied` rows adds up to the number of refusals. A node that dies loses at
 * most one window's counts of repeats, never a first refusal. `windowMs` 0 writes every refusal on its own.
 */
export const createDenialCoalescer = (
  deps: { db: Db; clock: Clock },
  windowMs: number,
  onError: (err: unknown) => void = () => undefined,
) => {
  const open = new Map<string, Window>();
  const entry = (d: Denial, at: Date, details: Record<string, unknown>): AuditEntry => ({
    at,
    actor: d.actor,
    action: 'access.denied',
    objectType: 'request',
    objectId: null,
    result: 'denied',
    requestId: d.requestId,
    ip: d.ip,
    details: {
      code: d.code,
      method: d.method,
      route: d.route,
      ...(d.origin === undefined ? {} : { origin: d.origin }),
      ...details,
    },
  });
  const close = async (key: string, w: Window) => {
    open.delete(key);
    if (w.count === 0 || !w.firstAt || !w.lastAt) return;
    await appendAuditAlone(
      deps.db,
      entry(w.first, w.lastAt, {
        count: w.count,
        repeated: true,
        firstAt: w.firstAt.toISOString(),
        lastAt: w.lastAt.toISOString(),
      }),
    );
  };
  /** Writes every window (on a clean stop, or when too many are open). */
  const flushAll = async () => {
    for (const [key, w] of [...open]) await close(key, w);
  };
  /** Writes the windows that have run their time (the timer calls it). */
  const flushDue = async () => {
    const now = deps.clock.now().getTime();
    for (const [key, w] of [...open]) if (now - w.openedAt >= windowMs) await close(key, w);
  };
  const record = async (d: Denial) => {
    const at = deps.clock.now();
    const key = keyOf(d);
    const w = open.get(key);
    if (w && at.getTime() - w.openedAt < windowMs) {
      w.count += 1;
      w.firstAt ??= at;
      w.lastAt = at;
      return;
    }
    if (w) await close(key, w);
    if (windowMs > 0) {
      if (open.size >= MAX_OPEN_DENIAL_WINDOWS) await flushAll();
      open.set(key, { first: d, openedAt: at.getTime(), count: 0, firstAt: null, lastAt: null });
    }
    await appendAuditAlone(deps.db, entry(d, at, { count: 1 }));
  };
  let timer: NodeJS.Timeout | null = null;
  return {
    record,
    flushDue,
    flushAll,
    /** How many repeats are counted and not yet written (for the bench and tests). */
    pending: () => [...open.values()].reduce((n, w) => n + w.count, 0),
    start: () => {
      if (windowMs <= 0 || timer) return;
      timer = setInterval(() => void flushDue().catch(onError), windowMs);
      timer.unref();
    },
    stop: async () => {
      if (timer) clearInterval(timer);
      timer = null;
      await flushAll();
    },
  };
};
export type DenialCoalescer = ReturnType<typeof createDenialCoalescer>;
