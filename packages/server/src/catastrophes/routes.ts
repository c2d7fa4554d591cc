import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import { AppError } from '../errors.ts';
import type { Deps } from '../http/context.ts';
import {
  catastropheCreatedResponse,
  catastropheIdParams,
  catastropheMoveBody,
  catastropheReportCreatedResponse,
  catastropheReportResponse,
  catastropheReportsResponse,
  catastropheResponse,
  catastrophesResponse,
  completeReportBody,
  declareBody,
  quickReportBody,
} from './schema.ts';
import {
  catastrophesInForce,
  completeReport,
  declareCatastrophe,
  getCatastrophe,
  listCatastrophes,
  listReports,
  moveCatastrophe,
  quickReport,
} from './service.ts';

/** Typhoon mode (issue #19 part 5): catastrophe events, their shortened reports and the board's groups. */
export const catastropheRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['catastrophes'];
  r.get(
    '/api/catastrophes',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        summary: 'Catastrophe events reaching your region, with report counts',
        response: catastrophesResponse,
      },
    },
    (request) => listCatastrophes(deps, ctxOf(request)),
  );
  r.get(
    '/api/catastrophes/in-force',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        summary: 'Catastrophe events in force at your branch (banner, shortened form)',
        response: catastrophesResponse,
      },
    },
    (request) => catastrophesInForce(deps, ctxOf(request)),
  );
  r.post(
    '/api/catastrophes',
    {
      config: { access: 'catastrophe.manage' },
      schema: {
        tags,
        summary: 'Declare a catastrophe event (head office)',
        body: declareBody,
        response: catastropheCreatedResponse,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await declareCatastrophe(deps, ctxOf(request), request.body)),
  );
  r.get(
    '/api/catastrophes/:id',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        summary: 'One catastrophe event',
        params: catastropheIdParams,
        response: catastropheResponse,
      },
    },
    (request) => getCatastrophe(deps, ctxOf(request), request.params.id),
  );
  r.post(
    '/api/catastrophes/:id/events',
    {
      config: { access: 'catastrophe.manage' },
      schema: {
        tags,
        summary: 'Activate, close or cancel a catastrophe event',
        params: catastropheIdParams,
        body: catastropheMoveBody,
        response: catastropheResponse,
      },
    },
    (request) => moveCatastrophe(deps, ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/catastrophes/:id/reports',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        summary: "The event's reports in your branches, people at risk first",
        params: catastropheIdParams,
        response: catastropheReportsResponse,
      },
    },
    (request) => listReports(deps, ctxOf(request), request.params.id),
  );
  r.post(
    '/api/catastrophes/:id/reports',
    {
      config: { access: 'case.create' },
      schema: {
        tags,
        summary: 'Register a report on the shortened form (event in force at your branch; Idempotency-Key)',
        params: catastropheIdParams,
        body: quickReportBody,
        response: catastropheReportCreatedResponse,
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (typeof key !== 'string' || !key) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
      const result = await quickReport(deps, ctxOf(request), request.params.id, request.body, key);
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(result.status).send(result.body as never);
    },
  );
  r.post(
    '/api/catastrophes/:id/reports/complete',
    {
      config: { access: 'case.work' },
      schema: {
        tags,
        summary: 'Mark a shortened report completed by the full claim report that took the rest',
        params: catastropheIdParams,
        body: completeReportBody,
        response: catastropheReportResponse,
      },
    },
    (request) => completeReport(deps, ctxOf(request), request.params.id, request.body),
  );
};
