import fc from 'fast-check';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { lookupLocalStatement } from '../claims/lookup-query.ts';
import type { PolicyLookupField } from '../policies/repository.ts';
import type { Db } from './database.ts';
import { precompiled } from './precompiled.ts';
import type { Database } from './schema.ts';

// Compiles only: no connection is ever opened.
const db: Db = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

const FIELDS: PolicyLookupField[] = ['policy_no', 'insured_name_bidx', 'insured_id_bidx', 'plate_bidx'];

describe('precompiled statements', () => {
  it('give the look-up exactly the text and parameters an ordinary compile gives, for any values', () => {
    const lookup = precompiled(
      (
        field: PolicyLookupField,
        v: { value: string; scope: string[]; id: string; branch: string; at: Date; by: string },
      ) =>
        lookupLocalStatement(
          db,
          { field, value: v.value, scope: v.scope },
          {
            id: v.id,
            at: v.at,
            actor_id: v.id,
            branch_id: v.branch,
            by: v.by,
            query_masked: v.value,
            outcome: null,
            outcome_at: null,
            case_id: null,
          },
        ).compile(db),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...FIELDS),
        fc.string(),
        fc.array(fc.uuid(), { minLength: 1, maxLength: 6 }),
        fc.uuid(),
        fc.date({ noInvalidDate: true }),
        fc.constantFrom('policyNo', 'insuredName', 'idNumber', 'plate'),
        (field, value, scope, id, at, by) => {
          const values = { value, scope, id, branch: scope[0] ?? id, at, by };
          const fast = lookup(field, values);
          const slow = lookupLocalStatement(
            db,
            { field, value, scope },
            {
              id,
              at,
              actor_id: id,
              branch_id: values.branch,
              by,
              query_masked: value,
              outcome: null,
              outcome_at: null,
              case_id: null,
            },
          ).compile(db);
          expect(fast.sql).toBe(slow.sql);
          expect(fast.parameters).toEqual(slow.parameters);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a statement whose text depends on a value, on its first use', () => {
    const byColumn = precompiled((_shape: 'one', v: { column: string; x: number }) =>
      sql`SELECT ${sql.ref(v.column)} FROM t WHERE x = ${v.x}`.compile(db),
    );
    expect(() => byColumn('one', { column: 'a', x: 1 })).toThrow();
    const inList = precompiled((_shape: 'one', v: { ids: number[] }) =>
      sql`SELECT 1 WHERE id IN (${sql.join(v.ids)})`.compile(db),
    );
    expect(() => inList('one', { ids: [1, 2] })).toThrow();
  });

  it('keeps constants the builder put in the parameter list', () => {
    const q = precompiled((_shape: 'one', v: { a: string }) =>
      db.selectFrom('branches').select('id').where('code', '=', v.a).limit(20).compile(),
    );
    expect(q('one', { a: 'BJ' }).parameters).toEqual(['BJ', 20]);
    expect(q('one', { a: 'SH' }).parameters).toEqual(['SH', 20]);
  });
});
