import { complaintRules } from '../complaints/rules.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../http/context.ts';
import { claimDirty, recompute } from './rollup.ts';

/** (branch, day) pairs one transaction recomputes; a refresh takes batches until none is left or MAX_BATCHES. */
export const KPI_REFRESH_BATCH = 200;
const MAX_BATCHES = 50;

/**
 * Recomputes the stale days of the KPI rollup (kpi_dirty_days, marked by the writers' triggers). Run by the
 * refresher every sweep interval and by every KPI read before it reads, so a figure is never older than the
 * last committed write. Returns how many (branch, day) pairs were recomputed.
 */
export const refreshKpis = async (deps: { db: Db }, batch = KPI_REFRESH_BATCH): Promise<number> => {
  let total = 0;
  for (let i = 0; i < MAX_BATCHES; i++) {
    const n = await deps.db.transaction().execute(async (tx) => {
      const pairs = await claimDirty(tx, batch);
      if (pairs.length > 0) await recompute(tx, pairs, (await complaintRules(tx)).clock.satisfiedFromScore);
      return pairs.length;
    });
    total += n;
    if (n < batch) break;
  }
  return total;
};

export type KpiRefresher = { stop(): Promise<void> };

/** Runs `refreshKpis` every `intervalMs` beside the deadline sweeper; errors are reported, not fatal. */
export const startKpiRefresher = (
  deps: Pick<Deps, 'db'>,
  options: { intervalMs: number; onError: (err: unknown) => void },
): KpiRefresher => {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = refreshKpis(deps)
      .catch(options.onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs).unref();
      });
  };
  timer = setTimeout(tick, options.intervalMs).unref();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
};
