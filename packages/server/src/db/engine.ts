import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type { Settings } from '../config.ts';
import { roleOfUrl } from './app-role.ts';
import { APP_ROLE, startEmbeddedPostgres } from './embedded.ts';

/**
 * The database engine the settings name, opened without migrating: the schema owner's URL, the application
 * role's (if there is one) and how to let go. The embedded engine is started, unless a server of this data
 * directory already runs it, in which case it is used as it is (a backup taken while the system runs).
 */
export type Engine = {
  ownerUrl: string;
  app: { role: string; password: string | null; url: string } | null;
  close(): Promise<void>;
};

const answers = async (url: string) => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
};

export const openEngine = async (settings: Settings): Promise<Engine> => {
  if (settings.databaseUrl) {
    const appUrl = settings.appDatabaseUrl;
    return {
      ownerUrl: settings.databaseUrl,
      app: appUrl ? { role: roleOfUrl(appUrl), password: null, url: appUrl } : null,
      close: async () => {},
    };
  }
  const running = path.join(settings.dataDir, 'pg', 'postmaster.pid');
  const secret = path.join(settings.dataDir, 'pg-password');
  const appSecret = path.join(settings.dataDir, 'pg-app-password');
  if (existsSync(running) && existsSync(secret) && existsSync(appSecret)) {
    const password = (await readFile(secret, 'utf8')).trim();
    const appPassword = (await readFile(appSecret, 'utf8')).trim();
    const host = `127.0.0.1:${settings.embeddedPgPort}/claimline`;
    const ownerUrl = `postgres://claimline:${encodeURIComponent(password)}@${host}`;
    if (await answers(ownerUrl))
      return {
        ownerUrl,
        app: {
          role: APP_ROLE,
          password: appPassword,
          url: `postgres://${APP_ROLE}:${encodeURIComponent(appPassword)}@${host}`,
        },
        close: async () => {},
      };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: settings.dataDir, port: settings.embeddedPgPort });
  return { ownerUrl: embedded.url, app: embedded.app, close: embedded.stop };
};
