import { openDeps, startClaimline } from '@claimline/server';
import { verifyAuditChain } from '@claimline/server/audit/audit';
import { currentAuditKey } from '@claimline/server/audit/audit-key';
import { readCheckpoints } from '@claimline/server/audit/checkpoints';
import { loadSettings } from '@claimline/server/config';
import { takeOverShutdownSignals } from '@claimline/server/db/embedded';
import { seedIfEmpty } from '@claimline/server/seed/seed';
import { BACKUP_USAGE, backupCommand, restoreCommand } from './backup.ts';
import { IMPORT_USAGE, importPoliciesCommand } from './import-policies.ts';
import { auditExportCommand, LOGS_USAGE, logsExportCommand } from './logs.ts';

const USAGE = `claimline — insurance customer-service and claims-service center

  claimline start           start the server (embedded PostgreSQL unless DATABASE_URL), migrate, seed if empty
  claimline migrate         apply database migrations
  claimline seed            seed an empty database (demo data when CLAIMLINE_DEMO=true)
  claimline audit verify    check the audit log's hash chain; exit 1 if it is broken
${BACKUP_USAGE}
${IMPORT_USAGE}
${LOGS_USAGE}
`;

const withDeps = async <T>(fn: (deps: Awaited<ReturnType<typeof openDeps>>['deps']) => Promise<T>) => {
  const { deps, close } = await openDeps(loadSettings());
  try {
    return await fn(deps);
  } finally {
    await close();
  }
};

const main = async (args: string[]) => {
  const [cmd, sub] = args;
  switch (cmd) {
    case 'start': {
      const server = await startClaimline({ logger: true });
      const settings = loadSettings();
      console.log(
        `claimline is running on http://localhost:${new URL(server.url).port} (demo: ${settings.demo})`,
      );
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      // This process owns the shutdown: the server stops in order (sweeper, the last audit checkpoint, the
      // backups, then the embedded engine), not the engine first under them.
      takeOverShutdownSignals();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return;
    }
    case 'migrate':
      await withDeps(async () => console.log('migrations applied'));
      return;
    case 'seed': {
      const result = await withDeps((deps) => seedIfEmpty(deps));
      console.log(
        result.seeded
          ? `seeded ${result.users} users and ${result.cases} cases`
          : 'database not empty; nothing seeded',
      );
      if (result.adminPassword)
        console.log(`initial admin password (change it at first login): ${result.adminPassword}`);
      return;
    }
    case 'audit':
      if (sub === 'verify') {
        const result = await withDeps(async (deps) => {
          const key = currentAuditKey();
          return verifyAuditChain(deps.db, {
            key,
            checkpoints: await readCheckpoints(deps.settings.auditCheckpointFile, key),
          });
        });
        const cp = result.checkpoints;
        const held = cp.latestId
          ? `; held against ${cp.count} checkpoints, the newest at entry ${cp.latestId} (${cp.latestAt})`
          : '; no checkpoint yet';
        console.log(
          result.ok
            ? `audit chain intact: ${result.checked} entries${held}`
            : `audit chain BROKEN (${result.reason}) at entry ${result.firstBrokenId ?? '-'} (after ${result.checked} good entries)${held}`,
        );
        process.exitCode = result.ok ? 0 : 1;
        return;
      }
      if (sub === 'export') {
        process.exitCode = await withDeps((deps) => auditExportCommand(deps.db, args.slice(2)));
        return;
      }
      break;
    case 'logs':
      if (sub === 'export') {
        process.exitCode = await logsExportCommand(loadSettings(), args.slice(2));
        return;
      }
      break;
    case 'backup':
      process.exitCode = await backupCommand(loadSettings(), args.slice(1));
      return;
    case 'restore':
      process.exitCode = await restoreCommand(loadSettings(), args.slice(1));
      return;
    case 'import':
      if (sub === 'policies') {
        process.exitCode = await withDeps((deps) => importPoliciesCommand(deps, args.slice(2)));
        return;
      }
      break;
    default:
      break;
  }
  console.log(USAGE);
  process.exitCode = cmd && cmd !== 'help' ? 2 : 0;
};

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
