import { parseLivePayload } from '@claimline/domain/live';
import pg from 'pg';
import type { LiveHub } from './hub.ts';

/** The channel migration 0048's triggers announce changes on. */
export const LIVE_CHANNEL = 'claimline_live';

export type LiveListener = { stop(): Promise<void>; connected(): Promise<void> };

/**
 * One dedicated connection per node LISTENs on the live channel and feeds the hub. Shaped like the session
 * cache's listener (auth/session-listener.ts): on loss it reconnects with back-off, and because changes may have
 * been missed meanwhile, every open stream is told to refetch once LISTEN is back.
 */
export const listenForLiveEvents = (
  url: string,
  hub: LiveHub,
  opts: { onError?: (err: unknown) => void; retryMs?: number } = {},
): LiveListener => {
  let client: pg.Client | null = null;
  let stopped = false;
  let live = false;
  let lostOnce = false;
  let retry: NodeJS.Timeout | undefined;
  let attempt = 0;
  let waiters: (() => void)[] = [];

  const lost = (err?: unknown) => {
    live = false;
    lostOnce = true;
    if (err) opts.onError?.(err);
    const c = client;
    client = null;
    c?.removeAllListeners();
    c?.on('error', () => {}); // a late error from the dead connection must not crash the process
    c?.end().catch(() => {});
    if (stopped || retry) return;
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
      application_name: 'claimline-live-listener',
    });
    client = c;
    c.on('error', lost);
    c.on('end', () => {
      if (client === c) lost();
    });
    c.on('notification', (n) => {
      if (n.channel !== LIVE_CHANNEL) return;
      const change = parseLivePayload(n.payload);
      if (change) hub.publish(change);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${LIVE_CHANNEL}`);
      if (client !== c || stopped) return;
      attempt = 0;
      live = true;
      if (lostOnce) hub.refetchAll();
      const ready = waiters;
      waiters = [];
      for (const w of ready) w();
    } catch (err) {
      if (client === c) lost(err);
    }
  };

  void connect();
  return {
    connected: () => (live ? Promise.resolve() : new Promise<void>((r) => waiters.push(r))),
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      const c = client;
      client = null;
      c?.removeAllListeners();
      c?.on('error', () => {});
      await c?.end().catch(() => {});
    },
  };
};
