import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import { auditGrantReads, sharedCaseReach } from '../data-sharing/case-reads.ts';
import { AppError } from '../errors.ts';
import type { Deps } from '../http/context.ts';
import { fastAnswerSerializer } from '../http/fast-answers.ts';
import { transferCase } from './handover.ts';
import { casePage } from './list-page.ts';
import * as repo from './repository.ts';
import { revealCaseField } from './reveal.ts';
import {
  type CaseDetailAnswer,
  caseCreatedResponse,
  caseDetailResponse,
  caseEventBody,
  caseIdParams,
  casesListResponse,
  createCaseBody,
  idempotencyHeaders,
  listCasesQuery,
  noteBody,
  revealBody,
  revealResponse,
  transferActionBody,
  transferBody,
} from './schema.ts';
import { addNote, applyCaseEvent, createCase, getCase, type KindRecordWriters } from './service.ts';
import { casePageItem, phoneSearchIndex } from './views.ts';

/** `kindRecords`: what the desks write beside a case of their kind made on the general form (app wiring). */
export const casesRoutes =
  (deps: Deps, kindRecords: KindRecordWriters = {}) =>
  async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
    const tags = ['cases'];

    r.get(
      '/api/cases',
      {
        config: { access: 'case.read' },
        schema: {
          tags,
          querystring: listCasesQuery,
          response: casesListResponse,
          summary: 'List cases in the branch subtree of the caller (filters, paging, sort)',
        },
        // The console's busiest read: its answer is written by fast-json-stringify (http/fast-answers.ts).
        serializerCompiler: fastAnswerSerializer(),
      },
      async (request) => {
        const ctx = ctxOf(request);
        const q = request.query;
        const phone = phoneSearchIndex(deps, q.q);
        // One statement per page, the reader's grants inside it (list-page.ts).
        const page = await casePage(deps.db, ctx.actor.scope, ctx.actor.id, q, phone, ctx.clock.now());
        // A row outside the reader's own subtree was read under a grant: audited before the answer leaves (#18).
        // Only then are the grants read again, to name the one each such row was read under.
        if (page.items.some((i) => !i.branch_path.startsWith(ctx.actor.branchPath))) {
          const { grants } = await sharedCaseReach(deps.db, ctx);
          await auditGrantReads(
            deps.db,
            ctx,
            grants,
            page.items.map((i) => ({ id: i.id, kind: i.kind, branchPath: i.branch_path })),
            'caseList',
          );
        }
        const total =
          q.count === 'true'
            ? await repo.countCases(
                deps.db,
                ctx.actor.scope,
                ctx.actor.id,
                q,
                phone,
                (await sharedCaseReach(deps.db, ctx)).reach,
              )
            : undefined;
        return {
          items: page.items.map(casePageItem),
          ...(total === undefined ? {} : { total }),
          page: q.page,
          pageSize: q.pageSize,
          more: page.more,
          next: page.next,
        };
      },
    );

    r.post(
      '/api/cases',
      {
        config: { access: 'case.create' },
        schema: {
          tags,
          body: createCaseBody,
          headers: idempotencyHeaders,
          response: caseCreatedResponse,
          summary: 'Create a case; requires Idempotency-Key',
        },
      },
      async (request, reply) => {
        const key = request.headers['idempotency-key'];
        if (!key) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
        const result = await createCase(
          deps,
          ctxOf(request),
          request.body,
          key,
          kindRecords[request.body.kind],
        );
        if (result.replayed) reply.header('idempotent-replayed', 'true');
        return reply.status(result.status).send(result.body as CaseDetailAnswer);
      },
    );

    r.get(
      '/api/cases/:id',
      {
        config: { access: 'case.read' },
        schema: {
          tags,
          params: caseIdParams,
          response: caseDetailResponse,
          summary: 'Case detail with timeline and the actions the caller may take',
        },
      },
      (request) => getCase(deps, ctxOf(request), request.params.id),
    );

    r.post(
      '/api/cases/:id/events',
      {
        config: { access: 'case.work' },
        schema: {
          tags,
          params: caseIdParams,
          body: caseEventBody,
          response: caseDetailResponse,
          summary: 'Apply a transition (answer, start, resolve, close, reopen); carries the version',
        },
      },
      (request) => applyCaseEvent(deps, ctxOf(request), request.params.id, request.body),
    );

    r.post(
      '/api/cases/:id/notes',
      {
        config: { access: 'case.work' },
        schema: {
          tags,
          params: caseIdParams,
          body: noteBody,
          response: caseDetailResponse,
          summary: 'Add a note to the timeline',
        },
      },
      (request) =>
        addNote(deps, ctxOf(request), request.params.id, request.body.note, request.body.overrideReason),
    );

    r.post(
      '/api/cases/:id/transfer',
      {
        config: { access: 'case.transfer' },
        schema: {
          tags,
          params: caseIdParams,
          body: transferBody,
          response: caseDetailResponse,
          summary: 'Ask a colleague to take over the case (they must accept)',
        },
      },
      (request) => transferCase(deps, ctxOf(request), request.params.id, 'request', request.body),
    );
    for (const action of ['accept', 'decline', 'cancel'] as const) {
      r.post(
        `/api/cases/:id/transfer/${action}`,
        {
          config: { access: 'case.transfer' },
          schema: {
            tags,
            params: caseIdParams,
            body: transferActionBody,
            response: caseDetailResponse,
            summary: `${action} a pending hand-over`,
          },
        },
        (request) => transferCase(deps, ctxOf(request), request.params.id, action, request.body),
      );
    }

    r.post(
      '/api/cases/:id/reveal',
      {
        config: { access: 'personal.reveal' },
        schema: {
          tags,
          params: caseIdParams,
          body: revealBody,
          response: revealResponse,
          summary: 'Reveal a masked personal field; needs a reason, audited before the value is returned',
        },
      },
      (request) => revealCaseField(deps, ctxOf(request), request.params.id, request.body),
    );
  };
