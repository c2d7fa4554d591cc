import { randomUUID } from 'node:crypto';
import { POLICY_FIELD_LABELS } from '@claimline/domain/policies';
import { sql } from 'kysely';
import { appendAudit } from '../audit/audit.ts';
import type { Db } from '../db/database.ts';
import type { Deps } from '../http/context.ts';
import {
  type ImportCounts,
  ImportFileError,
  type ImportOptions,
  importPolicies,
  type PolicyFileFormat,
  type ReportEntry,
} from './import.ts';

/** Who runs an import, for the record and the audit trail: a console user, or the CLI acting as one. */
export type Importer = {
  actor: { id: string; displayName: string; scope: readonly string[] };
  requestId: string | null;
  ip: string | null;
};

export type ImportOutcome = {
  status: 'done' | 'failed';
  counts: ImportCounts;
  report: ReportEntry[];
  reportTruncated: boolean;
};

/** Records a new import as running, with its audit row in the same transaction. */
export const openImport = (deps: Deps, who: Importer, file: { fileName: string; format: PolicyFileFormat }) =>
  deps.db.transaction().execute(async (tx) => {
    const id = randomUUID();
    const now = deps.clock.now();
    await tx
      .insertInto('policy_imports')
      .values({
        id,
        actor_id: who.actor.id,
        file_name: file.fileName,
        format: file.format,
        status: 'running',
        errors: '[]',
        started_at: now,
      })
      .execute();
    await appendAudit(tx, {
      at: now,
      actor: who.actor,
      action: 'policy.import.start',
      objectType: 'policy_import',
      objectId: id,
      result: 'success',
      requestId: who.requestId,
      ip: who.ip,
      details: { fileName: file.fileName, format: file.format },
    });
    return id;
  });

const progressOf = (c: ImportCounts) => ({
  total_rows: c.totalEstimate,
  processed_rows: c.processed,
  inserted: c.inserted,
  updated: c.updated,
  rejected: c.rejected,
});

/**
 * Runs an opened import to its end: progress on the import row after every batch (so any node can answer a
 * poll), then the outcome, the report and the audit row together. A file that cannot be read ends as failed.
 */
export const runImport = async (
  deps: Deps,
  importId: string,
  who: Importer,
  opts: Omit<ImportOptions, 'scope'>,
): Promise<ImportOutcome> => {
  let outcome: ImportOutcome;
  try {
    const r = await importPolicies(deps, {
      ...opts,
      scope: who.actor.scope,
      onProgress: async (c) => {
        await deps.db.updateTable('policy_imports').set(progressOf(c)).where('id', '=', importId).execute();
        await opts.onProgress?.(c);
      },
    });
    outcome = { status: 'done', ...r };
  } catch (err) {
    const report = err instanceof ImportFileError ? err.entries : [];
    const counts = { processed: 0, totalEstimate: 0, inserted: 0, updated: 0, rejected: 0, warnings: 0 };
    const stored = await deps.db
      .selectFrom('policy_imports')
      .select(['processed_rows', 'inserted', 'updated', 'rejected'])
      .where('id', '=', importId)
      .executeTakeFirst();
    outcome = {
      status: 'failed',
      counts: {
        ...counts,
        processed: stored?.processed_rows ?? 0,
        inserted: stored?.inserted ?? 0,
        updated: stored?.updated ?? 0,
        rejected: stored?.rejected ?? 0,
      },
      report,
      reportTruncated: false,
    };
    if (!(err instanceof ImportFileError)) {
      await finish(deps, importId, who, outcome, String(err instanceof Error ? err.message : err));
      throw err;
    }
  }
  await finish(deps, importId, who, outcome);
  return outcome;
};

const finish = (deps: Deps, importId: string, who: Importer, o: ImportOutcome, failure?: string) =>
  deps.db.transaction().execute(async (tx) => {
    const now = deps.clock.now();
    await tx
      .updateTable('policy_imports')
      .set({
        ...progressOf({ ...o.counts, totalEstimate: Math.max(o.counts.totalEstimate, o.counts.processed) }),
        status: o.status,
        errors: JSON.stringify(o.report),
        finished_at: now,
      })
      .where('id', '=', importId)
      .execute();
    await appendAudit(tx, {
      at: now,
      actor: who.actor,
      action: 'policy.import',
      objectType: 'policy_import',
      objectId: importId,
      result: o.status === 'done' ? 'success' : 'failure',
      requestId: who.requestId,
      ip: who.ip,
      details: {
        inserted: o.counts.inserted,
        updated: o.counts.updated,
        rejected: o.counts.rejected,
        warnings: o.counts.warnings,
        ...(failure ? { failure: failure.slice(0, 200) } : {}),
      },
    });
  });

// ---- reading imports back ----

const importColumns = [
  'policy_imports.id',
  'policy_imports.file_name',
  'policy_imports.format',
  'policy_imports.status',
  'policy_imports.total_rows',
  'policy_imports.processed_rows',
  'policy_imports.inserted',
  'policy_imports.updated',
  'policy_imports.rejected',
  'policy_imports.started_at',
  'policy_imports.finished_at',
  'users.display_name as actor_name',
  sql<number>`jsonb_array_length(policy_imports.errors)`.as('report_size'),
  sql<number>`(SELECT count(*)::int FROM jsonb_array_elements(policy_imports.errors) e WHERE e->>'severity' = 'warning')`.as(
    'warnings',
  ),
] as const;

/** Imports are seen by whoever may import for the importer's branch: the importer's branch in the caller's scope. */
const scoped = (db: Db, scope: readonly string[]) =>
  db
    .selectFrom('policy_imports')
    .innerJoin('users', 'users.id', 'policy_imports.actor_id')
    .where('users.branch_id', 'in', [...scope]);

export const listImports = (db: Db, scope: readonly string[], limit: number) =>
  scoped(db, scope).select(importColumns).orderBy('policy_imports.started_at', 'desc').limit(limit).execute();

export const getImport = (db: Db, scope: readonly string[], id: string, reportRows: number) =>
  scoped(db, scope)
    .select([
      ...importColumns,
      sql<
        ReportEntry[]
      >`jsonb_path_query_array(policy_imports.errors, ${`$[0 to ${reportRows - 1}]`}::jsonpath)`.as('report'),
    ])
    .where('policy_imports.id', '=', id)
    .executeTakeFirst();

export const getImportReport = (db: Db, scope: readonly string[], id: string) =>
  scoped(db, scope)
    .select(['policy_imports.status', sql<ReportEntry[]>`policy_imports.errors`.as('report')])
    .where('policy_imports.id', '=', id)
    .executeTakeFirst();

/** A cell a spreadsheet will not run as a formula (a rejected row's policy number is whatever the file held). */
const csvCell = (v: string | number | null) => {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** The report as CSV with a BOM, so that Excel opens the Chinese text as UTF-8. */
export const reportCsv = (report: readonly ReportEntry[], lang: 'zh' | 'en') => {
  const head =
    lang === 'zh'
      ? ['行号', '保单号', '字段', '级别', '代码', '原因']
      : ['row', 'policyNo', 'field', 'severity', 'code', 'reason'];
  const severity = (s: ReportEntry['severity']) => (lang === 'zh' ? (s === 'error' ? '错误' : '提示') : s);
  const lines = [head.join(',')];
  for (const e of report) {
    const field = e.field ? POLICY_FIELD_LABELS[e.field][lang] : '';
    lines.push(
      [e.row, e.policyNo, field, severity(e.severity), e.code, lang === 'zh' ? e.zh : e.en]
        .map(csvCell)
        .join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
};
