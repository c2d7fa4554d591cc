import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import { installFraudHooks } from './hooks.ts';
import { addProvider, listProviders } from './providers.ts';
import {
  addProviderBody,
  caseIdParams,
  evidenceBody,
  investigationIdParams,
  investigationMoveBody,
  investigationResponse,
  providerKindQuery,
  providerResponse,
  providersResponse,
  queueQuery,
  queueResponse,
  saveSettingsBody,
  scoreResponse,
  settingsResponse,
} from './schema.ts';
import { addEvidence, caseScore, fraudQueue, investigationDetail, moveInvestigation } from './service.ts';
import { getFraudSettings, saveFraudSettings } from './settings-service.ts';

/** Anti-fraud (issue #22): the claim's score, the investigation queue and file, the signal settings. */
export const fraudRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  installFraudHooks();
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['fraud'];
  r.get(
    '/api/fraud/cases/:caseId/score',
    {
      config: { access: 'fraud.investigate' },
      schema: {
        tags,
        params: caseIdParams,
        response: scoreResponse,
        summary: "A claim's fraud score and reasons",
      },
    },
    (request) => caseScore(deps, ctxOf(request), request.params.caseId),
  );
  r.get(
    '/api/fraud/investigations',
    {
      config: { access: 'fraud.investigate' },
      schema: { tags, querystring: queueQuery, response: queueResponse, summary: 'The investigation queue' },
    },
    (request) => fraudQueue(deps, ctxOf(request), request.query.state),
  );
  r.get(
    '/api/fraud/investigations/:id',
    {
      config: { access: 'fraud.investigate' },
      schema: {
        tags,
        params: investigationIdParams,
        response: investigationResponse,
        summary: 'An investigation file (each look audited)',
      },
    },
    (request) => investigationDetail(deps, ctxOf(request), request.params.id),
  );
  r.post(
    '/api/fraud/investigations/:id/moves',
    {
      config: { access: 'fraud.investigate' },
      schema: {
        tags,
        params: investigationIdParams,
        body: investigationMoveBody,
        response: investigationResponse,
        summary: 'Assign, interview, conclude, approve or send back',
      },
    },
    (request) => moveInvestigation(deps, ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/fraud/investigations/:id/evidence',
    {
      config: { access: 'fraud.investigate' },
      schema: {
        tags,
        params: investigationIdParams,
        body: evidenceBody,
        response: investigationResponse,
        summary: 'Add evidence (a note, a document reference)',
      },
    },
    (request) => addEvidence(deps, ctxOf(request), request.params.id, request.body),
  );
  r.get(
    '/api/fraud/settings',
    {
      config: { access: 'fraud.manage' },
      schema: { tags, response: settingsResponse, summary: 'Signal settings with each signal’s precision' },
    },
    (request) => getFraudSettings(deps, ctxOf(request)),
  );
  r.put(
    '/api/fraud/settings',
    {
      config: { access: 'fraud.manage' },
      schema: {
        tags,
        body: saveSettingsBody,
        response: settingsResponse,
        summary: 'Save the signal settings as a new version (head office; who and why)',
      },
    },
    (request) => saveFraudSettings(deps, ctxOf(request), request.body),
  );
  r.get(
    '/api/fraud/providers',
    {
      // Whoever registers a claim report picks from the list.
      config: { access: 'case.create' },
      schema: {
        tags,
        querystring: providerKindQuery,
        response: providersResponse,
        summary: 'The head-office list of repair shops or hospitals',
      },
    },
    (request) => listProviders(deps.db, request.query.kind),
  );
  r.post(
    '/api/fraud/providers',
    {
      config: { access: 'fraud.manage' },
      schema: {
        tags,
        body: addProviderBody,
        response: providerResponse,
        summary: 'Add a repair shop or hospital to the list (head office)',
      },
    },
    async (request, reply) => reply.code(201).send(await addProvider(deps, ctxOf(request), request.body)),
  );
};
