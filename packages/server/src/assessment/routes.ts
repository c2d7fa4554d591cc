import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import {
  assessmentMoveBody,
  assessmentResponse,
  assessmentsResponse,
  idParams,
  listQuery,
  openAssessmentBody,
  saveTemplateBody,
  templateResponse,
  templatesResponse,
} from './schema.ts';
import * as svc from './service.ts';

/**
 * Assessments (issue #17 part 4, seed 002 §五). Reading and moving is open to whoever may see the assessment (the
 * agent it judges, leads over the branch) because the assessment machine decides who may make each move.
 */
export const assessmentRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['assessment'];

  r.get(
    '/api/assessments',
    {
      config: { access: 'assessment.read' },
      schema: {
        tags,
        summary: 'My assessments, or a queue (review, signOff, all) over my scope',
        querystring: listQuery,
        response: assessmentsResponse,
      },
    },
    async (request) => svc.listAssessments(deps, ctxOf(request), request.query.queue),
  );
  r.post(
    '/api/assessments',
    {
      config: { access: 'assessment.open' },
      schema: {
        tags,
        summary: "Open an agent's assessment for a month or quarter; KPI items scored",
        body: openAssessmentBody,
        response: assessmentResponse,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await svc.openAssessment(deps, ctxOf(request), request.body)),
  );
  r.get(
    '/api/assessments/:id',
    {
      config: { access: 'assessment.read' },
      schema: {
        tags,
        summary: 'One assessment with its scores, versions and my moves',
        params: idParams,
        response: assessmentResponse,
      },
    },
    async (request) => svc.getAssessment(deps, ctxOf(request), request.params.id),
  );
  r.post(
    '/api/assessments/:id/moves',
    {
      config: { access: 'assessment.read' },
      schema: {
        tags,
        summary: 'A move of the assessment machine',
        params: idParams,
        body: assessmentMoveBody,
        response: assessmentResponse,
      },
    },
    async (request) => svc.moveAssessment(deps, ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/assessment-templates',
    {
      config: { access: 'assessment.read' },
      schema: {
        tags,
        summary: "Current templates (head office's and my branch's)",
        response: templatesResponse,
      },
    },
    async (request) => svc.listTemplates(deps, ctxOf(request)),
  );
  r.post(
    '/api/assessment-templates',
    {
      config: { access: 'assessment.template' },
      schema: {
        tags,
        summary: 'Save a template or its next version',
        body: saveTemplateBody,
        response: templateResponse,
      },
    },
    async (request, reply) =>
      reply.code(201).send(await svc.saveTemplate(deps, ctxOf(request), request.body)),
  );
};
