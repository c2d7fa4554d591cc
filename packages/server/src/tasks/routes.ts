import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import { loadPlan, planBody, planQuery, planResponse, savePlan } from './plans.ts';
import {
  assignBody,
  assignTeamBody,
  taskCreatedResponse,
  taskIdParams,
  taskListQuery,
  taskListResponse,
  taskMoveBody,
  taskResponse,
  teamTaskCreatedResponse,
} from './schema.ts';
import { assignTask, assignTeamTask, moveTask, myTasks } from './service.ts';

/** Ad-hoc tasks (issue #20 part 4): leads give them, agents do them, the checker confirms. */
export const taskRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['tasks'];
  r.get(
    '/api/tasks',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        querystring: taskListQuery,
        response: taskListResponse,
        summary: 'My tasks (mine) or the tasks I gave (given)',
      },
    },
    (request) => myTasks(deps, ctxOf(request), request.query.box),
  );
  r.post(
    '/api/tasks',
    // Team leads and above hand out tasks (seed 002 §二(二)).
    {
      config: { access: 'case.supervise' },
      schema: {
        tags,
        body: assignBody,
        response: taskCreatedResponse,
        summary: 'Give a task: what, by when (working days), who checks',
      },
    },
    async (request, reply) => reply.status(201).send(await assignTask(deps, ctxOf(request), request.body)),
  );
  r.post(
    '/api/tasks/team',
    {
      config: { access: 'case.supervise' },
      schema: {
        tags,
        body: assignTeamBody,
        response: teamTaskCreatedResponse,
        summary: 'Give the same task to every active agent of a team, each on their own clock',
      },
    },
    async (request, reply) =>
      reply.status(201).send(await assignTeamTask(deps, ctxOf(request), request.body)),
  );
  r.post(
    '/api/tasks/:id/moves',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        params: taskIdParams,
        body: taskMoveBody,
        response: taskResponse,
        summary: 'Mark done, confirm, send back or cancel',
      },
    },
    (request) => moveTask(deps, ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/plans',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        querystring: planQuery,
        response: planResponse,
        summary: "A branch's plan for a month: KPI targets",
      },
    },
    (request) => loadPlan(deps, ctxOf(request), request.query),
  );
  r.put(
    '/api/plans',
    {
      config: { access: 'case.supervise' },
      schema: {
        tags,
        body: planBody,
        response: planResponse,
        summary: "Set a branch's plan for a month (version-checked)",
      },
    },
    (request) => savePlan(deps, ctxOf(request), request.body),
  );
};
