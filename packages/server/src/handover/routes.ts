import { beijingDayOf } from '@claimline/domain/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import { findAgentByNo } from '../call-records/repository.ts';
import { AppError } from '../errors.ts';
import type { Deps } from '../http/context.ts';
import { listFaults, reportFault, updateFault } from './faults.ts';
import { planHandovers, scheduleFromPlan } from './from-plan.ts';
import { recordHook } from './hook.ts';
import { myPresence, presenceWall, setPresence } from './presence.ts';
import { handoverRegisterPdf } from './register-pdf.ts';
import {
  faultCreatedResponse,
  faultListResponse,
  faultResponse,
  handoverCreatedResponse,
  handoverDayResponse,
  handoverRegisterResponse,
  handoverResponse,
  hookResponse,
  planHandoversResponse,
  presenceResponse,
  presenceWallResponse,
  registerPdfResponse,
} from './response-schema.ts';
import {
  ctiHookBody,
  ctiPresenceBody,
  faultIdParams,
  faultReportBody,
  faultUpdateBody,
  fromPlanBody,
  handoverIdParams,
  handoverListQuery,
  handoverMoveBody,
  planDayQuery,
  presenceBody,
  scheduleBody,
} from './schema.ts';
import { applyHandoverMove, handoverRegister, handoversOfDay, scheduleHandover } from './service.ts';
import { loadHandoverView } from './views.ts';

/** The shift hand-over (seed 000 第九条–第十一条), presence (第三条, 第四条, 第七条) and equipment faults (seed 002 §八). */
export const handoverRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['handover'];

  r.get(
    '/api/handovers',
    {
      config: { access: 'handover.work' },
      schema: {
        tags,
        querystring: handoverListQuery,
        response: handoverDayResponse,
        summary: 'Hand-overs of a Beijing day (today by default); mine=true for my own',
      },
    },
    (request) => handoversOfDay(deps, ctxOf(request), request.query),
  );

  r.post(
    '/api/handovers',
    {
      // Leads schedule hand-overs and watch the posts (team lead and above: case.supervise).
      config: { access: 'case.supervise' },
      schema: {
        tags,
        body: scheduleBody,
        response: handoverCreatedResponse,
        summary: 'Schedule a hand-over: post, shift window, outgoing and incoming agent',
      },
    },
    async (request, reply) =>
      reply.status(201).send(await scheduleHandover(deps, ctxOf(request), request.body)),
  );

  r.get(
    '/api/handovers/from-plan',
    {
      config: { access: 'case.supervise' },
      schema: {
        tags,
        querystring: planDayQuery,
        response: planHandoversResponse,
        summary: "The hand-overs a Beijing day's published duty plan calls for (today by default)",
      },
    },
    (request) =>
      planHandovers(deps, ctxOf(request), request.query.day ?? beijingDayOf(ctxOf(request).clock.now())),
  );

  r.post(
    '/api/handovers/from-plan',
    {
      config: { access: 'case.supervise' },
      schema: {
        tags,
        body: fromPlanBody,
        response: handoverCreatedResponse,
        summary: 'Schedule the hand-over between two consecutive assignments of a published plan',
      },
    },
    async (request, reply) =>
      reply.status(201).send(await scheduleFromPlan(deps, ctxOf(request), request.body)),
  );

  r.get(
    '/api/handovers/register',
    {
      config: { access: 'handover.work' },
      schema: {
        tags,
        response: handoverRegisterResponse,
        summary: 'The hand-over register: signed hand-overs, read-only',
      },
    },
    (request) => handoverRegister(deps, ctxOf(request)),
  );

  r.get(
    '/api/handovers/register.pdf',
    {
      config: { access: 'handover.work' },
      schema: {
        tags,
        response: registerPdfResponse,
        summary: 'The hand-over register as a printable PDF (audited)',
      },
    },
    async (request, reply) =>
      reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="handover-register.pdf"')
        .header('cache-control', 'no-store')
        .send(await handoverRegisterPdf(deps, ctxOf(request))),
  );

  r.get(
    '/api/handovers/:id',
    {
      config: { access: 'handover.work' },
      schema: {
        tags,
        params: handoverIdParams,
        response: handoverResponse,
        summary: 'One hand-over with the moves I may make',
      },
    },
    async (request) => {
      const v = await loadHandoverView(deps.db, ctxOf(request), request.params.id);
      if (!v) throw new AppError('HANDOVER_NOT_FOUND');
      return v;
    },
  );

  r.post(
    '/api/handovers/:id/events',
    {
      config: { access: 'handover.work' },
      schema: {
        tags,
        params: handoverIdParams,
        body: handoverMoveBody,
        response: handoverResponse,
        summary: 'A move of the hand-over table (check in, statistics, confirm, sign, close, escalate)',
      },
    },
    (request) => applyHandoverMove(deps, ctxOf(request), request.params.id, request.body),
  );

  r.get(
    '/api/presence/me',
    {
      config: { access: 'handover.work' },
      schema: { tags, response: presenceResponse, summary: 'My presence' },
    },
    (request) => myPresence(deps, ctxOf(request)),
  );

  r.put(
    '/api/presence/me',
    {
      config: { access: 'handover.work' },
      schema: {
        tags,
        body: presenceBody,
        response: presenceResponse,
        summary: 'Set my presence (ready, not ready, break, meal, offline)',
      },
    },
    (request) => setPresence(deps, ctxOf(request), request.body.state, 'console'),
  );

  r.post(
    '/api/cti/presence',
    {
      config: { access: 'cti.feed' },
      schema: {
        tags,
        body: ctiPresenceBody,
        response: presenceResponse,
        summary: "An agent's presence from the PBX (by agent number)",
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const agent = await findAgentByNo(deps.db, request.body.agentNo, ctx.actor.scope);
      if (!agent) throw new AppError('AGENT_NOT_FOUND');
      return setPresence(deps, ctx, request.body.state, 'cti', { id: agent.id, branchId: agent.branch_id });
    },
  );

  r.post(
    '/api/cti/hook',
    {
      config: { access: 'cti.feed' },
      schema: {
        tags,
        body: ctiHookBody,
        response: hookResponse,
        summary: "An agent's handset off or on the hook, from the PBX (by agent number)",
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const agent = await findAgentByNo(deps.db, request.body.agentNo, ctx.actor.scope);
      if (!agent) throw new AppError('AGENT_NOT_FOUND');
      return recordHook(deps, ctx, { id: agent.id, branchId: agent.branch_id }, request.body);
    },
  );

  r.get(
    '/api/presence',
    {
      config: { access: 'case.supervise' },
      schema: {
        tags,
        response: presenceWallResponse,
        summary: 'Presence wall: who is ready, on break or offline, and the running posts',
      },
    },
    (request) => presenceWall(deps, ctxOf(request)),
  );

  r.get(
    '/api/equipment-faults',
    {
      config: { access: 'handover.work' },
      schema: { tags, response: faultListResponse, summary: 'Equipment and line faults of the scope' },
    },
    (request) => listFaults(deps, ctxOf(request)),
  );

  r.post(
    '/api/equipment-faults',
    {
      config: { access: 'handover.work' },
      schema: {
        tags,
        body: faultReportBody,
        response: faultCreatedResponse,
        summary: 'Report an equipment or line fault',
      },
    },
    async (request, reply) => reply.status(201).send(await reportFault(deps, ctxOf(request), request.body)),
  );

  r.post(
    '/api/equipment-faults/:id/repair',
    {
      config: { access: 'handover.work' },
      schema: {
        tags,
        params: faultIdParams,
        body: faultUpdateBody,
        response: faultResponse,
        summary: 'Record a repair step and the new status (reported → repairing → fixed)',
      },
    },
    (request) => updateFault(deps, ctxOf(request), request.params.id, request.body),
  );
};
