import type { Label } from '../core/labels.ts';

export type { Label } from '../core/labels.ts';

/**
 * What a guard looks at, which decides how it is used outside `next`:
 * - `actor`: who the person is (owner, lead, approver); the docs' "who" column is made of these;
 * - `input`: what the person will type or choose (a note, an assignee); offered moves assume it will pass;
 * - `state`: facts of the object or its rules (clock stopped, deadline passed).
 */
export type GuardKind = 'actor' | 'input' | 'state';

export type GuardDef<F> = {
  /** The stable refusal code (mapped to HTTP and zh/en messages by the server's error table). */
  readonly code: string;
  readonly kind: GuardKind;
  readonly test: (facts: F) => boolean;
  /** One line for the generated workflow docs. */
  readonly doc: string;
};

export type MoveRow<S extends string, E extends string, G extends string, X extends string> = {
  readonly from: S;
  readonly event: E;
  readonly to: S;
  /** All must pass; the first that fails names the refusal. */
  readonly guards: readonly G[];
  readonly effects: readonly X[];
  /**
   * The name the move is recorded under when it is not the event asked for: "decide" above the handler's authority
   * is recorded as "proposeDecision" by a second row, instead of code rewriting the event.
   */
  readonly as?: string;
  /** The seed article or law behind the move, for the docs. */
  readonly source?: string;
};

export type MachineDef<
  S extends string,
  E extends string,
  F,
  G extends Record<string, GuardDef<F>>,
  X extends string,
  N extends string,
> = {
  readonly id: string;
  readonly title: Label;
  readonly initial: S;
  readonly states: { readonly [K in S]: Label };
  readonly events: { readonly [K in E]: Label };
  readonly guards: G;
  /** Every effect a row may name, with one line for the docs; the server gives each a handler. */
  readonly effects: { readonly [K in X]: string };
  readonly rows: readonly MoveRow<S, E, keyof G & string, X>[];
  /** The refusal when no row leaves this state on this event. */
  readonly notAllowed: N | ((from: string, event: string) => N);
  /** Where the machine's rules come from, for the docs. */
  readonly source?: string;
};

// biome-ignore lint/suspicious/noExplicitAny: the widest machine, for helpers that only read the table.
export type AnyMachine = MachineDef<any, any, any, any, any, any>;

export type StateOf<M> = M extends { initial: infer S } ? S : never;
export type EventOf<M> = M extends { rows: readonly { event: infer E }[] } ? E : never;
export type EffectOf<M> = M extends { effects: infer X } ? keyof X : never;
/** Every code a refusal of this machine can carry: its guards' codes and its not-allowed code. */
export type RefusalCodeOf<M> = M extends {
  guards: infer G extends Record<string, { code: string }>;
  notAllowed: infer N;
}
  ? G[keyof G]['code'] | (N extends (...args: never[]) => infer C ? C : N)
  : never;

const guardOf = <G>(guards: G, name: keyof G): G[keyof G] => guards[name];

/**
 * Declares a machine for facts of type F. Curried so the states, events, guard names and refusal codes are
 * inferred as literal types while F is given: `defineMachine<ComplaintFacts>()({ ... })`.
 */
export const defineMachine =
  <F>() =>
  <
    const S extends string,
    const E extends string,
    const G extends Record<string, GuardDef<F>>,
    const X extends string,
    const N extends string,
  >(
    def: MachineDef<S, E, F, G, X, N>,
  ) =>
    def;

export type Moved<S extends string, E extends string, X extends string> = {
  ok: true;
  from: S;
  to: S;
  /** The event asked for. */
  event: E;
  /** The name the move is recorded under (the row's `as`, else the event). */
  name: string;
  effects: readonly X[];
};

export type Refused<C extends string> = {
  ok: false;
  code: C;
  details: { from: string; event: string; guard?: string };
};

export type Result<S extends string, E extends string, X extends string, C extends string> =
  | Moved<S, E, X>
  | Refused<C>;

const notAllowedCode = <N extends string>(
  n: N | ((from: string, event: string) => N),
  from: string,
  event: string,
): N => (typeof n === 'function' ? n(from, event) : n);

/**
 * The one decision procedure: the first row leaving `from` on `event` whose guards all pass wins. With no row the
 * move is not allowed; with rows but none passing, the refusal is the first failing guard of the first row.
 * `passes` lets the table checks decide guards without building facts.
 */
export const decide = <
  S extends string,
  E extends string,
  F,
  G extends Record<string, GuardDef<F>>,
  X extends string,
  N extends string,
>(
  m: MachineDef<S, E, F, G, X, N>,
  from: string,
  event: string,
  passes: (guard: keyof G & string) => boolean,
): Result<S, E, X, G[keyof G]['code'] | N> => {
  let firstFailure: (keyof G & string) | undefined;
  let any = false;
  for (const row of m.rows) {
    if (row.from !== from || row.event !== event) continue;
    any = true;
    const failed = row.guards.find((g) => !passes(g));
    if (failed === undefined)
      return {
        ok: true,
        from: row.from,
        to: row.to,
        event: row.event,
        name: row.as ?? row.event,
        effects: row.effects,
      };
    firstFailure ??= failed;
  }
  if (!any || firstFailure === undefined)
    return { ok: false, code: notAllowedCode(m.notAllowed, from, event), details: { from, event } };
  return {
    ok: false,
    code: guardOf(m.guards, firstFailure).code,
    details: { from, event, guard: firstFailure },
  };
};

/**
 * The move `event` makes from `from` for these facts, or the typed reason it is refused. Both are plain strings
 * because they come from storage and requests: a state or event the machine does not know is simply not allowed.
 */
export const next = <
  S extends string,
  E extends string,
  F,
  G extends Record<string, GuardDef<F>>,
  X extends string,
  N extends string,
>(
  m: MachineDef<S, E, F, G, X, N>,
  from: string,
  event: string,
  facts: NoInfer<F>,
) => decide(m, from, event, (g) => guardOf(m.guards, g).test(facts));

export type MoveOption<E extends string, C extends string> = {
  event: E;
  allowed: boolean;
  /** Why the move is not available to this person now; null when it is. */
  refusal: C | null;
  /** The kind of the guard that refused: `actor` means only someone else could make it. */
  refusedBy: GuardKind | null;
  /** The input guards of the rows for this event: what the dialog must ask for (a note, an assignee). */
  inputs: string[];
};

/**
 * The moves a person may be offered in this state: every event some row leaves it on, allowed when a row's guards
 * pass for these facts, input guards assumed to pass (the dialog asks for them, the server checks them again).
 */
export const movesFrom = <
  S extends string,
  E extends string,
  F,
  G extends Record<string, GuardDef<F>>,
  X extends string,
  N extends string,
>(
  m: MachineDef<S, E, F, G, X, N>,
  from: string,
  facts: NoInfer<F>,
): MoveOption<E, G[keyof G]['code'] | N>[] => {
  const events = [...new Set(m.rows.filter((r) => r.from === from).map((r) => r.event))];
  return events.map((event) => {
    const r = decide(m, from, event, (name) => {
      const g = guardOf(m.guards, name);
      return g.kind === 'input' || g.test(facts);
    });
    const rows = m.rows.filter((row) => row.from === from && row.event === event);
    const inputs = [...new Set(rows.flatMap((row) => row.guards))].filter(
      (name) => guardOf(m.guards, name).kind === 'input',
    );
    if (r.ok) return { event, allowed: true, refusal: null, refusedBy: null, inputs };
    const refusedBy = r.details.guard === undefined ? null : guardOf(m.guards, r.details.guard).kind;
    return { event, allowed: false, refusal: r.code, refusedBy, inputs };
  });
};

/** The events offered as allowed, in table order. */
export const allowedEvents = <
  S extends string,
  E extends string,
  F,
  G extends Record<string, GuardDef<F>>,
  X extends string,
  N extends string,
>(
  m: MachineDef<S, E, F, G, X, N>,
  from: string,
  facts: NoInfer<F>,
): E[] =>
  movesFrom(m, from, facts)
    .filter((o) => o.allowed)
    .map((o) => o.event);
