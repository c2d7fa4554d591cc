import { spawnSync } from 'node:child_process';

// Storage tests run on the embedded engine, then again on a PostgreSQL server when one is configured
// (CI installs Debian's PostgreSQL and sets CLAIMLINE_TEST_SERVER_URL).
const run = (label: string, env: NodeJS.ProcessEnv) => {
  console.log(`\n=== PostgreSQL-backed tests on ${label} ===`);
  const r = spawnSync('npx', ['vitest', 'run', '--project', 'pg', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
  return r.status ?? 1;
};

const { CLAIMLINE_TEST_DATABASE_URL: _ignored, ...base } = process.env;
// CLAIMLINE_TEST_ENGINES=server runs the server only (CI's second Node version covers the server, the first the
// embedded engine, so neither suite runs twice).
const engines = process.env.CLAIMLINE_TEST_ENGINES ?? 'embedded,server';
let status = engines.includes('embedded') ? run('the embedded engine', base) : 0;
const server = process.env.CLAIMLINE_TEST_SERVER_URL;
if (server && engines.includes('server'))
  status ||= run('a PostgreSQL server', { ...base, CLAIMLINE_TEST_DATABASE_URL: server });
else console.log('\n(no CLAIMLINE_TEST_SERVER_URL: the PostgreSQL-server run is skipped here; CI runs it)');
process.exit(status);
