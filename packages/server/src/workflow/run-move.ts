import { type AuditAction, type AuditObjectType, isAuditAction } from '@claimline/domain/audit';
import { isTimelineEventType, type TimelineEventType } from '@claimline/domain/cases';
import type { GuardDef, MachineDef } from '@claimline/domain/workflow';
import { next } from '@claimline/domain/workflow';
import { appendAudit } from '../audit/audit.ts';
import type { Tx } from '../db/database.ts';
import { AppError, type ErrorCode } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { insertEvent } from '../timeline/repository.ts';

/** What one move's guards, effects and save are given. */
export type MoveEnv<R, I, P, S extends string = string, F = unknown> = {
  deps: Deps;
  tx: Tx;
  ctx: RequestCtx;
  now: Date;
  /** The object as locked at the start of the move. */
  row: R;
  input: I;
  from: string;
  /** A state of the machine's own rows. */
  to: S;
  /** The name the move is recorded under (the row's `as`, else the event). */
  name: string;
  /** What the save writes; effects add to it. */
  patch: P;
  /** Recorded with the move on the timeline and in the audit row. */
  data: Record<string, unknown>;
  /** The facts the machine decided on: an effect reads what a guard computed instead of loading it again. */
  facts: F;
};

export type LoadEnv<R, I> = Pick<MoveEnv<R, I, never>, 'deps' | 'tx' | 'ctx' | 'now' | 'row' | 'input'>;

/**
 * One capability's workflow: how to lock its object, which facts its guards read, a handler for each effect of its
 * machine (the type makes the list exhaustive), how to save, and how the move is named on the timeline and in the
 * audit log. The runner does the rest, the same way for every machine.
 */
export type Workflow<
  S extends string,
  E extends string,
  F,
  G extends Record<string, GuardDef<F> & { code: ErrorCode }>,
  X extends string,
  N extends ErrorCode,
  R,
  I extends { event: string; version?: number | undefined },
  P,
> = {
  machine: MachineDef<S, E, F, G, X, N>;
  /** Scoped read with a row lock: undefined when it does not exist or the actor may not see it. */
  lock: (tx: Tx, ctx: RequestCtx, id: string) => Promise<R | undefined>;
  notFound: ErrorCode;
  /** The stored state; one the machine does not know refuses every move. */
  stateOf: (row: R) => string;
  /** Optimistic version of the object; the input's `version` must match it when given. */
  versionOf?: (row: R) => number;
  /** Only the facts the rows need, read inside the move's transaction. */
  facts: (env: LoadEnv<R, I>) => Promise<F> | F;
  /** Checks that need the input and the outcome together (the guard of customer text, for instance). */
  before?: (env: MoveEnv<R, I, P, S, F>) => Promise<void> | void;
  effects: { readonly [K in X]: (env: MoveEnv<R, I, P, S, F>) => Promise<void> | void };
  /** The patch every move starts from (the new state, the time). */
  patch: (env: Omit<MoveEnv<R, I, P, S, F>, 'patch' | 'data'>) => P;
  /** Writes the patch; false when the version moved in between (a conflict). */
  save: (env: MoveEnv<R, I, P, S, F>) => Promise<boolean>;
  /** Runs after the save in the same transaction (deadlines met by the move, rescoring). */
  after?: (env: MoveEnv<R, I, P, S, F>) => Promise<void> | void;
  record: {
    /** The case whose timeline shows the move; null for an object without one (a call). */
    caseId: (row: R) => string | null;
    objectType: AuditObjectType;
    objectId: (row: R) => string;
    /** Default: the recorded move name, which must be a registered timeline type. */
    timelineType?: (env: MoveEnv<R, I, P, S, F>) => TimelineEventType;
    /** Default: `${machine.id}.${name}`, which must be a registered audit action. */
    auditAction?: (env: MoveEnv<R, I, P, S, F>) => AuditAction;
    note: (env: MoveEnv<R, I, P, S, F>) => string | null;
    /** Extra audit details (the case number). */
    details?: (row: R) => Record<string, unknown>;
  };
};

/** Declares a capability's workflow on its machine; the effect handlers must cover the machine's effects. */
export const defineWorkflow =
  <
    S extends string,
    E extends string,
    F,
    G extends Record<string, GuardDef<F> & { code: ErrorCode }>,
    X extends string,
    N extends ErrorCode,
  >(
    machine: MachineDef<S, E, F, G, X, N>,
  ) =>
  <R, I extends { event: string; version?: number | undefined }, P>(
    wf: Omit<Workflow<S, E, F, G, X, N, R, I, P>, 'machine'>,
  ): Workflow<S, E, F, G, X, N, R, I, P> => ({ machine, ...wf });

/**
 * Names composed from a machine at run time are checked against the registries (the compiler cannot see them);
 * every move is exercised by the tests, so an unregistered one fails there, never silently on a screen.
 */
const registered = <T extends string>(is: (s: string) => s is T, name: string): T => {
  if (!is(name)) throw new AppError('INTERNAL', { unregisteredName: name });
  return name;
};

/**
 * One move inside the caller's transaction: lock and version check → facts → the machine decides → effects →
 * versioned save → one timeline event and one audit row. Returns the locked row and the move made.
 */
export const applyMove = async <
  S extends string,
  E extends string,
  F,
  G extends Record<string, GuardDef<F> & { code: ErrorCode }>,
  X extends string,
  N extends ErrorCode,
  R,
  I extends { event: string; version?: number | undefined },
  P,
>(
  deps: Deps,
  tx: Tx,
  ctx: RequestCtx,
  wf: Workflow<S, E, F, G, X, N, R, I, P>,
  id: string,
  input: I,
) => {
  const row = await wf.lock(tx, ctx, id);
  if (row === undefined) throw new AppError(wf.notFound);
  if (wf.versionOf && input.version !== undefined && wf.versionOf(row) !== input.version)
    throw new AppError('VERSION_CONFLICT', { currentVersion: wf.versionOf(row) });
  const now = ctx.clock.now();
  const base = { deps, tx, ctx, now, row, input };
  const facts = await wf.facts(base);
  const from = wf.stateOf(row);
  const result = next(wf.machine, from, input.event, facts);
  if (!result.ok) throw new AppError(result.code, result.details);
  const head = { ...base, from, to: result.to, name: result.name, facts };
  const env: MoveEnv<R, I, P, S, F> = { ...head, patch: wf.patch(head), data: {} };
  await wf.before?.(env);
  for (const effect of result.effects) await wf.effects[effect](env);
  if (!(await wf.save(env))) throw new AppError('VERSION_CONFLICT');
  await wf.after?.(env);
  const note = wf.record.note(env);
  const data = { from, to: env.to, ...env.data };
  const caseId = wf.record.caseId(row);
  if (caseId !== null)
    await insertEvent(
      tx,
      {
        case_id: caseId,
        at: now,
        actor_id: ctx.actor.id,
        type: wf.record.timelineType?.(env) ?? registered(isTimelineEventType, env.name),
        note,
        data,
      },
      deps.crypto,
    );
  // Last: the audit append holds the chain lock until commit.
  await appendAudit(tx, {
    at: now,
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action: wf.record.auditAction?.(env) ?? registered(isAuditAction, `${wf.machine.id}.${env.name}`),
    objectType: wf.record.objectType,
    objectId: wf.record.objectId(row),
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { ...wf.record.details?.(row), ...data },
  });
  return { row, env };
};

/** A move in its own transaction, answered with the object's view read in the same transaction. */
export const runMove = <
  S extends string,
  E extends string,
  F,
  G extends Record<string, GuardDef<F> & { code: ErrorCode }>,
  X extends string,
  N extends ErrorCode,
  R,
  I extends { event: string; version?: number | undefined },
  P,
  V,
>(
  deps: Deps,
  ctx: RequestCtx,
  wf: Workflow<S, E, F, G, X, N, R, I, P>,
  id: string,
  input: I,
  view: (tx: Tx) => Promise<V>,
) =>
  deps.db.transaction().execute(async (tx) => {
    await applyMove(deps, tx, ctx, wf, id, input);
    return view(tx);
  });
