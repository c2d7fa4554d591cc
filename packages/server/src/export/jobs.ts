import { randomUUID } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { type ExportRequest, runExport } from './run.ts';

export type ExportJob = {
  id: string;
  ownerId: string;
  list: string;
  format: ExportRequest['format'];
  fileName: string;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
  file: string;
  startedAt: Date;
};

/** A finished file is kept this long for its download, then deleted. */
const KEEP_MS = 30 * 60_000;

/**
 * Background exports: the file is written to a private temporary directory while the console polls the row
 * count, then downloaded once done. Jobs live in this process (the console polls the node that started it,
 * the session's node); a restart loses running jobs and the console says so.
 */
const jobs = new Map<string, ExportJob>();

export const findJob = (id: string, ownerId: string) => {
  const job = jobs.get(id);
  // Another person's job is as unknown as a missing one.
  return job && job.ownerId === ownerId ? job : undefined;
};

// Files of jobs not yet forgotten go with the process (their timers would never fire after it).
let cleanupOnExit = false;
const removeAllOnExit = () => {
  if (cleanupOnExit) return;
  cleanupOnExit = true;
  process.once('exit', () => {
    for (const j of jobs.values()) if (j.file) rmSync(dirname(j.file), { recursive: true, force: true });
  });
};

const forget = (job: ExportJob) =>
  setTimeout(() => {
    jobs.delete(job.id);
    void rm(dirname(job.file), { recursive: true, force: true });
  }, KEEP_MS).unref();

export const startJob = async (deps: Deps, ctx: RequestCtx, req: ExportRequest, fileName: string) => {
  // One running export per person: a 1 M-row export takes both cores' share for a while, and a second one
  // started by a double click or an impatient retry would only slow both.
  for (const j of jobs.values())
    if (j.ownerId === ctx.actor.id && j.state === 'running') throw new AppError('EXPORT_BUSY');
  // The job is registered before the first await, so two starts at once cannot both pass the check above.
  const job: ExportJob = {
    id: randomUUID(),
    ownerId: ctx.actor.id,
    list: req.list.name,
    format: req.format,
    fileName,
    state: 'running',
    done: 0,
    total: 0,
    file: '',
    startedAt: ctx.clock.now(),
  };
  jobs.set(job.id, job);
  removeAllOnExit();
  try {
    job.total = await req.list.count(deps, ctx, req.query);
    job.file = join(await mkdtemp(join(tmpdir(), 'export-')), `export.${req.format}`);
  } catch (err) {
    jobs.delete(job.id);
    throw err;
  }
  const out = createWriteStream(job.file);
  runExport(deps, ctx, req, out, (done) => {
    job.done = done;
  }).then(
    () => {
      job.state = 'done';
      // Rows added while the export ran are in the file; the bar ends full either way.
      job.total = job.done;
      forget(job);
    },
    () => {
      job.state = 'failed';
      forget(job);
    },
  );
  return job;
};
