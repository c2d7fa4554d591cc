import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb, migrate } from '../src/db/database.ts';
import { freePort, startEmbeddedPostgres } from '../src/db/embedded.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTarget: string;
  }
}

export const TEMPLATE_DB = 'claimline_test_template';

const withDatabase = (adminUrl: string, name: string) => {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
};

/**
 * One PostgreSQL per run: the embedded engine by default, or the server named by CLAIMLINE_TEST_DATABASE_URL
 * (an admin connection; CI points it at Debian's PostgreSQL). A migrated template makes each test file's
 * fresh database a cheap copy.
 */
export default async function setup(project: TestProject) {
  let adminUrl = process.env.CLAIMLINE_TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  if (!adminUrl) {
    dir = await mkdtemp(path.join(tmpdir(), 'claimline-pg-test-'));
    const pg = await startEmbeddedPostgres({ dataDir: dir, port: await freePort() });
    adminUrl = pg.url;
    stop = pg.stop;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  const db = createDb(withDatabase(adminUrl, TEMPLATE_DB), 2);
  await migrate(db);
  await db.destroy();
  await admin.end();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTarget', stop ? 'embedded' : 'server');
  return async () => {
    if (stop) await stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}
