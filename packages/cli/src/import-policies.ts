import { parseArgs } from 'node:util';
import type { Deps } from '@claimline/server';
import { ImporterError, importPolicyFile } from '@claimline/server/policies/file-import';
import cliProgress from 'cli-progress';

export const IMPORT_USAGE = `  claimline import policies FILE [--branch-default CODE] [--user USERNAME]
                            import policies from CSV (UTF-8 or GB18030) or .xlsx, upserting by policy number;
                            rows without a branch take CODE; recorded as USERNAME (default: the head-office user);
                            the per-row report is written to FILE.report.csv`;

const IMPORTER_MESSAGES: Record<ImporterError['reason'], string> = {
  userUnknown: 'no such active user (pass --user USERNAME of a user with the policy.import permission)',
  userAmbiguous: 'several head-office users: pass --user USERNAME',
  userNotAllowed: 'this user may not import policies (needs the policy.import permission)',
};

/** `claimline import policies FILE`: the console's import with a progress bar on the terminal. */
export const importPoliciesCommand = async (deps: Deps, args: string[]) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'branch-default': { type: 'string' }, user: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) {
    console.error(IMPORT_USAGE);
    return 2;
  }
  const bar = new cliProgress.SingleBar(
    {
      format: 'policies [{bar}] {percentage}% | {value}/{total} rows | rejected {rejected}',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  try {
    const result = await importPolicyFile(deps, {
      file,
      ...(values.user ? { username: values.user } : {}),
      ...(values['branch-default'] ? { defaultBranch: values['branch-default'] } : {}),
      onStart: (total) => bar.start(total, 0, { rejected: 0 }),
      onProgress: (c) => {
        bar.setTotal(Math.max(c.totalEstimate, c.processed));
        bar.update(c.processed, { rejected: c.rejected });
      },
    });
    bar.update(result.counts.processed);
    bar.stop();
    const c = result.counts;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `${result.status === 'done' ? 'import done' : 'import FAILED'} in ${seconds} s: ${c.processed} rows, ` +
        `${c.inserted} inserted, ${c.updated} updated, ${c.rejected} rejected, ${c.warnings} warnings`,
    );
    for (const e of result.report.slice(0, 10))
      console.log(`  row ${e.row} ${e.field ?? ''} ${e.code}: ${e.zh}`);
    if (result.report.length > 10) console.log(`  … ${result.report.length - 10} more`);
    if (result.reportFile) console.log(`report: ${result.reportFile}`);
    return result.status === 'done' ? 0 : 1;
  } catch (err) {
    bar.stop();
    if (err instanceof ImporterError) {
      console.error(IMPORTER_MESSAGES[err.reason]);
      return 2;
    }
    throw err;
  }
};
