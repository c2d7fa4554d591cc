import { createReadStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import { AppError, preferredLanguage } from '../errors.ts';
import type { Deps } from '../http/context.ts';
import type { AnyExportList } from './declare.ts';
import { type ExportJob, findJob, startJob } from './jobs.ts';
import { EXPORT_LISTS } from './registry.ts';
import { type ExportRequest, runExport } from './run.ts';
import { exportFileResponse, exportJobParams, exportJobResponse, exportOptions } from './schema.ts';
import { CONTENT_TYPES } from './writers.ts';

type Query = Record<string, unknown> & { format: ExportRequest['format']; lang?: 'zh' | 'en' | undefined };

/** '服务案件-20261207-1442.xlsx' in Beijing time; the ASCII fallback is for old clients. */
const fileNameOf = (list: AnyExportList, lang: 'zh' | 'en', format: string, now: Date) => {
  const stamp = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace(/[-:]/g, '');
  return `${list.title[lang]}-${stamp.replace('T', '-')}.${format}`;
};

const sendFile = (reply: FastifyReply, fileName: string, format: ExportRequest['format']) =>
  reply
    .type(CONTENT_TYPES[format])
    .header('cache-control', 'no-store')
    .header(
      'content-disposition',
      `attachment; filename="export.${format}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    );

const jobView = (j: ExportJob) => ({
  id: j.id,
  list: j.list,
  format: j.format,
  state: j.state,
  done: j.done,
  total: j.total,
  fileName: j.fileName,
});

export const exportRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['exports'];

  const requestOf = (list: AnyExportList, request: FastifyRequest): ExportRequest => {
    const { format, lang, ...query } = request.query as Query;
    return { list, query, format, lang: lang ?? preferredLanguage(request.headers['accept-language']) };
  };

  for (const list of EXPORT_LISTS) {
    const querystring = list.query.extend(exportOptions);
    r.get(
      `/api/exports/${list.name}`,
      {
        config: { access: list.access },
        schema: {
          tags,
          querystring,
          response: exportFileResponse,
          summary: `Export ${list.title.en} with the list's filters, streamed (Excel or CSV)`,
        },
      },
      async (request, reply) => {
        const ctx = requestCtx(deps, request);
        const req = requestOf(list, request);
        await list.check?.(deps, ctx, req.query);
        const out = new PassThrough();
        // The export writes while the client reads; an abandoned download ends it (and audits it as a failure).
        runExport(deps, ctx, req, out).catch((err: unknown) =>
          request.log.warn({ err }, 'export ended early'),
        );
        return sendFile(reply, fileNameOf(list, req.lang, req.format, ctx.clock.now()), req.format).send(out);
      },
    );

    r.post(
      `/api/exports/${list.name}/jobs`,
      {
        config: { access: list.access },
        schema: {
          tags,
          querystring,
          response: exportJobResponse,
          summary: `Start a background export of ${list.title.en} (for big results); poll it, then download`,
        },
      },
      async (request) => {
        const ctx = requestCtx(deps, request);
        const req = requestOf(list, request);
        await list.check?.(deps, ctx, req.query);
        return jobView(
          await startJob(deps, ctx, req, fileNameOf(list, req.lang, req.format, ctx.clock.now())),
        );
      },
    );
  }

  r.get(
    '/api/export-jobs/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        params: exportJobParams,
        response: exportJobResponse,
        summary: 'Progress of an export',
      },
    },
    (request) => {
      const job = findJob(request.params.id, requestCtx(deps, request).actor.id);
      if (!job) throw new AppError('EXPORT_JOB_NOT_FOUND');
      return jobView(job);
    },
  );

  r.get(
    '/api/export-jobs/:id/file',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        params: exportJobParams,
        response: exportFileResponse,
        summary: 'Download a finished export (only its starter may)',
      },
    },
    async (request, reply) => {
      const job = findJob(request.params.id, requestCtx(deps, request).actor.id);
      if (!job) throw new AppError('EXPORT_JOB_NOT_FOUND');
      if (job.state === 'failed') throw new AppError('EXPORT_FAILED');
      if (job.state !== 'done') throw new AppError('EXPORT_NOT_READY');
      return sendFile(reply, job.fileName, job.format).send(createReadStream(job.file));
    },
  );
};
