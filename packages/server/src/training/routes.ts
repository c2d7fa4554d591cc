import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import {
  attendanceBody,
  certificatesQuery,
  certificatesResponse,
  createPlanBody,
  createSessionBody,
  idParams,
  planResponse,
  plansResponse,
  sessionResponse,
  sessionsResponse,
} from './schema.ts';
import * as svc from './service.ts';

/** Training (issue #17 part 5, seed 002 §四): everyone reads; leads and above plan, schedule and record. */
export const trainingRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['training'];

  r.get(
    '/api/training/plans',
    {
      config: { access: 'training.read' },
      schema: { tags, summary: 'Yearly training plans of my scope', response: plansResponse },
    },
    async (request) => svc.listPlans(deps, ctxOf(request)),
  );
  r.post(
    '/api/training/plans',
    {
      config: { access: 'training.manage' },
      schema: {
        tags,
        summary: 'A yearly plan: goals, content, schedule (§四(一)1)',
        body: createPlanBody,
        response: planResponse,
      },
    },
    async (request, reply) => reply.code(201).send(await svc.createPlan(deps, ctxOf(request), request.body)),
  );
  r.get(
    '/api/training/sessions',
    {
      config: { access: 'training.read' },
      schema: { tags, summary: 'Training sessions with attendance', response: sessionsResponse },
    },
    async (request) => svc.listSessions(deps, ctxOf(request)),
  );
  r.post(
    '/api/training/sessions',
    {
      config: { access: 'training.manage' },
      schema: { tags, summary: 'Schedule a session', body: createSessionBody, response: sessionResponse },
    },
    async (request, reply) =>
      reply.code(201).send(await svc.createSession(deps, ctxOf(request), request.body)),
  );
  r.get(
    '/api/training/sessions/:id',
    {
      config: { access: 'training.read' },
      schema: { tags, summary: 'One session', params: idParams, response: sessionResponse },
    },
    async (request) => svc.getSession(deps, ctxOf(request), request.params.id),
  );
  r.put(
    '/api/training/sessions/:id/attendance',
    {
      config: { access: 'training.manage' },
      schema: {
        tags,
        summary: 'Record attendance and exam scores (§四(二)3); a pass issues the certificate',
        params: idParams,
        body: attendanceBody,
        response: sessionResponse,
      },
    },
    async (request) => svc.recordAttendance(deps, ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/training/certificates',
    {
      config: { access: 'training.read' },
      schema: {
        tags,
        summary: 'Certificates (mine, or my scope for leads); expiring soon flagged',
        querystring: certificatesQuery,
        response: certificatesResponse,
      },
    },
    async (request) => svc.listCertificates(deps, ctxOf(request), request.query.expiringSoon === 'true'),
  );
};
