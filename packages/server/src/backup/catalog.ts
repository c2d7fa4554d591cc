import type pg from 'pg';

export type TableInfo = { name: string; columns: string[]; orderBy: string[] };

/** Session settings that make COPY text identical on every engine: the content hashes compare byte for byte. */
export const STABLE_OUTPUT = [
  "SET TimeZone = 'UTC'",
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'postgres'",
  'SET extra_float_digits = 1',
  "SET bytea_output = 'hex'",
];

// The migrator's own book-keeping is restored by running the migrations, not by copying it.
const NOT_DATA = new Set(['kysely_migration', 'kysely_migration_lock']);

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The tables of the public schema in foreign-key order (a table after those it references), each with its stored
 * columns (generated ones are computed again on load) and the columns that give its rows a stable order.
 */
export const readCatalog = async (client: pg.ClientBase): Promise<TableInfo[]> => {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
    )
  ).rows
    .map((r) => r.name)
    .filter((n) => !NOT_DATA.has(n));
  const columns = await client.query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
  );
  const keys = await client.query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, pos) ON true
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE n.nspname = 'public' AND i.indisprimary ORDER BY c.relname, k.pos`,
  );
  const refs = await client.query<{ table: string; references: string }>(
    `SELECT DISTINCT c.relname AS table, r.relname AS references
       FROM pg_constraint f JOIN pg_class c ON c.oid = f.conrelid JOIN pg_class r ON r.oid = f.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE f.contype = 'f' AND n.nspname = 'public' AND c.oid <> r.oid`,
  );
  const colsOf = group(columns.rows);
  const keyOf = group(keys.rows);
  const order = foreignKeyOrder(
    tables,
    refs.rows.map((r) => [r.table, r.references]),
  );
  return order.map((name) => {
    const cols = colsOf.get(name) ?? [];
    return { name, columns: cols, orderBy: keyOf.get(name) ?? cols };
  });
};

const group = (rows: { table: string; column: string }[]) => {
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.table, [...(out.get(r.table) ?? []), r.column]);
  return out;
};

/** Kahn's order; tables in a reference cycle (none today) keep their name order at the end. */
export const foreignKeyOrder = (tables: string[], edges: [string, string][]) => {
  const pending = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const [from, to] of edges) if (pending.has(from) && pending.has(to)) pending.get(from)?.add(to);
  const out: string[] = [];
  for (;;) {
    const ready = [...pending].filter(([, deps]) => deps.size === 0).map(([t]) => t);
    if (ready.length === 0) break;
    for (const t of ready) {
      out.push(t);
      pending.delete(t);
      for (const deps of pending.values()) deps.delete(t);
    }
  }
  return [...out, ...pending.keys()];
};

export const orderedCopy = (t: TableInfo) =>
  `COPY (SELECT ${t.columns.map(quoteIdent).join(', ')} FROM ${quoteIdent(t.name)} ORDER BY ${t.orderBy
    .map(quoteIdent)
    .join(', ')}) TO STDOUT`;
