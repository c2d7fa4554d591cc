import { createReadStream } from 'node:fs';
import { open, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { can, type Role } from '@claimline/domain/access';
import type { Deps } from '../http/context.ts';
import { countNewlines } from './csv.ts';
import type { ImportCounts, PolicyFileFormat } from './import.ts';
import { type Importer, type ImportOutcome, openImport, reportCsv, runImport } from './import-record.ts';

/** .xlsx files are ZIP archives: they start with "PK\x03\x04" whatever their name says. */
export const looksLikeXlsx = (head: Uint8Array) =>
  head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

/** The format a file name announces, or undefined for anything but .csv and .xlsx. */
export const formatOfName = (name: string): PolicyFileFormat | undefined => {
  const ext = path.extname(name).toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.xlsx' ? 'xlsx' : undefined;
};

export class ImporterError extends Error {
  constructor(readonly reason: 'userUnknown' | 'userNotAllowed' | 'userAmbiguous') {
    super(reason);
  }
}

/**
 * The person an operator's command-line import is recorded under: a named active user with policy.import,
 * or, when none is named, the only active head-office user. Their branch subtree limits what the file may write.
 */
export const importerFor = async (deps: Deps, username?: string): Promise<Importer> => {
  const users = await deps.db
    .selectFrom('users')
    .innerJoin('branches', 'branches.id', 'users.branch_id')
    .select(['users.id', 'users.display_name', 'users.role', 'branches.path'])
    .where('users.active', '=', true)
    .$if(username !== undefined, (q) => q.where('users.username', '=', username as string))
    .$if(username === undefined, (q) => q.where('users.role', '=', 'headOffice'))
    .execute();
  if (users.length === 0) throw new ImporterError('userUnknown');
  if (users.length > 1) throw new ImporterError('userAmbiguous');
  const u = users[0]!;
  if (!can(u.role as Role, 'policy.import')) throw new ImporterError('userNotAllowed');
  const scope = await deps.db
    .selectFrom('branches')
    .select('id')
    .where('path', 'like', `${u.path}%`)
    .execute();
  return {
    actor: { id: u.id, displayName: u.display_name, scope: scope.map((b) => b.id) },
    requestId: null,
    ip: null,
  };
};

const readHead = async (file: string) => {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(4);
    await fh.read(buf, 0, 4, 0);
    return buf;
  } finally {
    await fh.close();
  }
};

/** Lines of a CSV file, counted while streaming it once (no whole-file buffer). */
const countFileLines = async (file: string) => {
  let n = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    n += countNewlines(chunk);
    last = chunk[chunk.length - 1] ?? last;
  }
  return last === 0x0a ? n : n + 1;
};

/**
 * `claimline import policies FILE`: streams the file through the same import as the console, records it, and
 * writes the report next to the file (`<file>.report.csv`) when there is anything to report.
 */
export const importPolicyFile = async (
  deps: Deps,
  opts: {
    file: string;
    username?: string;
    defaultBranch?: string;
    onStart?: (totalRows: number) => void;
    onProgress?: (c: ImportCounts) => void;
  },
): Promise<ImportOutcome & { importId: string; reportFile: string | null }> => {
  const size = (await stat(opts.file)).size;
  const format: PolicyFileFormat = looksLikeXlsx(await readHead(opts.file)) ? 'xlsx' : 'csv';
  const who = await importerFor(deps, opts.username);
  // Minus the header line; an .xlsx is estimated from the bytes read as it goes.
  const totalRowsHint = format === 'csv' ? Math.max(0, (await countFileLines(opts.file)) - 1) : undefined;
  opts.onStart?.(totalRowsHint ?? 0);
  const importId = await openImport(deps, who, { fileName: path.basename(opts.file), format });
  const outcome = await runImport(deps, importId, who, {
    format,
    input: createReadStream(opts.file),
    sizeBytes: size,
    ...(totalRowsHint !== undefined ? { totalRowsHint } : {}),
    ...(opts.defaultBranch ? { defaultBranch: opts.defaultBranch } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  let reportFile: string | null = null;
  if (outcome.report.length > 0) {
    reportFile = `${opts.file}.report.csv`;
    await writeFile(reportFile, reportCsv(outcome.report, 'zh'));
  }
  return { ...outcome, importId, reportFile };
};
