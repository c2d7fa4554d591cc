import { KPI_DEFINITIONS, KPI_IDS } from '@claimline/domain/kpis';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import { drillRows } from './drill.ts';
import { agentHome, branchesHome, branchHome, teamHome } from './home.ts';
import * as s from './schema.ts';
import { kpiReport, kpiTrend } from './service.ts';

export const kpisRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['kpis'];
  const own = { access: 'kpi.read' as const };
  const team = { access: 'kpi.team' as const };

  r.get(
    '/api/kpis/definitions',
    {
      config: own,
      schema: {
        tags,
        response: s.definitionsResponse,
        summary: 'Every KPI: formula, records read, seed reference',
      },
    },
    () => ({
      items: KPI_IDS.map((id) => {
        const { label, unit, higherIsBetter, formula, reads, source } = KPI_DEFINITIONS[id];
        return { id, label, unit, higherIsBetter, formula, reads, source };
      }),
    }),
  );

  r.get(
    '/api/kpis',
    {
      config: own,
      schema: {
        tags,
        querystring: s.reportQuery,
        response: s.reportResponse,
        summary: 'Every KPI of an agent, team or branch for a period',
      },
    },
    (request) => kpiReport(deps, ctxOf(request), request.query),
  );

  r.get(
    '/api/kpis/trend',
    {
      config: own,
      schema: {
        tags,
        querystring: s.trendQuery,
        response: s.trendResponse,
        summary: 'KPIs over the last periods',
      },
    },
    async (request) => ({ items: await kpiTrend(deps, ctxOf(request), request.query) }),
  );

  r.get(
    '/api/kpis/rows',
    {
      config: own,
      schema: {
        tags,
        querystring: s.drillQuery,
        response: s.drillResponse,
        summary: 'The rows behind a chart (drill-down)',
      },
    },
    (request) => drillRows(deps, ctxOf(request), request.query),
  );

  r.get(
    '/api/home/agent',
    { config: own, schema: { tags, response: s.agentHomeResponse, summary: 'Agent home page: my day' } },
    (request) => agentHome(deps, ctxOf(request)),
  );
  r.get(
    '/api/home/team',
    {
      config: team,
      schema: { tags, response: s.teamHomeResponse, summary: 'Team lead home page: the team today' },
    },
    (request) => teamHome(deps, ctxOf(request)),
  );
  r.get(
    '/api/home/branch',
    {
      config: team,
      schema: { tags, response: s.branchHomeResponse, summary: 'Manager home page: the branch' },
    },
    (request) => branchHome(deps, ctxOf(request)),
  );
  r.get(
    '/api/home/branches',
    {
      config: team,
      schema: {
        tags,
        response: s.branchesHomeResponse,
        summary: 'Head office home page: branches side by side',
      },
    },
    (request) => branchesHome(deps, ctxOf(request)),
  );
};
