import type { Db, Tx } from '../db/database.ts';
import type { Deps } from '../http/context.ts';
import { createIntakeBatcher, type IntakeBatcher } from './batcher.ts';

// One batcher per database handle (one per node, one per test system): the handle is what the batch writes through.
const batchers = new WeakMap<Db, IntakeBatcher>();

export const intakeBatcherOf = (deps: Deps): IntakeBatcher | null => {
  if (deps.settings.intakeBatchMax <= 1) return null;
  let b = batchers.get(deps.db);
  if (!b) {
    b = createIntakeBatcher(deps.db, {
      windowMs: deps.settings.intakeBatchMs,
      maxItems: deps.settings.intakeBatchMax,
      lanes: deps.settings.intakeLanes,
    });
    batchers.set(deps.db, b);
  }
  return b;
};

/**
 * Runs one numbered intake's write: group-committed with its neighbours (batcher.ts), or in a transaction of its
 * own when batching is off (`CLAIMLINE_INTAKE_BATCH_MAX=1`). Either way it resolves only after its commit.
 */
export const runIntake = <T>(deps: Deps, work: (tx: Tx) => Promise<T>): Promise<T> => {
  const b = intakeBatcherOf(deps);
  return b ? b.submit(work) : deps.db.transaction().execute(work);
};
