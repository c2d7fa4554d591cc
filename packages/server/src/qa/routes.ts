import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import { agentQaResponse, daysQuery, trendResponse } from './schema.ts';
import { agentList, trend } from './service.ts';

export const qaRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['qa'];

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
