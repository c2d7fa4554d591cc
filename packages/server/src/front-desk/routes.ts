import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import { createExplanation, listExplanations, updateExplanation } from './library.ts';
import {
  explanationBody,
  explanationCreatedResponse,
  explanationListResponse,
  explanationResponse,
  explanationUpdateBody,
  queueResponse,
  registerVisitBody,
  visitCreatedResponse,
  visitIdParams,
  visitListQuery,
  visitListResponse,
  visitMoveBody,
  visitResponse,
} from './schema.ts';
import { getVisit, listVisits, moveVisit, registerVisit, visitQueue } from './service.ts';

/** 前台接待 (issue #15 part 1, seed 004 §二): the walk-in counter's queue, visits and explanation library. */
export const frontDeskRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['front-desk'];
  r.get(
    '/api/front-desk/queue',
    {
      config: { access: 'visit.work' },
      schema: {
        tags,
        response: queueResponse,
        summary: 'Waiting visitors in call order, and those being served',
      },
    },
    (request) => visitQueue(deps, ctxOf(request)),
  );
  r.get(
    '/api/front-desk/visits',
    {
      config: { access: 'visit.work' },
      schema: {
        tags,
        querystring: visitListQuery,
        response: visitListResponse,
        summary: 'Visits of a day with the time of each stage',
      },
    },
    (request) => listVisits(deps, ctxOf(request), request.query.day),
  );
  r.post(
    '/api/front-desk/visits',
    {
      config: { access: 'visit.work' },
      schema: {
        tags,
        body: registerVisitBody,
        response: visitCreatedResponse,
        summary: 'Register a walk-in: issue a ticket',
      },
    },
    async (request, reply) => reply.status(201).send(await registerVisit(deps, ctxOf(request), request.body)),
  );
  r.get(
    '/api/front-desk/visits/:id',
    {
      config: { access: 'visit.work' },
      schema: {
        tags,
        params: visitIdParams,
        response: visitResponse,
        summary: 'A visit with its stages and moves',
      },
    },
    (request) => getVisit(deps, ctxOf(request), request.params.id),
  );
  r.post(
    '/api/front-desk/visits/:id/moves',
    {
      config: { access: 'visit.work' },
      schema: {
        tags,
        params: visitIdParams,
        body: visitMoveBody,
        response: visitResponse,
        summary: 'Finish the current stage with what it records and go to the next',
      },
    },
    (request) => moveVisit(deps, ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/front-desk/explanations',
    {
      config: { access: 'visit.work' },
      schema: { tags, response: explanationListResponse, summary: 'The explanation library of my branch' },
    },
    (request) => listExplanations(deps, ctxOf(request)),
  );
  r.post(
    '/api/front-desk/explanations',
    {
      config: { access: 'visit.library' },
      schema: {
        tags,
        body: explanationBody,
        response: explanationCreatedResponse,
        summary: 'Add an explanation text',
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createExplanation(deps, ctxOf(request), request.body)),
  );
  r.put(
    '/api/front-desk/explanations/:id',
    {
      config: { access: 'visit.library' },
      schema: {
        tags,
        params: z.object({ id: z.uuid() }),
        body: explanationUpdateBody,
        response: explanationResponse,
        summary: 'Edit an explanation text (version-checked)',
      },
    },
    (request) => updateExplanation(deps, ctxOf(request), request.params.id, request.body),
  );
};
