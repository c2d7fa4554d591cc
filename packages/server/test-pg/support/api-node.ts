import { systemClock } from '@claimline/domain/core';
import { buildApp } from '../../src/app/build-app.ts';
import { loadSettings } from '../../src/config.ts';
import { createFieldCrypto, newKeyRing } from '../../src/crypto/field-crypto.ts';
import { createDb } from '../../src/db/database.ts';
import { seedIfEmpty } from '../../src/seed/seed.ts';

/*
 * An API node in a process of its own, for tests that must kill it (kill -9) while it works: a real clock, the
 * demo directory and 200 policies, listening on a free loopback port that it prints once ready.
 */
const url = process.env.NODE_DATABASE_URL;
if (!url) throw new Error('NODE_DATABASE_URL is required');
const settings = loadSettings(
  {},
  { demo: true, loginRatePerMinute: 10_000, loginRatePerAddressPerMinute: 100_000 },
);
const deps = { db: createDb(url, 20), settings, clock: systemClock, crypto: createFieldCrypto(newKeyRing()) };
await seedIfEmpty(deps, { cases: 0, policies: 200, claimReports: 0 });
const app = await buildApp(deps, { logger: false, webDist: null });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
