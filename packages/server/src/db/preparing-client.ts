import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * PostgreSQL parses and plans an unnamed statement on every execution; a named (prepared) one is parsed once per
 * connection and its plan can be cached. Kysely sends every query unnamed, so this client names each
 * parameterised query after a hash of its text: the hot paths (session check, look-ups) cost one round trip
 * without the planning (bench/claim-intake.bench.ts, docs/PERFORMANCE.md). Queries without parameters (BEGIN,
 * SET LOCAL, DDL) stay on the simple protocol.
 */

// A query text is one of the application's query shapes; the cap only guards against a shape that varies
// without bound (e.g. an IN list of any length), beyond which statements simply stay unnamed.
export const MAX_PREPARED_PER_CONNECTION = 2_000;
const NAME_CACHE_LIMIT = 20_000;
const names = new Map<string, string>();

export const statementName = (text: string): string => {
  let name = names.get(text);
  if (name === undefined) {
    name = `cl_${createHash('sha1').update(text).digest('base64url')}`;
    if (names.size < NAME_CACHE_LIMIT) names.set(text, name);
  }
  return name;
};

export class PreparingClient extends pg.Client {
  #prepared = new Set<string>();

  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; this one only adds a name.
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config === 'string' && Array.isArray(values) && values.length > 0 && callback === undefined) {
      const name = statementName(config);
      if (this.#prepared.has(name) || this.#prepared.size < MAX_PREPARED_PER_CONNECTION) {
        this.#prepared.add(name);
        return super.query({ name, text: config, values });
      }
    }
    return super.query(config, values, callback);
  }
}
