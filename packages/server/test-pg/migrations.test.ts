import { fixedClock } from '@claimline/domain/core';
import { Migrator, sql } from 'kysely';
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

  it('0006 moves an installed complaint-decision rule from calendar days onto natural days; Insurance Law rules keep theirs', async () => {
    const { db, name } = await freshDatabase({ migrated: false });
    cleanup.push(name);
    const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
    expect((await migrator.migrateTo('0005-complaints')).error).toBeUndefined();
    await sql`
      INSERT INTO calendars (id, name, kind, working_hours, weekend_days, updated_at)
        VALUES ('CN', '全国', 'national', '{}'::jsonb, '{0,6}', now());
      INSERT INTO deadline_rules (id, kind, case_kind, starts_on, unit, amount, calendar_id, escalation_chain, source, updated_at)
        VALUES ('complaint-decision', 'complaintDecision', 'complaint', 'caseCreated', 'calendarDays', 15, 'CN', '{owner}', 'old', now()),
               ('claim-decision', 'claimDecision', 'claimApplication', 'materialsComplete', 'calendarDays', 30, 'CN', '{owner}', 'law', now());
    `.execute(db);
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const units = await sql<{ id: string; unit: string; source: string }>`
      SELECT id, unit, source FROM deadline_rules ORDER BY id`.execute(db);
    expect(units.rows).toEqual([
      // Insurance Law periods keep the Civil Code roll; only the Measures define 日 as natural days.
      { id: 'claim-decision', unit: 'calendarDays', source: 'law' },
      { id: 'complaint-decision', unit: 'naturalDays', source: expect.stringContaining('第四十三条') },
    ]);
    await db.destroy();
  });
  it('0012 starts an installed claim hand-over rule on the complete set and meets it on the insurer’s receipt', async () => {
    const { db, name } = await freshDatabase({ migrated: false });
    cleanup.push(name);
    const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
    expect((await migrator.migrateTo('0011-lookup-policies')).error).toBeUndefined();
    await sql`
      INSERT INTO calendars (id, name, kind, working_hours, weekend_days, updated_at)
        VALUES ('CN', '全国', 'national', '{}'::jsonb, '{0,6}', now());
      INSERT INTO deadline_rules (id, kind, case_kind, starts_on, unit, amount, calendar_id, escalation_chain, met_by, source, updated_at)
        VALUES ('claim-materials-handover', 'claimHandover', 'claimApplication', 'caseCreated', 'workingDays', 3, 'CN', '{owner}', '{resolve}', 'old', now());
    `.execute(db);
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const rule = await sql<{ starts_on: string; met_by: string[] }>`
      SELECT starts_on, met_by FROM deadline_rules WHERE id = 'claim-materials-handover'`.execute(db);
    expect(rule.rows).toEqual([{ starts_on: 'materialsComplete', met_by: ['confirmReceipt'] }]);
    await db.destroy();
  });
});
