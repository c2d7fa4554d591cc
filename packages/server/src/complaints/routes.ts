import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import { idempotencyHeaders } from '../cases/schema.ts';
import { createCase } from '../cases/service.ts';
import { AppError } from '../errors.ts';
import type { Deps } from '../http/context.ts';
import { routingProposal } from './assign.ts';
import { addFeedback } from './feedback.ts';
import { complaintRecordWriter } from './intake.ts';
import { decisionLetter } from './letter.ts';
import * as repo from './repository.ts';
import {
  boardResponse,
  complaintCreatedResponse,
  complaintDetailResponse,
  inboxResponse,
  letterResponse,
  routingProposalResponse,
} from './response-schema.ts';
import {
  boardQuery,
  complaintEventBody,
  complaintIdParams,
  complaintIntakeBody,
  feedbackBody,
} from './schema.ts';
import { applyComplaintEvent } from './service.ts';
import { approvalInbox, buildComplaintDetail, complaintBoard, readComplaintDetail } from './views.ts';

export const complaintsRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['complaints'];
  const detail = async (request: FastifyRequest, id: string) => {
    const d = await buildComplaintDetail(deps, deps.db, ctxOf(request), id);
    if (!d) throw new AppError('CASE_NOT_FOUND');
    return d;
  };

  r.get(
    '/api/complaints',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        querystring: boardQuery,
        response: boardResponse,
        summary: 'Complaints board: open complaints in scope with their clocks',
      },
    },
    (request) => complaintBoard(deps, ctxOf(request), request.query),
  );

  r.post(
    '/api/complaints',
    {
      config: { access: 'case.create' },
      schema: {
        tags,
        body: complaintIntakeBody,
        headers: idempotencyHeaders,
        response: complaintCreatedResponse,
        summary:
          'Register a complaint (any channel, or transferred by the regulator); requires Idempotency-Key',
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (!key) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
      const { channel, subject, description, customerName, customerPhone, ...complaint } = request.body;
      const result = await createCase(
        deps,
        ctxOf(request),
        {
          kind: 'complaint',
          channel,
          subject,
          description,
          customerName,
          customerPhone,
          kindFields: complaint,
        },
        key,
        complaintRecordWriter(deps.crypto, complaint),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      const id = (result.body as { id: string }).id;
      return reply.status(result.status).send(await detail(request, id));
    },
  );

  r.get(
    '/api/complaints/approvals',
    {
      config: { access: 'case.supervise' },
      schema: {
        tags,
        response: inboxResponse,
        summary: 'Approval inbox: open extension and decision approvals the caller may settle',
      },
    },
    (request) => approvalInbox(deps, ctxOf(request)),
  );

  r.get(
    '/api/complaints/:id',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        params: complaintIdParams,
        response: complaintDetailResponse,
        summary: 'Complaint detail with timeline, clocks and legal actions',
      },
    },
    async (request) => {
      const d = await readComplaintDetail(deps, ctxOf(request), request.params.id);
      if (!d) throw new AppError('CASE_NOT_FOUND');
      return d;
    },
  );

  r.get(
    '/api/complaints/:id/routing',
    {
      config: { access: 'case.supervise' },
      schema: {
        tags,
        params: complaintIdParams,
        response: routingProposalResponse,
        summary: 'Routing proposal for assignment, with avoidance of the person complained about',
      },
    },
    async (request) => {
      const c = await repo.findScopedComplaint(deps.db, request.params.id, ctxOf(request).actor.scope);
      if (!c) throw new AppError('CASE_NOT_FOUND');
      return routingProposal(deps.db, c);
    },
  );

  r.post(
    '/api/complaints/:id/events',
    {
      config: { access: 'case.work' },
      schema: {
        tags,
        params: complaintIdParams,
        body: complaintEventBody,
        response: complaintDetailResponse,
        summary: 'Apply a move of the complaint transition table; carries the case version',
      },
    },
    async (request) => {
      const d = await applyComplaintEvent(deps, ctxOf(request), request.params.id, request.body);
      if (!d) throw new AppError('CASE_NOT_FOUND');
      return d;
    },
  );

  r.post(
    '/api/complaints/:id/feedback',
    {
      config: { access: 'case.work' },
      schema: {
        tags,
        params: complaintIdParams,
        body: feedbackBody,
        response: complaintDetailResponse,
        summary: 'Log progress feedback to the complainant (time and channel)',
      },
    },
    async (request) => {
      const d = await addFeedback(deps, ctxOf(request), request.params.id, request.body);
      if (!d) throw new AppError('CASE_NOT_FOUND');
      return d;
    },
  );

  r.get(
    '/api/complaints/:id/letter.pdf',
    {
      config: { access: 'personal.reveal' },
      schema: {
        tags,
        params: complaintIdParams,
        response: letterResponse,
        summary:
          'Printable decision letter (PDF, Chinese); carries the full name, so it is audited as a reveal',
      },
    },
    async (request, reply) => {
      const { number, pdf } = await decisionLetter(deps, ctxOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${number}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
