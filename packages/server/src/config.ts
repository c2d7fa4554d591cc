import path from 'node:path';
import { z } from 'zod';
import { LOG_RETENTION_MIN_DAYS } from './logging/retention.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting in one place, read from the environment (docs/OPERATIONS.md lists them). */
const schema = z.object({
  CLAIMLINE_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  CLAIMLINE_HOST: z.string().default('0.0.0.0'),
  CLAIMLINE_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  // The role the server runs as on a PostgreSQL server; DATABASE_URL is then the schema owner's, for migrations.
  CLAIMLINE_APP_DATABASE_URL: z.string().url().optional(),
  CLAIMLINE_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  CLAIMLINE_DEMO: bool.default(true),
  CLAIMLINE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Idle 30 min and absolute 12 h (issue #2; GB/T 22239-2019 level 3 "session timeout").
  CLAIMLINE_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  CLAIMLINE_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  // How long a node may answer from its session cache; revocations reach every node at once by LISTEN/NOTIFY,
  // so this is only the bound when that channel is silently lost. 0 turns the cache off.
  CLAIMLINE_SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
  // Issue 19 part 3: a revocation on any node is refused on every node within this bound (the cache answers only
  // while its listener proved itself caught up this recently; it checks four times as often).
  CLAIMLINE_SESSION_FRESH_MS: z.coerce.number().int().min(10).max(10_000).default(100),
  // Issue 19: numbered intakes arriving within this many ms are written in one transaction (group commit).
  CLAIMLINE_INTAKE_BATCH_MS: z.coerce.number().min(0).max(50).default(2),
  // The most intakes in one such transaction; 1 writes each alone (the un-batched path).
  CLAIMLINE_INTAKE_BATCH_MAX: z.coerce.number().int().min(1).max(1000).default(100),
  // Batches writing at once, each on its own connection (of the pool's 20: the rest stay free for the consoles'
  // reads); their numbers and audit links are taken at their ends, one batch after another.
  CLAIMLINE_INTAKE_LANES: z.coerce.number().int().min(1).max(16).default(4),
  // GB/T 22239-2019 level 3 "login failure handling": lock after repeated failures.
  CLAIMLINE_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  CLAIMLINE_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  // Login attempts per account and address a minute: 200 agents behind one address at 08:00 must all get in.
  CLAIMLINE_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  // All login attempts from one address a minute: three times a 200-seat center's morning log-in.
  CLAIMLINE_LOGIN_RATE_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
  // Browser origins besides the server's own that may send state-changing requests (comma separated).
  CLAIMLINE_ALLOWED_ORIGINS: z.string().default(''),
  CLAIMLINE_TRUST_PROXY: bool.default(false),
  CLAIMLINE_SECURE_COOKIES: z.enum(['auto', 'always', 'never']).default('auto'),
  // Deadline sweeper period on every API node (issue #3); warnings and escalations are at most this late.
  CLAIMLINE_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  CLAIMLINE_FIELD_KEYS: z.string().optional(),
  // Issue #18 part 3: the audit chain's key (base64, 32 bytes) and where its head is checkpointed, outside the
  // database; by default a file in the data directory (point it at storage the DB administrators cannot write).
  CLAIMLINE_AUDIT_KEY: z.string().optional(),
  // Issue #18 part 4 (seed 002 七(三)3: back customer data up regularly): where scheduled backups go (none when
  // unset), how often, and how many are kept.
  CLAIMLINE_BACKUP_DIR: z.string().optional(),
  CLAIMLINE_BACKUP_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 30)
    .default(24),
  CLAIMLINE_BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
  CLAIMLINE_AUDIT_CHECKPOINT_FILE: z.string().optional(),
  CLAIMLINE_AUDIT_CHECKPOINT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  // Issue #18: identical refusals (actor, route, code) within this window are one audit row with a count; 0 writes
  // each alone. Short enough that the audit log is current within seconds of a flood.
  CLAIMLINE_DENIAL_WINDOW_SECONDS: z.coerce.number().min(0).max(3600).default(10),
  // Issue #18 part 5: application logs also go to daily files in this directory (none when unset), kept this
  // many days; under 180 is refused (网络安全法 第二十一条: network logs kept no less than six months).
  CLAIMLINE_LOG_DIR: z.string().optional(),
  CLAIMLINE_LOG_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(LOG_RETENTION_MIN_DAYS)
    .max(3650)
    .default(LOG_RETENTION_MIN_DAYS),
  CLAIMLINE_ADMIN_PASSWORD: z.string().optional(),
  // A font file with Chinese glyphs for PDF documents; by default the Noto Sans SC subset shipped with the app.
  CLAIMLINE_CJK_FONT: z.string().optional(),
  // ---- policies (issue #4): import upload limit and where policies are looked up ----
  // 100,000 policy rows are about 25 MB of CSV; 64 MB leaves room for wide exports.
  CLAIMLINE_IMPORT_MAX_MB: z.coerce.number().int().min(1).max(1024).default(64),
  CLAIMLINE_POLICY_SOURCE: z.enum(['local', 'core']).default('local'),
  CLAIMLINE_CORE_URL: z.string().url().optional(),
  CLAIMLINE_CORE_TOKEN: z.string().optional(),
  // A hotline agent is on the phone while the core system answers: fail fast, say so, keep the local copy.
  CLAIMLINE_CORE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
});

export type Settings = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  appDatabaseUrl: string | undefined;
  embeddedPgPort: number;
  demo: boolean;
  logLevel: z.infer<typeof schema>['CLAIMLINE_LOG_LEVEL'];
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  sessionCacheMs: number;
  sessionFreshMs: number;
  intakeBatchMs: number;
  intakeBatchMax: number;
  intakeLanes: number;
  lockoutThreshold: number;
  lockoutMs: number;
  loginRatePerMinute: number;
  loginRatePerAddressPerMinute: number;
  allowedOrigins: string[];
  trustProxy: boolean;
  secureCookies: 'auto' | 'always' | 'never';
  sweepIntervalMs: number;
  fieldKeys: string | undefined;
  auditKey: string | undefined;
  backupDir: string | undefined;
  backupIntervalMs: number;
  backupKeep: number;
  auditCheckpointFile: string;
  auditCheckpointMs: number;
  denialWindowMs: number;
  logDir: string | undefined;
  logRetentionDays: number;
  adminPassword: string | undefined;
  cjkFont: string | undefined;
  importMaxBytes: number;
  policySource: 'local' | 'core';
  coreUrl: string | undefined;
  coreToken: string | undefined;
  coreTimeoutMs: number;
};

export const loadSettings = (
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<Settings> = {},
): Settings => {
  const e = schema.parse(env);
  const settings: Settings = {
    port: e.CLAIMLINE_PORT,
    host: e.CLAIMLINE_HOST,
    dataDir: path.resolve(e.CLAIMLINE_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    appDatabaseUrl: e.CLAIMLINE_APP_DATABASE_URL,
    embeddedPgPort: e.CLAIMLINE_PG_PORT,
    demo: e.CLAIMLINE_DEMO,
    logLevel: e.CLAIMLINE_LOG_LEVEL,
    sessionIdleMs: e.CLAIMLINE_SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.CLAIMLINE_SESSION_ABSOLUTE_HOURS * 3_600_000,
    sessionCacheMs: e.CLAIMLINE_SESSION_CACHE_SECONDS * 1000,
    sessionFreshMs: e.CLAIMLINE_SESSION_FRESH_MS,
    intakeBatchMs: e.CLAIMLINE_INTAKE_BATCH_MS,
    intakeBatchMax: e.CLAIMLINE_INTAKE_BATCH_MAX,
    intakeLanes: e.CLAIMLINE_INTAKE_LANES,
    lockoutThreshold: e.CLAIMLINE_LOCKOUT_THRESHOLD,
    lockoutMs: e.CLAIMLINE_LOCKOUT_MINUTES * 60_000,
    loginRatePerMinute: e.CLAIMLINE_LOGIN_RATE_PER_MINUTE,
    loginRatePerAddressPerMinute: e.CLAIMLINE_LOGIN_RATE_PER_ADDRESS_PER_MINUTE,
    allowedOrigins: e.CLAIMLINE_ALLOWED_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
    trustProxy: e.CLAIMLINE_TRUST_PROXY,
    secureCookies: e.CLAIMLINE_SECURE_COOKIES,
    sweepIntervalMs: e.CLAIMLINE_SWEEP_SECONDS * 1000,
    fieldKeys: e.CLAIMLINE_FIELD_KEYS,
    auditKey: e.CLAIMLINE_AUDIT_KEY,
    backupDir: e.CLAIMLINE_BACKUP_DIR ? path.resolve(e.CLAIMLINE_BACKUP_DIR) : undefined,
    backupIntervalMs: Math.round(e.CLAIMLINE_BACKUP_HOURS * 3_600_000),
    backupKeep: e.CLAIMLINE_BACKUP_KEEP,
    // Beside the data directory in force (an override included) unless named: resolved below.
    auditCheckpointFile: '',
    auditCheckpointMs: e.CLAIMLINE_AUDIT_CHECKPOINT_SECONDS * 1000,
    denialWindowMs: Math.round(e.CLAIMLINE_DENIAL_WINDOW_SECONDS * 1000),
    logDir: e.CLAIMLINE_LOG_DIR ? path.resolve(e.CLAIMLINE_LOG_DIR) : undefined,
    logRetentionDays: e.CLAIMLINE_LOG_RETENTION_DAYS,
    adminPassword: e.CLAIMLINE_ADMIN_PASSWORD,
    cjkFont: e.CLAIMLINE_CJK_FONT,
    importMaxBytes: e.CLAIMLINE_IMPORT_MAX_MB * 1_048_576,
    policySource: e.CLAIMLINE_POLICY_SOURCE,
    coreUrl: e.CLAIMLINE_CORE_URL,
    coreToken: e.CLAIMLINE_CORE_TOKEN,
    coreTimeoutMs: e.CLAIMLINE_CORE_TIMEOUT_MS,
    ...overrides,
  };
  const named = overrides.auditCheckpointFile ?? e.CLAIMLINE_AUDIT_CHECKPOINT_FILE;
  return {
    ...settings,
    auditCheckpointFile: path.resolve(named ?? path.join(settings.dataDir, 'audit-checkpoints.jsonl')),
  };
};
