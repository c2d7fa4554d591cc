import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import { staffingForecast } from './forecast-service.ts';
import { myShifts } from './plan-service.ts';
import {
  decideLeave,
  decideSwap,
  listLeave,
  listSwaps,
  requestLeave,
  requestSwap,
} from './requests-service.ts';
import * as out from './response-schema.ts';
import * as s from './schema.ts';

/**
 * The duty routes the front line uses most (issue #16; seed 000 第二条): the forecast, my shifts, leave with a
 * named replacement and swaps, and the manager's decisions on them. Kept apart from routes.ts (setup and plan).
 */
export const dutyRequestRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['duty'];
  const plan = { config: { access: 'duty.plan' as const } };
  const read = { config: { access: 'duty.read' as const } };

  r.get(
    '/api/duty/forecast',
    {
      ...read,
      schema: {
        tags,
        querystring: s.forecastQuery,
        response: out.forecastResponse,
        summary: 'Needed vs staffed agents per 30-minute interval',
      },
    },
    (q) => staffingForecast(deps, ctx(q), q.query),
  );
  r.get(
    '/api/duty/my-shifts',
    {
      ...read,
      schema: { tags, response: out.myShiftsResponse, summary: 'My shifts in published plans from today' },
    },
    (q) => myShifts(deps, ctx(q)),
  );

  r.get(
    '/api/duty/leave',
    {
      ...read,
      schema: {
        tags,
        response: out.leaveListResponse,
        summary: 'Leave requests (mine, or the branch’s for the planner)',
      },
    },
    (q) => listLeave(deps, ctx(q)),
  );
  r.post(
    '/api/duty/leave',
    {
      ...read,
      schema: {
        tags,
        body: s.leaveBody,
        response: out.leaveResponse,
        summary: 'Ask for leave with a named replacement',
      },
    },
    async (q, reply) => reply.status(201).send(await requestLeave(deps, ctx(q), q.body)),
  );
  r.post(
    '/api/duty/leave/:id/decision',
    {
      ...plan,
      schema: {
        tags,
        params: s.idParams,
        body: s.decisionBody,
        response: out.leaveDecisionResponse,
        summary: 'Approve or refuse leave; the replacement takes the shifts',
      },
    },
    (q) => decideLeave(deps, ctx(q), q.params.id, q.body),
  );
  r.get(
    '/api/duty/swaps',
    { ...read, schema: { tags, response: out.swapListResponse, summary: 'Swap requests' } },
    (q) => listSwaps(deps, ctx(q)),
  );
  r.post(
    '/api/duty/swaps',
    {
      ...read,
      schema: {
        tags,
        body: s.swapBody,
        response: out.swapResponse,
        summary: 'Ask to hand one of my shifts to a colleague',
      },
    },
    async (q, reply) => reply.status(201).send(await requestSwap(deps, ctx(q), q.body)),
  );
  r.post(
    '/api/duty/swaps/:id/decision',
    {
      ...plan,
      schema: {
        tags,
        params: s.idParams,
        body: s.decisionBody,
        response: out.swapDecisionResponse,
        summary: 'Approve or refuse a swap',
      },
    },
    (q) => decideSwap(deps, ctx(q), q.params.id, q.body),
  );
};
