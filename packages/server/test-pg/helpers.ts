import { randomBytes } from 'node:crypto';
import { type Clock, fixedClock } from '@claimline/domain/core';
import type { FastifyInstance } from 'fastify';
import { Client } from 'pg';
import { inject } from 'vitest';
import { type AppOptions, buildApp } from '../src/app/build-app.ts';
import { useAuditKey } from '../src/audit/audit-key.ts';
import type { AuthDeps } from '../src/auth/session-cache.ts';
import { loadSettings, type Settings } from '../src/config.ts';
import { createFieldCrypto, newKeyRing } from '../src/crypto/field-crypto.ts';
import { createDb, type Db } from '../src/db/database.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-data.ts';
import { seedIfEmpty } from '../src/seed/seed.ts';
import { TEMPLATE_DB } from './global-setup.ts';

// One audit key per test process, as a server process has (audit/audit-key.ts): every chain here is keyed.
useAuditKey(randomBytes(32));

export const dbUrl = (name: string) => {
  const u = new URL(inject('pgAdminUrl'));
  u.pathname = `/${name}`;
  return u.toString();
};

export const adminQuery = async (sqlText: string, database?: string) => {
  const c = new Client({ connectionString: database ? dbUrl(database) : inject('pgAdminUrl') });
  await c.connect();
  try {
    return await c.query(sqlText);
  } finally {
    await c.end();
  }
};

/** A private database per test file, copied from the migrated template. */
export const freshDatabase = async (opts: { migrated?: boolean } = {}) => {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await adminQuery(
    opts.migrated === false ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`,
  );
  return { name, url: dbUrl(name), db: createDb(dbUrl(name), 30) };
};

export type TestSystem = {
  app: FastifyInstance;
  deps: AuthDeps;
  db: Db;
  dbName: string;
  clock: ReturnType<typeof fixedClock>;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
};

/** Fastify in-process on a real PostgreSQL, demo-seeded, clock frozen at 2026-11-22 10:00 Beijing time. */
export const testSystem = async (
  opts: {
    settings?: Partial<Settings>;
    demoCases?: number;
    demoPolicies?: number;
    demoClaimReports?: number;
    /** Open the generated demo cases' deadlines as the default demo does. */
    demoDeadlines?: boolean;
    clockAt?: string;
    app?: AppOptions;
  } = {},
): Promise<TestSystem> => {
  const { db, name } = await freshDatabase();
  const clock = fixedClock(opts.clockAt ?? '2026-11-22T02:00:00Z');
  const settings = loadSettings(
    {},
    { demo: true, loginRatePerMinute: 10_000, loginRatePerAddressPerMinute: 100_000, ...opts.settings },
  );
  const deps: AuthDeps = { db, settings, clock: clock as Clock, crypto: createFieldCrypto(newKeyRing()) };
  // 200 policies keep each file's start fast; the named demo policies are always among them.
  // No demo claim reports unless asked: each is a full registration, and tests count their own reports.
  await seedIfEmpty(deps, {
    cases: opts.demoCases ?? 20,
    policies: opts.demoPolicies ?? 200,
    claimReports: opts.demoClaimReports ?? 0,
    deadlines: opts.demoDeadlines ?? false,
  });
  const app = await buildApp(deps, { logger: false, webDist: null, ...opts.app });
  await app.ready();
  return {
    app,
    deps,
    db,
    dbName: name,
    clock,
    login: async (username, password = DEMO_PASSWORD) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'claimline_sid');
      if (!cookie) throw new Error('no session cookie');
      return `claimline_sid=${cookie.value}`;
    },
    close: async () => {
      await app.close();
      await db.destroy();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
};

export const consultation = (over: Record<string, unknown> = {}) => ({
  kind: 'consultation',
  channel: 'phone',
  subject: '理赔材料咨询',
  description: '客户询问意外医疗理赔需要哪些材料',
  customerName: '张三',
  customerPhone: '13812345678',
  ...over,
});

export const createCase = async (
  sys: TestSystem,
  cookie: string,
  body = consultation(),
  key = randomBytes(8).toString('hex'),
) =>
  sys.app.inject({
    method: 'POST',
    url: '/api/cases',
    headers: { cookie, 'idempotency-key': key },
    payload: body,
  });
