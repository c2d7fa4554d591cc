import type { Tx } from '../db/database.ts';
import type { Deps, RequestCtx } from '../http/context.ts';

/** What a hook is told after a claim application was registered or moved, inside the same transaction. */
export type ApplicationMoved = {
  deps: Deps;
  tx: Tx;
  ctx: RequestCtx;
  caseId: string;
  name: string;
  now: Date;
};
type Hook = (e: ApplicationMoved) => Promise<unknown>;

const hooks: Hook[] = [];

/**
 * Other capabilities react to a claim application's changes without the claims desk knowing them (anti-fraud
 * rescoring, issue #22): registered once at app assembly. A hook runs in the move's transaction, so a failure
 * rolls the move back; hooks must therefore only add records, never refuse.
 */
export const onApplicationMoved = (hook: Hook) => {
  if (!hooks.includes(hook)) hooks.push(hook);
};

export const runApplicationMovedHooks = async (e: ApplicationMoved) => {
  for (const h of hooks) await h(e);
};
