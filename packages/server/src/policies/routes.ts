import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import { AppError, preferredLanguage } from '../errors.ts';
import type { Deps } from '../http/context.ts';
import { countLines } from './csv.ts';
import { formatOfName, looksLikeXlsx } from './file-import.ts';
import {
  getImport,
  getImportReport,
  listImports,
  openImport,
  reportCsv,
  runImport,
} from './import-record.ts';
import {
  importDetailResponse,
  importIdParams,
  importListResponse,
  importReportCsvResponse,
  importStartedResponse,
  listQuery,
  reportQuery,
  uploadQuery,
} from './schema.ts';

// The console shows this many report lines; the CSV download has them all.
const REPORT_ROWS_SHOWN = 200;

type ImportRow = NonNullable<Awaited<ReturnType<typeof getImport>>>;
const view = (r: Omit<ImportRow, 'report'>) => ({
  id: r.id,
  fileName: r.file_name,
  format: r.format,
  status: r.status,
  totalRows: r.total_rows,
  processedRows: r.processed_rows,
  inserted: r.inserted,
  updated: r.updated,
  rejected: r.rejected,
  warnings: Number(r.warnings),
  reportSize: Number(r.report_size),
  actorName: r.actor_name,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});

/**
 * Policy imports (issue #4): upload a CSV or .xlsx, the import runs in the background on this node, and any node
 * answers progress from the import row. Only branch admins and head office (policy.import) import, and only into
 * their own branch subtree.
 */
export const policyImportsRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['policies'];
  const config = { access: 'policy.import' as const };
  const running = new Set<Promise<unknown>>();
  // Closing waits for imports under way: each batch is whole, but the outcome and audit row must be written.
  app.addHook('onClose', async () => {
    await Promise.allSettled([...running]);
  });
  await app.register(multipart, { limits: { fileSize: deps.settings.importMaxBytes, files: 1, fields: 0 } });

  r.post(
    '/api/policy-imports',
    {
      config,
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        querystring: uploadQuery,
        response: importStartedResponse,
        summary:
          'Upload a policy file (multipart field "file": .csv UTF-8/GB18030 or .xlsx); 202 with the import id, runs in the background',
      },
    },
    async (request, reply) => {
      const ctx = requestCtx(deps, request);
      if (!request.isMultipart()) throw new AppError('POLICY_IMPORT_NO_FILE');
      const part = await request.file().catch(() => undefined);
      if (!part) throw new AppError('POLICY_IMPORT_NO_FILE');
      const format = formatOfName(part.filename);
      let buf: Buffer;
      try {
        buf = await part.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw new AppError('POLICY_IMPORT_TOO_LARGE', { maxBytes: deps.settings.importMaxBytes });
        throw new AppError('MALFORMED_REQUEST');
      }
      if (!format || (format === 'xlsx') !== looksLikeXlsx(buf))
        throw new AppError('POLICY_IMPORT_FILE_TYPE');
      if (buf.length === 0) throw new AppError('POLICY_IMPORT_NO_FILE');
      const who = { actor: ctx.actor, requestId: ctx.requestId, ip: ctx.ip };
      // A browser on Windows may send the whole path, with backslashes.
      const fileName = (part.filename.split(/[\\/]/).pop() ?? 'policies').slice(-200);
      const id = await openImport(deps, who, { fileName, format });
      const job = runImport(deps, id, who, {
        format,
        // 64 KB chunks, so progress moves while a large in-memory file is read.
        input: Readable.from(chunks(buf, 65_536)),
        sizeBytes: buf.length,
        ...(format === 'csv' ? { totalRowsHint: Math.max(0, countLines(buf) - 1) } : {}),
        ...(request.query.branchDefault ? { defaultBranch: request.query.branchDefault } : {}),
      })
        .catch((err: unknown) => request.log.error({ err, importId: id }, 'policy import failed'))
        .finally(() => running.delete(job));
      running.add(job);
      return reply.status(202).send({ id });
    },
  );

  r.get(
    '/api/policy-imports',
    {
      config,
      schema: {
        tags,
        querystring: listQuery,
        response: importListResponse,
        summary: 'Recent policy imports in the caller’s subtree',
      },
    },
    async (request) => {
      const ctx = requestCtx(deps, request);
      const rows = await listImports(deps.db, ctx.actor.scope, request.query.limit);
      return { items: rows.map(view) };
    },
  );

  r.get(
    '/api/policy-imports/:id',
    {
      config,
      schema: {
        tags,
        params: importIdParams,
        response: importDetailResponse,
        summary: `Progress and outcome of an import, with the first ${REPORT_ROWS_SHOWN} report lines (row, field, reason)`,
      },
    },
    async (request) => {
      const ctx = requestCtx(deps, request);
      const row = await getImport(deps.db, ctx.actor.scope, request.params.id, REPORT_ROWS_SHOWN);
      if (!row) throw new AppError('POLICY_IMPORT_NOT_FOUND');
      return { ...view(row), report: row.report };
    },
  );

  r.get(
    '/api/policy-imports/:id/report.csv',
    {
      config,
      schema: {
        tags,
        params: importIdParams,
        querystring: reportQuery,
        response: importReportCsvResponse,
        summary: 'The whole per-row report of a finished import as CSV (UTF-8 with BOM)',
      },
    },
    async (request, reply) => {
      const ctx = requestCtx(deps, request);
      const row = await getImportReport(deps.db, ctx.actor.scope, request.params.id);
      if (!row) throw new AppError('POLICY_IMPORT_NOT_FOUND');
      if (row.status === 'running') throw new AppError('POLICY_IMPORT_RUNNING');
      const lang = request.query.lang ?? preferredLanguage(request.headers['accept-language']);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="policy-import-${request.params.id}.csv"`)
        .send(reportCsv(row.report, lang));
    },
  );
};

function* chunks(buf: Buffer, size: number) {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}
