import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadAuditKey } from '@claimline/server/audit/audit-key';
import { createBackup, pruneBackups } from '@claimline/server/backup/backup';
import { RestoreRefused, restoreBackup } from '@claimline/server/backup/restore';
import type { Settings } from '@claimline/server/config';
import { createDb, migrate } from '@claimline/server/db/database';
import { openEngine } from '@claimline/server/db/engine';

export const BACKUP_USAGE = `  claimline backup [--dir D] [--keep N]
                            a consistent backup of the running (or stopped) system into D (default
                            CLAIMLINE_BACKUP_DIR or ./backups), keeping the newest N; no keys inside
  claimline restore <backup-dir>
                            restore into an empty database (a new data directory or DATABASE_URL), then
                            check rows, content hashes and the audit chain; needs the source's keys`;

const option = (args: string[], name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

export const backupCommand = async (settings: Settings, args: string[]) => {
  const dir = path.resolve(option(args, '--dir') ?? settings.backupDir ?? 'backups');
  const keep = Number(option(args, '--keep') ?? settings.backupKeep);
  if (!Number.isInteger(keep) || keep < 1) {
    console.error('--keep must be a whole number of backups, 1 or more');
    return 2;
  }
  const engine = await openEngine(settings);
  try {
    const owner = createDb(engine.ownerUrl, 2);
    await migrate(owner).finally(() => owner.destroy());
    const { dir: written, manifest } = await createBackup(engine.ownerUrl, dir, new Date());
    const removed = await pruneBackups(dir, keep);
    const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
    console.log(`backup written: ${written}`);
    console.log(
      `  ${manifest.tables.length} tables, ${rows} rows, audit head ${manifest.audit.lastId ?? '-'}`,
    );
    console.log(`  keys are not in the backup; keep them apart. ${removed} older backup(s) removed.`);
    return 0;
  } finally {
    await engine.close();
  }
};

export const restoreCommand = async (settings: Settings, args: string[]) => {
  const source = args[0];
  if (!source || !existsSync(path.join(source, 'manifest.json'))) {
    console.error('give the directory of a backup (it holds manifest.json)');
    return 2;
  }
  const keyFile = path.join(settings.dataDir, 'audit-key');
  const key =
    settings.auditKey || existsSync(keyFile) ? loadAuditKey(settings.auditKey, settings.dataDir) : null;
  if (!key)
    console.warn(
      'no audit key (CLAIMLINE_AUDIT_KEY or audit-key in the data directory): the chain cannot be checked',
    );
  const engine = await openEngine(settings);
  try {
    const { report } = await restoreBackup(engine.ownerUrl, path.resolve(source), key);
    console.log(`restored ${report.tables} tables, ${report.rows} rows`);
    for (const m of report.mismatches)
      console.log(`  MISMATCH ${m.table}: expected ${m.expected.rows} rows, found ${m.found.rows}`);
    console.log(
      report.audit.ok && report.audit.headMatches
        ? '  audit chain intact and ends where the backup ended'
        : `  audit chain NOT verified (${report.audit.reason ?? 'head differs from the backup'})`,
    );
    return report.mismatches.length === 0 && report.audit.ok && report.audit.headMatches ? 0 : 1;
  } catch (err) {
    if (err instanceof RestoreRefused) {
      console.error(`restore refused: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    await engine.close();
  }
};
