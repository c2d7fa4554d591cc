import { Kysely, Migrator, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import * as m0001 from './migrations/0001-foundation.ts';
import * as m0002 from './migrations/0002-calendar-deadlines.ts';
import * as m0003 from './migrations/0003-claims.ts';
import * as m0004 from './migrations/0004-scripts-calls.ts';
import * as m0005 from './migrations/0005-complaints.ts';
import * as m0006 from './migrations/0006-complaint-clock.ts';
import * as m0007 from './migrations/0007-complaint-letter-withdrawal.ts';
import * as m0008 from './migrations/0008-major-complaints.ts';
import * as m0009 from './migrations/0009-auth-notify.ts';
import * as m0010 from './migrations/0010-complaint-review.ts';
import * as m0011 from './migrations/0011-lookup-policies.ts';
import * as m0012 from './migrations/0012-claim-applications.ts';
import * as m0013 from './migrations/0013-duty-roster.ts';
import * as m0014 from './migrations/0014-duty-handover.ts';
import * as m0015 from './migrations/0015-claim-decisions.ts';
import * as m0016 from './migrations/0016-major-inbox.ts';
import * as m0017 from './migrations/0017-transcript-versions.ts';
import * as m0018 from './migrations/0018-claims-board-index.ts';
import * as m0019 from './migrations/0019-claims-finish.ts';
import * as m0020 from './migrations/0020-duty-line-watch.ts';
import * as m0021 from './migrations/0021-kpi-rollup.ts';
import * as m0023 from './migrations/0023-knowledge-base.ts';
import * as m0024 from './migrations/0024-team-tasks.ts';
import * as m0025 from './migrations/0025-login-throttle.ts';
import * as m0026 from './migrations/0026-departments-user-admin.ts';
import * as m0027 from './migrations/0027-data-sharing.ts';
import * as m0028 from './migrations/0028-audit-keyed.ts';
import * as m0029 from './migrations/0029-sealed-free-text.ts';
import * as m0030 from './migrations/0030-team-task-groups.ts';
import * as m0031 from './migrations/0031-export-order.ts';
import * as m0032 from './migrations/0032-assessment.ts';
import * as m0033 from './migrations/0033-training.ts';
import * as m0034 from './migrations/0034-front-desk-visits.ts';
import * as m0036 from './migrations/0036-policy-services.ts';
import * as m0040 from './migrations/0040-fraud.ts';
import * as m0043 from './migrations/0043-fraud-graph.ts';
import * as m0048 from './migrations/0048-live-notify.ts';
import * as m0049 from './migrations/0049-catastrophes.ts';
import * as m0050 from './migrations/0050-knowledge-quizzes.ts';
import * as m0051 from './migrations/0051-security-gaps.ts';
import * as m0052 from './migrations/0052-user-preferences.ts';
import * as m0053 from './migrations/0053-fraud-gaps.ts';
import * as m0054 from './migrations/0054-knowledge-item-links.ts';
import { PreparingClient } from './preparing-client.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

// bigint ids (bigserial) arrive as strings; dates stay Date; `date` columns stay 'YYYY-MM-DD' strings.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export const createDb = (url: string, max = 20): Db => {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    application_name: 'claimline',
    Client: PreparingClient,
  });
  // pg reports a server-side close of an idle connection (restart, failover, shutdown: 57P01) on the pool; without
  // a listener that crashes the process. The connection is discarded and the next query opens a new one.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
};

/** Migrations are code, listed in order; new ones are appended, never edited once released. */
export const MIGRATIONS = {
  '0001-foundation': m0001,
  '0002-calendar-deadlines': m0002,
  '0003-claims': m0003,
  '0004-scripts-calls': m0004,
  '0005-complaints': m0005,
  '0006-complaint-clock': m0006,
  '0007-complaint-letter-withdrawal': m0007,
  '0008-major-complaints': m0008,
  '0009-auth-notify': m0009,
  '0010-complaint-review': m0010,
  '0011-lookup-policies': m0011,
  '0012-claim-applications': m0012,
  '0013-duty-roster': m0013,
  '0014-duty-handover': m0014,
  '0015-claim-decisions': m0015,
  '0016-major-inbox': m0016,
  '0017-transcript-versions': m0017,
  '0018-claims-board-index': m0018,
  '0019-claims-finish': m0019,
  '0020-duty-line-watch': m0020,
  '0021-kpi-rollup': m0021,
  '0023-knowledge-base': m0023,
  '0024-team-tasks': m0024,
  '0025-login-throttle': m0025,
  '0026-departments-user-admin': m0026,
  '0027-data-sharing': m0027,
  '0028-audit-keyed': m0028,
  '0029-sealed-free-text': m0029,
  '0030-team-task-groups': m0030,
  '0031-export-order': m0031,
  '0032-assessment': m0032,
  '0033-training': m0033,
  '0034-front-desk-visits': m0034,
  '0036-policy-services': m0036,
  '0040-fraud': m0040,
  '0043-fraud-graph': m0043,
  '0048-live-notify': m0048,
  '0049-catastrophes': m0049,
  '0050-knowledge-quizzes': m0050,
  '0051-security-gaps': m0051,
  '0052-user-preferences': m0052,
  '0053-fraud-gaps': m0053,
  '0054-knowledge-item-links': m0054,
};

/** Migrates up to and including `name` (a restore runs exactly the migrations its backup was taken at). */
export const migrateTo = async (db: Db, name: string) => {
  if (!Object.hasOwn(MIGRATIONS, name))
    throw new Error(`unknown migration ${name}: the backup is newer than this version`);
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error;
};

export const migrate = async (db: Db) => {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    // Branches developed side by side land their migrations out of number order; each stands on its own.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).map((r) => `${r.migrationName}: ${r.status}`);
};
