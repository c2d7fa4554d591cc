import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startEmbeddedPostgres } from '../../packages/server/src/db/embedded.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A real claimline server in its own process (so the load generator does not share its event loop) on a fresh
 * embedded PostgreSQL that the benchmark can also reach directly to bulk-load data.
 */
export const startBenchServer = async (opts: { env?: Record<string, string> } = {}) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimline-bench-'));
  // Its own directory: as root the engine runs as the postgres user, which must own it (see db/embedded.ts).
  const pgDir = await mkdtemp(path.join(tmpdir(), 'claimline-bench-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir: pgDir, port: await freePort() });
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    // The same node flags as `npm start` (package.json): a larger young generation, fewer scavenges in a request.
    // CLAIMLINE_BENCH_NODE_ARGS adds flags for a closer look, e.g. "--cpu-prof --cpu-prof-dir=prof".
    [
      '--max-semi-space-size=32',
      ...(process.env.CLAIMLINE_BENCH_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []),
      '--import',
      'tsx',
      'packages/cli/src/main.ts',
      'start',
    ],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: pg.url,
        CLAIMLINE_PORT: String(port),
        CLAIMLINE_HOST: '127.0.0.1',
        CLAIMLINE_DATA_DIR: dir,
        CLAIMLINE_DEMO: 'true',
        CLAIMLINE_LOG_LEVEL: 'warn',
        CLAIMLINE_LOGIN_RATE_PER_MINUTE: '10000',
        ...opts.env,
      },
      stdio: ['ignore', process.env.CLAIMLINE_BENCH_SERVER_LOG ? 'pipe' : 'ignore', 'inherit'],
    },
  );
  // CLAIMLINE_BENCH_SERVER_LOG=<file>: the server's own log (its warnings and failed requests) for a closer look.
  if (process.env.CLAIMLINE_BENCH_SERVER_LOG)
    child.stdout?.pipe(createWriteStream(process.env.CLAIMLINE_BENCH_SERVER_LOG, { flags: 'a' }));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bench server exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error('bench server did not become ready');
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    databaseUrl: pg.url,
    /** The server process, for benchmarks that read its memory (/proc/<pid>/status). */
    pid: child.pid,
    login: async (username: string, password = 'Claim@2026') => {
      const res = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
      const cookie = res.headers.get('set-cookie') ?? '';
      return cookie.split(';')[0] ?? '';
    },
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
      await rm(pgDir, { recursive: true, force: true });
    },
  };
};

/** The p-th percentile (0–100) of a list of numbers. */
export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
};
