import { fixedClock } from '@claimline/domain/core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../src/config.ts';
import { createFieldCrypto, newKeyRing } from '../src/crypto/field-crypto.ts';
import { MIGRATIONS, migrate } from '../src/db/database.ts';
import { seedIfEmpty } from '../src/seed/seed.ts';
import { adminQuery, freshDatabase } from './helpers.ts';

const cleanup: string[] = [];
afterAll(async () => {
  for (const name of cleanup) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe('migrations', () => {
  it('apply to an empty database, then again to a seeded one as a no-op', async () => {
    const { db, name } = await freshDatabase({ migrated: false });
    cleanup.push(name);
    const first = await migrate(db);
    expect(first).toEqual(Object.keys(MIGRATIONS).map((m) => `${m}: Success`));
    expect(first[0]).toBe('0001-foundation: Success');
    const deps = {
      db,
      settings: loadSettings({}, { demo: true }),
      clock: fixedClock('2026-11-22T02:00:00Z'),
      crypto: createFieldCrypto(newKeyRing()),
    };
    const seeded = await seedIfEmpty(deps, { cases: 300 });
    expect(seeded).toMatchObject({ seeded: true, cases: 300 });
    expect(await migrate(db)).toEqual([]);
    expect((await seedIfEmpty(deps)).seeded).toBe(false);
    const perBranch = await db.selectFrom('cases').select('branch_id').distinct().execute();
    expect(perBranch.length).toBeGreaterThanOrEqual(4);
    await db.destroy();
  });
});
