import { CompiledQuery } from 'kysely';

/** Stands in for a value while a statement is compiled once; found again by identity in the parameter list. */
class Slot {
  constructor(readonly key: string) {}
}

type Entry = { sql: string; template: readonly unknown[]; slots: [index: number, key: string][] };

const fill = (entry: Entry, values: Record<string, unknown>) => {
  const parameters = [...entry.template];
  for (const [index, key] of entry.slots) parameters[index] = values[key];
  return parameters;
};

/**
 * Kysely builds its operation tree and compiles it to SQL text on every call; for the look-up before registering
 * that was about a quarter of the server's CPU per request (docs/PERFORMANCE.md). A hot statement whose text
 * depends only on a small set of choices (`shape`) is compiled once per shape with a {@link Slot} in place of
 * each value; later calls copy the parameter list and put the values where the slots were.
 *
 * The first call of each shape also compiles the statement the ordinary way and throws if the two disagree, so a
 * builder that lets a value change the text (a column picked by value, an IN list) is caught by its first test
 * instead of being answered with another value's statement.
 */
export const precompiled = <Shape extends string, Values extends Record<string, unknown>, Row>(
  compile: (shape: Shape, values: Values) => CompiledQuery<Row>,
) => {
  const cache = new Map<Shape, Entry>();
  return (shape: Shape, values: Values): CompiledQuery<Row> => {
    let entry = cache.get(shape);
    if (!entry) {
      const slots = Object.fromEntries(Object.keys(values).map((k) => [k, new Slot(k)])) as unknown as Values;
      const once = compile(shape, slots);
      entry = {
        sql: once.sql,
        template: once.parameters,
        slots: once.parameters.flatMap((p, i): [number, string][] => (p instanceof Slot ? [[i, p.key]] : [])),
      };
      const direct = compile(shape, values);
      const filled = fill(entry, values);
      if (
        direct.sql !== entry.sql ||
        direct.parameters.length !== filled.length ||
        direct.parameters.some((p, i) => p !== filled[i])
      )
        throw new Error(`precompiled: the text of statement shape "${shape}" depends on its values`);
      cache.set(shape, entry);
    }
    return CompiledQuery.raw(entry.sql, fill(entry, values)) as CompiledQuery<Row>;
  };
};
