import { type AnyMachine, decide } from './machine.ts';

export type TableCase = {
  /** A readable name for the test report: "investigating --decide--> decided". */
  name: string;
  /** Empty when the machine behaves as its table says; otherwise what went wrong. */
  problems: string[];
};

const keys = (o: object) => Object.keys(o);

/** Declared names that rows do not use, and names rows use that were never declared. */
const declarationProblems = (m: AnyMachine): string[] => {
  const problems: string[] = [];
  const states = new Set(keys(m.states));
  const events = new Set(keys(m.events));
  const guards = new Set(keys(m.guards));
  const effects = new Set(keys(m.effects));
  if (!states.has(m.initial)) problems.push(`initial state ${m.initial} is not declared`);
  for (const r of m.rows) {
    const at = `${r.from} --${r.event}-->`;
    if (!states.has(r.from)) problems.push(`${at}: from-state not declared`);
    if (!states.has(r.to)) problems.push(`${at}: to-state ${r.to} not declared`);
    if (!events.has(r.event)) problems.push(`${at}: event not declared`);
    for (const g of r.guards) if (!guards.has(g)) problems.push(`${at}: guard ${g} not declared`);
    for (const x of r.effects) if (!effects.has(x)) problems.push(`${at}: effect ${x} not declared`);
  }
  const used = (pick: (r: AnyMachine['rows'][number]) => readonly string[]) => new Set(m.rows.flatMap(pick));
  const usedGuards = used((r) => r.guards);
  const usedEffects = used((r) => r.effects);
  const usedEvents = used((r) => [r.event]);
  for (const g of guards) if (!usedGuards.has(g)) problems.push(`guard ${g} is declared but no row uses it`);
  for (const x of effects)
    if (!usedEffects.has(x)) problems.push(`effect ${x} is declared but no row uses it`);
  for (const e of events) if (!usedEvents.has(e)) problems.push(`event ${e} is declared but no row uses it`);
  return problems;
};

/** States no sequence of moves reaches from the initial state. */
const unreachable = (m: AnyMachine): string[] => {
  const seen = new Set([m.initial]);
  const queue = [m.initial];
  while (queue.length > 0) {
    const s = queue.shift();
    for (const r of m.rows) {
      if (r.from !== s || seen.has(r.to)) continue;
      seen.add(r.to);
      queue.push(r.to);
    }
  }
  return keys(m.states)
    .filter((s) => !seen.has(s))
    .map((s) => `state ${s} is unreachable from ${m.initial}`);
};

/**
 * Checks any machine against its own table, without facts (guards are decided by name):
 * - the declarations are consistent and every state is reachable;
 * - each row is chosen when its guards pass and every earlier row for the same state and event fails, so no row is
 *   shadowed, and it gives exactly the row's target and effects;
 * - each guard of a row, failing alone, refuses with that guard's code or falls through to a later row that does
 *   not need it;
 * - every state × event pair without a row is refused with the not-allowed code, whatever the guards say.
 * Capability tests add the real facts (who is the owner, what the clock says) row by row.
 */
export const checkTable = (m: AnyMachine): TableCase[] => {
  const cases: TableCase[] = [{ name: `${m.id}: declarations`, problems: declarationProblems(m) }];
  cases.push({ name: `${m.id}: reachability`, problems: unreachable(m) });
  m.rows.forEach((row, i) => {
    const name = `${m.id}: ${row.from} --${row.event}${row.as ? ` (as ${row.as})` : ''}--> ${row.to}`;
    const problems: string[] = [];
    const earlier = m.rows.slice(0, i).filter((r) => r.from === row.from && r.event === row.event);
    // Fail one guard of each earlier row that this row does not need; if none exists, this row can never win.
    const blockers = earlier.map((r) => r.guards.find((g) => !row.guards.includes(g)));
    if (blockers.some((b) => b === undefined)) problems.push('shadowed by an earlier row with fewer guards');
    else {
      const failing = new Set(blockers as string[]);
      const r = decide(m, row.from, row.event, (g) => !failing.has(g));
      if (!r.ok) problems.push(`refused with ${r.code} although its guards pass`);
      else {
        if (r.to !== row.to) problems.push(`went to ${r.to}, table says ${row.to}`);
        if (r.name !== (row.as ?? row.event)) problems.push(`recorded as ${r.name}`);
        if (r.effects.join() !== row.effects.join()) problems.push(`effects ${r.effects.join()} differ`);
      }
      for (const g of row.guards) {
        const f = decide(m, row.from, row.event, (x) => x !== g && !failing.has(x));
        const later = m.rows
          .slice(i + 1)
          .some((r) => r.from === row.from && r.event === row.event && !r.guards.includes(g));
        const expected = m.guards[g]?.code;
        if (f.ok && !later) problems.push(`moved although guard ${g} failed`);
        if (!f.ok && f.code !== expected && !earlier.length)
          problems.push(`guard ${g} failing gave ${f.code}, not ${expected}`);
      }
    }
    cases.push({ name, problems });
  });
  const withRow = new Set(m.rows.map((r) => `${r.from}|${r.event}`));
  for (const from of keys(m.states))
    for (const event of keys(m.events)) {
      if (withRow.has(`${from}|${event}`)) continue;
      const r = decide(m, from, event, () => true);
      const expected = typeof m.notAllowed === 'function' ? m.notAllowed(from, event) : m.notAllowed;
      cases.push({
        name: `${m.id}: ${from} --${event}--> (no row)`,
        problems: r.ok ? ['moved without a row'] : r.code === expected ? [] : [`refused with ${r.code}`],
      });
    }
  return cases;
};
