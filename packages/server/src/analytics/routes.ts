import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import * as s from './schema.ts';
import { serviceDashboard, serviceRows } from './service.ts';

/** Service analytics (服务优化, issue 22 part 6): the dashboard's figures and the rows behind a bar. */
export const analyticsRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['analytics'];
  const config = { access: 'analytics.read' as const };

  r.get(
    '/api/analytics/service',
    {
      config,
      schema: {
        tags,
        querystring: s.filterQuery,
        response: s.dashboardResponse,
        summary: 'Stage cycle times, waiting files, refusal grounds and complaints per product',
      },
    },
    (request) => serviceDashboard(deps, ctxOf(request), request.query),
  );

  r.get(
    '/api/analytics/service/rows',
    {
      config,
      schema: {
        tags,
        querystring: s.drillQuery,
        response: s.drillResponse,
        summary: 'The rows behind one bar',
      },
    },
    (request) => serviceRows(deps, ctxOf(request), request.query),
  );
};
