import { PassThrough, type Readable } from 'node:stream';
import { toLocalDay } from '@claimline/domain/identity';
import {
  fieldOfHeader,
  POLICY_FIELD_LABELS,
  POLICY_ROW_ERRORS,
  type PolicyField,
  type PolicyRowContext,
  type PolicyRowErrorCode,
  parseFields,
  REQUIRED_COLUMNS,
} from '@claimline/domain/policies';
import type { Deps } from '../http/context.ts';
import { type FileRecord, readCsv } from './csv.ts';
import { upsertPolicies } from './repository.ts';
import { type SealedPolicy, sealPolicy } from './seal.ts';
import { readXlsx } from './xlsx.ts';

export type PolicyFileFormat = 'csv' | 'xlsx';

/** One line of the import report: a refused row (error) or a row that another one replaced (warning). */
export type ReportEntry = {
  row: number;
  policyNo: string | null;
  field: PolicyField | null;
  code: PolicyRowErrorCode;
  severity: 'error' | 'warning';
  zh: string;
  en: string;
};

export type ImportCounts = {
  processed: number;
  /** Rows expected in all; exact for a CSV without quoted line breaks, estimated from bytes for .xlsx. */
  totalEstimate: number;
  inserted: number;
  updated: number;
  rejected: number;
  warnings: number;
};

export type ImportOptions = {
  format: PolicyFileFormat;
  input: Readable;
  sizeBytes: number;
  totalRowsHint?: number;
  /** Branch ids the importer may write: the importer's subtree. */
  scope: readonly string[];
  defaultBranch?: string;
  onProgress?: (counts: ImportCounts) => void | Promise<void>;
  batchSize?: number;
  reportLimit?: number;
};

export type ImportResult = { counts: ImportCounts; report: ReportEntry[]; reportTruncated: boolean };

// One INSERT … ON CONFLICT per 1,000 rows: 29 columns × 1,000 parameters stay below PostgreSQL's limit of 65,535.
export const IMPORT_BATCH_SIZE = 1_000;
// More refused rows than this means the wrong file; counts stay exact, the report lists the first ones.
export const IMPORT_REPORT_LIMIT = 50_000;

const entry = (
  row: number,
  policyNo: string | null,
  field: PolicyField | null,
  code: PolicyRowErrorCode,
  detail = '',
  severity: 'error' | 'warning' = 'error',
): ReportEntry => ({ row, policyNo, field, code, severity, ...POLICY_ROW_ERRORS[code](detail) });

/** A file-level refusal: the import stops before any row is written, with this report. */
export class ImportFileError extends Error {
  constructor(readonly entries: ReportEntry[]) {
    super(entries.map((e) => e.code).join(','));
    this.name = 'ImportFileError';
  }
}

const records = (format: PolicyFileFormat, input: Readable) =>
  format === 'csv' ? readCsv(input) : readXlsx(input);

/**
 * Reads a policy file and upserts its valid rows by policy number in batches. Every row is validated whole
 * before it is sealed, and each batch is one statement, so a refused row is never half-written and never stops
 * the others. A policy number repeated in the file: the last row wins and the earlier one is reported.
 * While the database writes one batch, the next one is parsed and sealed.
 */
export const importPolicies = async (deps: Deps, opts: ImportOptions): Promise<ImportResult> => {
  const branches = await deps.db.selectFrom('branches').select(['id', 'code']).execute();
  const idOfCode = new Map(branches.map((b) => [b.code, b.id]));
  const inScope = new Set(opts.scope);
  const ctx: PolicyRowContext = {
    knownBranches: new Set(idOfCode.keys()),
    allowedBranches: new Set(branches.filter((b) => inScope.has(b.id)).map((b) => b.code)),
    today: toLocalDay(deps.clock.now()),
    ...(opts.defaultBranch ? { defaultBranch: opts.defaultBranch.toUpperCase() } : {}),
  };
  const now = deps.clock.now();
  const batchSize = opts.batchSize ?? IMPORT_BATCH_SIZE;
  const reportLimit = opts.reportLimit ?? IMPORT_REPORT_LIMIT;
  const counts: ImportCounts = {
    processed: 0,
    totalEstimate: opts.totalRowsHint ?? 0,
    inserted: 0,
    updated: 0,
    rejected: 0,
    warnings: 0,
  };
  const report: ReportEntry[] = [];
  let reportTruncated = false;
  const note = (e: ReportEntry) => {
    if (report.length < reportLimit) report.push(e);
    else reportTruncated = true;
  };

  let bytesRead = 0;
  const counter = new PassThrough();
  counter.on('data', (chunk: Buffer) => {
    bytesRead += chunk.length;
  });
  opts.input.on('error', (err) => counter.destroy(err));
  opts.input.pipe(counter);

  // Latest accepted row of each policy number in the file, to report and not double-count repeats.
  const latestRow = new Map<string, number>();
  let batch = new Map<string, { row: number; sealed: SealedPolicy }>();
  let rewrites = new Set<string>();
  let writing: Promise<void> = Promise.resolve();
  // A failed write (database down) ends the import as itself, not as an unreadable file.
  let writeError: unknown;

  const write = async (rows: { row: number; sealed: SealedPolicy }[], repeated: Set<string>) => {
    try {
      const r = await upsertPolicies(
        deps.db,
        rows.map((x) => x.sealed),
      );
      counts.inserted += r.inserted;
      // A repeat of a row an earlier batch of this file wrote is neither new nor an update of the insurer's data.
      counts.updated += r.updated - repeated.size;
    } catch {
      // One row the database refuses must not take its batch with it: store the batch row by row.
      for (const x of rows) {
        try {
          const r = await upsertPolicies(deps.db, [x.sealed]);
          counts.inserted += r.inserted;
          counts.updated += repeated.has(x.sealed.policy_no) ? 0 : r.updated;
        } catch {
          counts.rejected += 1;
          note(entry(x.row, x.sealed.policy_no, null, 'ROW_NOT_STORED'));
        }
      }
    }
    if (opts.totalRowsHint === undefined && bytesRead > 0)
      counts.totalEstimate = Math.max(
        counts.processed,
        Math.round((counts.processed * opts.sizeBytes) / bytesRead),
      );
    await opts.onProgress?.({ ...counts });
  };
  const flush = async () => {
    const rows = [...batch.values()];
    const repeated = rewrites;
    batch = new Map();
    rewrites = new Set();
    await writing;
    if (writeError) throw writeError;
    writing = write(rows, repeated).catch((err: unknown) => {
      writeError = err;
    });
  };

  let header: (PolicyField | undefined)[] | undefined;
  let lastRow = 0;
  try {
    for await (const rec of records(opts.format, counter) as AsyncIterable<FileRecord>) {
      lastRow = rec.row;
      if (!header) {
        header = rec.cells.map(fieldOfHeader);
        const required = ctx.defaultBranch ? REQUIRED_COLUMNS : [...REQUIRED_COLUMNS, 'branchCode' as const];
        const missing = required.filter((f) => !header?.includes(f));
        if (missing.length > 0)
          throw new ImportFileError(
            missing.map((f) =>
              entry(
                rec.row,
                null,
                f,
                'COLUMN_MISSING',
                `${POLICY_FIELD_LABELS[f].zh}/${POLICY_FIELD_LABELS[f].en}`,
              ),
            ),
          );
        continue;
      }
      counts.processed += 1;
      const fields: Partial<Record<PolicyField, string>> = {};
      for (let i = 0; i < header.length; i++) {
        const f = header[i];
        if (f) fields[f] = rec.cells[i] ?? '';
      }
      const parsed = parseFields(fields, ctx);
      if (!parsed.ok) {
        counts.rejected += 1;
        for (const e of parsed.errors)
          note({ row: rec.row, policyNo: parsed.policyNo, severity: 'error', ...e });
        continue;
      }
      const p = parsed.record;
      const earlier = latestRow.get(p.policyNo);
      if (earlier !== undefined) {
        counts.warnings += 1;
        note(entry(earlier, p.policyNo, 'policyNo', 'DUPLICATE_POLICY_NO', String(rec.row), 'warning'));
        if (!batch.has(p.policyNo)) rewrites.add(p.policyNo);
      }
      latestRow.set(p.policyNo, rec.row);
      const branchId = idOfCode.get(p.branchCode) as string;
      batch.set(p.policyNo, { row: rec.row, sealed: sealPolicy(deps.crypto, p, branchId, 'import', now) });
      if (batch.size >= batchSize) await flush();
    }
  } catch (err) {
    await writing;
    if (err instanceof ImportFileError || err === writeError) throw err;
    throw new ImportFileError([entry(lastRow + 1, null, null, 'FILE_UNREADABLE')]);
  }
  if (!header) throw new ImportFileError([entry(1, null, null, 'FILE_EMPTY')]);
  await flush();
  await writing;
  if (writeError) throw writeError;
  counts.totalEstimate = counts.processed;
  report.sort((a, b) => a.row - b.row);
  return { counts, report, reportTruncated };
};
