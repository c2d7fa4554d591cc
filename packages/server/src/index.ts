import { type Clock, systemClock } from '@claimline/domain/core';
import { buildApp } from './app/build-app.ts';
import { currentAuditKey, loadAuditKey, useAuditKey } from './audit/audit-key.ts';
import { checkpointWriter, startAuditCheckpointer } from './audit/checkpoints.ts';
import { type AuthDeps, SessionCache } from './auth/session-cache.ts';
import { listenForAuthChanges } from './auth/session-listener.ts';
import { startBackupSchedule } from './backup/schedule.ts';
import { loadSettings, type Settings } from './config.ts';
import { createFieldCrypto, loadKeyRing } from './crypto/field-crypto.ts';
import { sealExistingFreeTextOnce } from './crypto/sealed-text-sweep.ts';
import { ensureAppRole, grantAppRole } from './db/app-role.ts';
import { createDb, migrate } from './db/database.ts';
import { freePort } from './db/embedded.ts';
import { openEngine } from './db/engine.ts';
import { startDeadlineSweeper } from './jobs/deadline-sweeper.ts';
import { startKpiRefresher } from './kpis/refresher.ts';
import { LiveHub } from './live/hub.ts';
import { listenForLiveEvents } from './live/listener.ts';
import { seedIfEmpty } from './seed/seed.ts';

export { buildApp } from './app/build-app.ts';
export type { Deps } from './http/context.ts';
export { sweepOnce } from './jobs/deadline-sweeper.ts';

export type StartOptions = {
  port?: number;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
  /** Port of the embedded PostgreSQL; 0 picks a free one. */
  pgPort?: number;
  demo?: boolean;
  seed?: boolean;
  clock?: Clock;
  logger?: boolean;
  webDist?: string | null;
};

/**
 * Opens the database (embedded unless DATABASE_URL), migrates as the schema's owner, and returns the dependencies,
 * which connect as the application's own role when there is one (db/app-role.ts): the embedded engine always has
 * one; on a server it is the role of CLAIMLINE_APP_DATABASE_URL (docs/OPERATIONS.md).
 */
export const openDeps = async (settings: Settings, clock: Clock = systemClock) => {
  const engine = await openEngine(settings);
  const ownerDb = createDb(engine.ownerUrl, 2);
  try {
    await migrate(ownerDb);
    if (engine.app?.password) await ensureAppRole(ownerDb, engine.app.role, engine.app.password);
    else if (engine.app) await grantAppRole(ownerDb, engine.app.role);
  } finally {
    await ownerDb.destroy();
  }
  const url = engine.app?.url ?? engine.ownerUrl;
  const db = createDb(url);
  const crypto = createFieldCrypto(loadKeyRing(settings.fieldKeys, settings.dataDir));
  useAuditKey(loadAuditKey(settings.auditKey, settings.dataDir));
  const deps: AuthDeps = { db, settings, clock, crypto };
  return {
    deps,
    url,
    ownerUrl: engine.ownerUrl,
    /** Whether the server runs as a role that cannot rewrite the audit log (false: it runs as the owner). */
    restrictedRole: engine.app !== null,
    close: async () => {
      await db.destroy();
      await engine.close();
    },
  };
};

/** A session cache kept live by LISTEN/NOTIFY (auth/session-cache.ts), unless CLAIMLINE_SESSION_CACHE_SECONDS=0. */
const startSessionCache = (deps: AuthDeps, url: string, onError: (err: unknown) => void) => {
  if (deps.settings.sessionCacheMs <= 0) return undefined;
  const freshMs = deps.settings.sessionFreshMs;
  deps.sessions = new SessionCache({ ttlMs: deps.settings.sessionCacheMs, freshMs });
  return listenForAuthChanges(url, deps.sessions, { onError, heartbeatMs: Math.max(5, freshMs / 4) });
};

/** The whole system on one port: API, console, and (by default) the embedded PostgreSQL with demo data. */
export const startClaimline = async (opts: StartOptions = {}) => {
  const settings = loadSettings(process.env, {
    ...(opts.port !== undefined ? { port: opts.port } : {}),
    ...(opts.host !== undefined ? { host: opts.host } : {}),
    ...(opts.dataDir !== undefined ? { dataDir: opts.dataDir } : {}),
    ...(opts.databaseUrl !== undefined ? { databaseUrl: opts.databaseUrl } : {}),
    ...(opts.demo !== undefined ? { demo: opts.demo } : {}),
    ...(opts.pgPort !== undefined
      ? { embeddedPgPort: opts.pgPort === 0 ? await freePort() : opts.pgPort }
      : {}),
  });
  const opened = await openDeps(settings, opts.clock);
  const { deps, close } = opened;
  if (opts.seed !== false) await seedIfEmpty(deps);
  const live = new LiveHub();
  const app = await buildApp(deps, { logger: opts.logger ?? false, webDist: opts.webDist, live });
  // Free text typed before sealing existed is sealed before the first request (issue #18 part 6).
  const sealedAtStart = await sealExistingFreeTextOnce(deps.db, deps.crypto, deps.clock.now());
  if (sealedAtStart > 0) app.log.info({ sealed: sealedAtStart }, 'sealed personal data found in free text');
  const listener = startSessionCache(deps, opened.url, (err) =>
    app.log.warn({ err }, 'session cache off: lost the auth notification channel'),
  );
  // One listening connection per node feeds every open console of this node (issue #19 part 3).
  const liveListener = listenForLiveEvents(opened.url, live, {
    onError: (err) => app.log.warn({ err }, 'live updates paused: lost the live notification channel'),
  });
  const address = await app.listen({ port: settings.port, host: settings.host });
  const port = Number(new URL(address).port);
  // Every node sweeps; SKIP LOCKED keeps them from repeating each other's work (C7).
  const sweeper = startDeadlineSweeper(deps, {
    intervalMs: settings.sweepIntervalMs,
    onError: (err) => app.log.error({ err }, 'deadline sweep failed'),
  });
  const backups = settings.backupDir
    ? startBackupSchedule({
        ownerUrl: opened.ownerUrl,
        dir: settings.backupDir,
        intervalMs: settings.backupIntervalMs,
        keep: settings.backupKeep,
        now: () => deps.clock.now(),
        onDone: (dir) => app.log.info({ dir }, 'backup written'),
        onError: (err) => app.log.error({ err }, 'backup failed'),
      })
    : undefined;
  const key = currentAuditKey();
  const checkpointer = key
    ? startAuditCheckpointer(
        checkpointWriter(deps.db, settings.auditCheckpointFile, key, () => deps.clock.now()),
        {
          intervalMs: settings.auditCheckpointMs,
          onError: (err) => app.log.error({ err }, 'audit checkpoint failed'),
        },
      )
    : undefined;
  const kpiRefresher = startKpiRefresher(deps, {
    intervalMs: settings.sweepIntervalMs,
    onError: (err) => app.log.error({ err }, 'KPI refresh failed'),
  });
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    deps,
    close: async () => {
      await sweeper.stop();
      await checkpointer?.stop();
      await backups?.stop();
      await kpiRefresher.stop();
      await listener?.stop();
      await liveListener.stop();
      await app.close();
      await close();
    },
  };
};
