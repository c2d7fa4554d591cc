import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import { reviewCall } from '../qa/service.ts';
import { applyCti } from './cti.ts';
import { callDetailResponse, callListResponse, ctiEventResponse } from './response-schema.ts';
import {
  callIdParams,
  ctiEventBody,
  linkCaseBody,
  listCallsQuery,
  reviewBody,
  silentLogBody,
  simulateBody,
  transcriptBody,
} from './schema.ts';
import { callDetail, linkCase, listCalls } from './service.ts';
import { simulateCall } from './simulator.ts';
import { logSilentProtocol, saveTranscript } from './transcripts.ts';

export const callsRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['calls'];

  r.post(
    '/api/cti/events',
    {
      config: { access: 'cti.feed' },
      schema: {
        tags,
        body: ctiEventBody,
        response: ctiEventResponse,
        summary: 'CTI event from a PBX (ringing, answered, ended); idempotent by callId and event',
      },
    },
    async (request, reply) => {
      const result = await applyCti(deps, ctxOf(request), request.body);
      if (result.duplicate) reply.header('idempotent-replayed', 'true');
      return { id: result.id, duplicate: result.duplicate };
    },
  );

  r.post(
    '/api/calls/simulate',
    {
      config: { access: 'call.work' },
      schema: {
        tags,
        body: simulateBody,
        response: callDetailResponse,
        summary: 'Demo only: simulate a call to the caller (CTI events and a transcript)',
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const id = await simulateCall(deps, ctx, request.body.scenario, request.body.withTranscript);
      return callDetail(deps, ctx, id);
    },
  );

  r.get(
    '/api/calls',
    {
      config: { access: 'call.read' },
      schema: {
        tags,
        querystring: listCallsQuery,
        response: callListResponse,
        summary: 'Calls of the caller’s branch subtree, newest first',
      },
    },
    (request) => listCalls(deps, ctxOf(request), request.query),
  );

  r.get(
    '/api/calls/:id',
    {
      config: { access: 'call.read' },
      schema: {
        tags,
        params: callIdParams,
        response: callDetailResponse,
        summary: 'Call with events, linked cases, transcript (masked) and QA scorecard',
      },
    },
    (request) => callDetail(deps, ctxOf(request), request.params.id),
  );

  r.post(
    '/api/calls/:id/cases',
    {
      config: { access: 'call.work' },
      schema: {
        tags,
        params: callIdParams,
        body: linkCaseBody,
        response: callDetailResponse,
        summary: 'Link a case to the call',
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await linkCase(deps, ctx, request.params.id, request.body.caseId);
      return callDetail(deps, ctx, request.params.id);
    },
  );

  r.post(
    '/api/calls/:id/silent-protocol',
    {
      config: { access: 'call.work' },
      schema: {
        tags,
        params: callIdParams,
        body: silentLogBody,
        response: callDetailResponse,
        summary: 'Log the silent-call protocol as the agent ran it',
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const call = await logSilentProtocol(deps, ctx, request.params.id, request.body);
      // A simulated call has no PBX to report the hang-up: the protocol's hang-up ends it.
      if (call.simulated && call.state !== 'ended' && request.body.hungUpAtMs !== null && call.answered_at) {
        const at = new Date(call.answered_at.getTime() + request.body.hungUpAtMs);
        await applyCti(
          deps,
          ctx,
          {
            callId: call.call_id,
            event: 'ended',
            at: at.toISOString(),
            direction: call.direction,
            hungUpBy: 'agent',
          },
          true,
        );
      }
      return callDetail(deps, ctx, request.params.id);
    },
  );

  r.put(
    '/api/calls/:id/transcript',
    {
      config: { access: 'call.work' },
      schema: {
        tags,
        params: callIdParams,
        body: transcriptBody,
        response: callDetailResponse,
        summary:
          'Add a transcript version (turns or the text format): the CTI account, or a QA reviewer with a reason; never the call’s own agent (TRANSCRIPT_OWN_CALL). Scores the call on it',
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await saveTranscript(deps, ctx, request.params.id, request.body);
      return callDetail(deps, ctx, request.params.id);
    },
  );

  // The manual QA review answers with the call it changed, so it lives beside the call detail.
  r.post(
    '/api/calls/:id/review',
    {
      config: { access: 'qa.review' },
      schema: {
        tags: ['qa'],
        params: callIdParams,
        body: reviewBody,
        response: callDetailResponse,
        summary: 'Manual QA review: override scorecard items with a comment',
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await reviewCall(deps, ctx, request.params.id, request.body);
      return callDetail(deps, ctx, request.params.id);
    },
  );
};
