import type { LiveKind } from '@claimline/domain/live';
import { type QueryClient, type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * The queries each kind of change makes stale. A change names ids only, so the console refetches what it shows
 * through the ordinary (scoped, masked) read routes; an inactive query is only marked stale, not fetched.
 */
export const LIVE_QUERY_KEYS: Record<LiveKind, readonly QueryKey[]> = {
  case: [['cases'], ['home']],
  complaint: [['complaints'], ['cases']],
  claimReport: [['cases'], ['claimReports'], ['majorCases'], ['catastrophes']],
  claimApplication: [['claimApplications']],
  notification: [['notifications']],
  deadline: [['deadlines']],
  presence: [['handover', 'presence']],
  catastrophe: [['catastrophes']],
};

/**
 * A burst of changes (a typhoon's reports) becomes one refetch per query every so often, not one per change: the
 * screen is at most this far behind the database, well inside the 1 s the live console promises.
 */
const FLUSH_MS = 250;

type Listener = { kinds: ReadonlySet<LiveKind>; client: QueryClient };

/**
 * One EventSource per console tab, opened by the first `useLiveEvents` and closed with the last. The browser
 * reconnects by itself and sends `Last-Event-ID`; the server answers `refetch` when it cannot resume exactly.
 */
class LiveConnection {
  private source: EventSource | null = null;
  private readonly listeners = new Set<Listener>();
  private pending = new Set<LiveKind>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  add(listener: Listener): () => void {
    this.listeners.add(listener);
    this.open();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.closeSource();
    };
  }

  private open() {
    if (this.source || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/live');
    source.addEventListener('change', (e) => {
      const kind = (JSON.parse((e as MessageEvent<string>).data) as { kind: LiveKind }).kind;
      this.queue([kind]);
    });
    source.addEventListener('refetch', () => this.queue(Object.keys(LIVE_QUERY_KEYS) as LiveKind[]));
    this.source = source;
  }

  private closeSource() {
    this.source?.close();
    this.source = null;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }

  private queue(kinds: LiveKind[]) {
    for (const k of kinds) this.pending.add(k);
    this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  private flush() {
    this.timer = undefined;
    const kinds = this.pending;
    this.pending = new Set();
    const done = new Set<string>();
    for (const l of this.listeners)
      for (const kind of kinds) {
        if (!l.kinds.has(kind)) continue;
        for (const queryKey of LIVE_QUERY_KEYS[kind]) {
          const k = JSON.stringify(queryKey);
          if (done.has(k)) continue;
          done.add(k);
          void l.client.invalidateQueries({ queryKey });
        }
      }
  }
}

const connection = new LiveConnection();

/** Keeps the queries behind `kinds` fresh while the calling screen is shown: no polling, the server pushes. */
export const useLiveEvents = (kinds: readonly LiveKind[]) => {
  const client = useQueryClient();
  const key = kinds.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `kinds`, which callers pass inline
  useEffect(() => connection.add({ kinds: new Set(kinds), client }), [key, client]);
};
