import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import { callDetailResponse } from '../calls/response-schema.ts';
import { callIdParams, reviewBody } from '../calls/schema.ts';
import { callDetail } from '../calls/service.ts';
import type { Deps } from '../http/context.ts';
import { agentQaResponse, daysQuery, trendResponse } from './schema.ts';
import { agentList, reviewCall, trend } from './service.ts';

export const qaRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['qa'];

  r.post(
    '/api/calls/:id/review',
    {
      config: { access: 'qa.review' },
      schema: {
        tags,
        params: callIdParams,
        body: reviewBody,
        response: callDetailResponse,
        summary: 'Manual QA review: override scorecard items with a comment',
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await reviewCall(deps, ctx, request.params.id, request.body);
      return callDetail(deps, ctx, request.params.id);
    },
  );

  r.get(
    '/api/qa/agents',
    {
      config: { access: 'qa.review' },
      schema: {
        tags,
        querystring: daysQuery,
        response: agentQaResponse,
        summary: 'Per-agent QA list for the caller’s branch subtree',
      },
    },
    (request) => agentList(deps, ctxOf(request), request.query.days),
  );

  r.get(
    '/api/qa/trend',
    {
      config: { access: 'qa.review' },
      schema: {
        tags,
        querystring: daysQuery,
        response: trendResponse,
        summary: 'Daily mean QA score (Beijing days), one agent or the whole scope',
      },
    },
    (request) => trend(deps, ctxOf(request), request.query.days, request.query.agentId),
  );
};
