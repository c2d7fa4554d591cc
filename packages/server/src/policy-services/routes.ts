import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestCtx } from '../auth/hook.ts';
import { idempotencyHeaders } from '../cases/schema.ts';
import { pdfResponse } from '../claim-applications/response-schema.ts';
import { AppError } from '../errors.ts';
import type { Deps } from '../http/context.ts';
import { getDocumentSettings, saveDocumentSettings } from './documents.ts';
import { applicationFormPdf, revealChange } from './form-pdf.ts';
import { lookUpServicePolicy } from './lookup.ts';
import { registerEndorsement, registerSurrender } from './register.ts';
import {
  changeRevealResponse,
  documentSettingsResponse,
  type ServiceDetailAnswer,
  serviceCreatedResponse,
  serviceDetailResponse,
  serviceLookupResponse,
} from './response-schema.ts';
import {
  registerEndorsementBody,
  registerSurrenderBody,
  revealChangeBody,
  saveDocumentsBody,
  serviceEventBody,
  serviceIdParams,
} from './schema.ts';
import { buildServiceDetail } from './views.ts';
import { applyServiceEvent } from './workflow.ts';

const tags = ['surrenders and endorsements'];

/** Surrenders (退保) and endorsements (批改), seed 003 第五条、第六条 (issue 15). */
export const policyServicesRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const created = async (
    reply: FastifyReply,
    result: { status: number; body: unknown; replayed: boolean },
  ) => {
    if (result.replayed) reply.header('idempotent-replayed', 'true');
    return reply.status(result.status).send(result.body as ServiceDetailAnswer);
  };
  const keyOf = (headers: { 'idempotency-key'?: string | undefined }) => {
    const key = headers['idempotency-key'];
    if (!key) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
    return key;
  };

  r.get(
    '/api/policy-services/policy',
    {
      config: { access: 'case.create' },
      schema: {
        tags,
        querystring: z.object({ policyNo: z.string().trim().min(1).max(40) }),
        response: serviceLookupResponse,
        summary:
          'Look up a policy by number (masked) with the documents to bring for a surrender or endorsement',
      },
    },
    (request) => lookUpServicePolicy(deps, ctxOf(request), request.query.policyNo),
  );

  r.post(
    '/api/surrenders',
    {
      config: { access: 'case.create' },
      schema: {
        tags,
        body: registerSurrenderBody,
        headers: idempotencyHeaders,
        response: serviceCreatedResponse,
        summary: 'Take a surrender request (policy, reason code and note); requires Idempotency-Key',
      },
    },
    async (request, reply) =>
      created(reply, await registerSurrender(deps, ctxOf(request), request.body, keyOf(request.headers))),
  );

  r.post(
    '/api/endorsements',
    {
      config: { access: 'case.create' },
      schema: {
        tags,
        body: registerEndorsementBody,
        headers: idempotencyHeaders,
        response: serviceCreatedResponse,
        summary:
          'Take an endorsement request (the change as structured fields; a beneficiary change needs the policyholder’s ID); requires Idempotency-Key',
      },
    },
    async (request, reply) =>
      created(reply, await registerEndorsement(deps, ctxOf(request), request.body, keyOf(request.headers))),
  );

  r.get(
    '/api/policy-services/documents',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        response: documentSettingsResponse,
        summary: 'The documents to bring, per kind and product',
      },
    },
    (request) => getDocumentSettings(deps, ctxOf(request)),
  );

  r.put(
    '/api/policy-services/documents',
    {
      config: { access: 'claimRules.manage' },
      schema: {
        tags,
        body: saveDocumentsBody,
        response: documentSettingsResponse,
        summary: 'Save the document lists as a new version (head office only)',
      },
    },
    (request) => saveDocumentSettings(deps, ctxOf(request), request.body),
  );

  r.get(
    '/api/policy-services/:id',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        params: serviceIdParams,
        response: serviceDetailResponse,
        summary: 'A surrender or endorsement',
      },
    },
    (request) => buildServiceDetail(deps, deps.db, ctxOf(request), request.params.id),
  );

  r.post(
    '/api/policy-services/:id/events',
    {
      config: { access: 'case.work' },
      schema: {
        tags,
        params: serviceIdParams,
        body: serviceEventBody,
        response: serviceDetailResponse,
        summary: 'Apply a move of the surrender or endorsement table; carries the case version',
      },
    },
    (request) => applyServiceEvent(deps, ctxOf(request), request.params.id, request.body),
  );

  r.get(
    '/api/policy-services/:id/form.pdf',
    {
      // The customer's full names (and the change) are on it: printing it is a reveal, audited.
      config: { access: 'personal.reveal' },
      schema: {
        tags,
        params: serviceIdParams,
        response: pdfResponse('The pre-filled application form (PDF)'),
        summary: '退保申请书 / 批改申请书, pre-filled for the customer to sign (PDF, Chinese)',
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await applicationFormPdf(deps, ctxOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  r.post(
    '/api/policy-services/:id/reveal',
    {
      config: { access: 'personal.reveal' },
      schema: {
        tags,
        params: serviceIdParams,
        body: revealChangeBody,
        response: changeRevealResponse,
        summary:
          'Reveal the endorsement’s change in full; needs a reason, audited before the value is returned',
      },
    },
    (request) => revealChange(deps, ctxOf(request), request.params.id, request.body.reason),
  );
};
