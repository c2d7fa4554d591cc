import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { insertLookup } from '../src/claims/repository.ts';
import { createDb, type Db } from '../src/db/database.ts';
import { statementName } from '../src/db/preparing-client.ts';
import { dbUrl, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let one: Db;
beforeAll(async () => {
  sys = await testSystem({ demoPolicies: 20, demoCases: 2 });
  // One connection, so the session state seen by the next query is the one the previous query left.
  one = createDb(dbUrl(sys.dbName), 1);
});
afterAll(async () => {
  await one?.destroy();
  await sys?.close();
});

const preparedNames = async (db: Db) =>
  (await sql<{ name: string }>`SELECT name FROM pg_prepared_statements`.execute(db)).rows.map((r) => r.name);

describe('prepared statements', () => {
  test('a parameterised query is prepared once per connection under the name of its text', async () => {
    const q = () => sql<{ n: number }>`SELECT ${41}::int + 1 AS n`.execute(one);
    expect((await q()).rows[0]?.n).toBe(42);
    expect((await q()).rows[0]?.n).toBe(42);
    const text = sql`SELECT ${41}::int + 1 AS n`.compile(one).sql;
    const names = await preparedNames(one);
    expect(names).toContain(statementName(text));
    expect(names.filter((n) => n === statementName(text))).toHaveLength(1);
  });

  test('a query without parameters stays unprepared', async () => {
    await sql`SELECT 7 AS seven`.execute(one);
    const names = await preparedNames(one);
    expect(names).not.toContain(statementName('SELECT 7 AS seven'));
  });

  test('different texts get different names, the same text the same name', () => {
    expect(statementName('SELECT $1')).toBe(statementName('SELECT $1'));
    expect(statementName('SELECT $1')).not.toBe(statementName('SELECT $1 '));
  });

  test('a failed statement leaves the connection usable and the statement retried later', async () => {
    await expect(sql`SELECT ${'x'}::int AS bad`.execute(one)).rejects.toThrow();
    await expect(
      one.transaction().execute(async (tx) => {
        await sql`SELECT ${1}::int / 0 AS boom`.execute(tx);
      }),
    ).rejects.toThrow();
    expect((await sql<{ n: number }>`SELECT ${2}::int AS n`.execute(one)).rows[0]?.n).toBe(2);
  });
});

describe('look-up log', () => {
  test('is written with asynchronous commit that does not outlive its own statement', async () => {
    const actor = await sys.db
      .selectFrom('users')
      .select(['id', 'branch_id'])
      .where('username', '=', 'agent.bj')
      .executeTakeFirstOrThrow();
    const id = randomUUID();
    await insertLookup(one, {
      id,
      at: new Date('2026-11-22T02:00:00Z'),
      actor_id: actor.id,
      branch_id: actor.branch_id,
      by: 'policyNo',
      query_masked: 'PBJ2026000001',
      matches: 1,
      existing_reports: 0,
      outcome: null,
      outcome_at: null,
      case_id: null,
      policy_ids: [],
      insured_persons: 1,
    });
    const row = await sys.db.selectFrom('report_lookups').selectAll().where('id', '=', id).executeTakeFirst();
    expect(row).toMatchObject({ by: 'policyNo', matches: 1, existing_reports: 0, outcome: null });
    const after = await sql<{ synchronous_commit: string }>`SHOW synchronous_commit`.execute(one);
    expect(after.rows[0]?.synchronous_commit).toBe('on');
  });
});
