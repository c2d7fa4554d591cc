import pg from 'pg';
import { AUTH_CHANNEL, type SessionCache } from './session-cache.ts';

export type SessionListener = { stop(): Promise<void>; connected(): Promise<void> };

/**
 * Keeps `cache` live while a dedicated connection LISTENs on the auth channel; on any loss of that connection the
 * cache is switched off (every request reads the database) until LISTEN is back, then starts empty.
 */
export const listenForAuthChanges = (
  url: string,
  cache: SessionCache,
  opts: { onError?: (err: unknown) => void; retryMs?: number; heartbeatMs?: number } = {},
): SessionListener => {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let attempt = 0;
  let waiters: (() => void)[] = [];
  let beat: NodeJS.Timeout | undefined;

  /*
   * Issue #19: a round trip on the listening connection is a barrier. PostgreSQL sends a listener every
   * notification committed before its statement began ahead of the statement's answer, so when `SELECT 1` begun
   * at t returns, every revocation committed before t has been handed to the cache. The cache answers hits only
   * while such a proof is recent (SessionCache freshMs).
   */
  const heartbeat = (c: pg.Client) => {
    const every = opts.heartbeatMs ?? 20;
    const once = () => {
      if (client !== c || stopped) return;
      const startedAt = cache.now();
      c.query('SELECT 1').then(
        () => {
          cache.caughtUp(startedAt);
          beat = setTimeout(once, every);
        },
        (err) => {
          if (client === c) lost(err);
        },
      );
    };
    once();
  };

  const lost = (err?: unknown) => {
    cache.setLive(false);
    clearTimeout(beat);
    if (err) opts.onError?.(err);
    const c = client;
    client = null;
    c?.removeAllListeners();
    c?.on('error', () => {}); // a late error from the dead connection must not crash the process
    c?.end().catch(() => {});
    if (stopped || retry) return;
    // Back off to at most 30 s; the cache stays off meanwhile, so nothing is ever answered stale.
    const delay = Math.min(30_000, (opts.retryMs ?? 500) * 2 ** Math.min(attempt++, 6));
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, delay);
  };

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({
      connectionString: url,
      keepAlive: true,
      application_name: 'claimline-auth-listener',
    });
    client = c;
    c.on('error', lost);
    c.on('end', () => {
      if (client === c) lost();
    });
    c.on('notification', (n) => {
      if (n.channel === AUTH_CHANNEL) cache.invalidate(n.payload ?? '*');
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${AUTH_CHANNEL}`);
      if (client !== c || stopped) return;
      attempt = 0;
      cache.setLive(true);
      heartbeat(c);
      const ready = waiters;
      waiters = [];
      for (const w of ready) w();
    } catch (err) {
      if (client === c) lost(err);
    }
  };

  void connect();
  return {
    /** Resolves once the cache is live (tests, and a node's start-up log). */
    connected: () => (cache.live ? Promise.resolve() : new Promise<void>((r) => waiters.push(r))),
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      clearTimeout(beat);
      cache.setLive(false);
      const c = client;
      client = null;
      c?.removeAllListeners();
      c?.on('error', () => {});
      await c?.end().catch(() => {});
    },
  };
};
