import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import { idempotencyHeaders } from '../cases/schema.ts';
import { AppError } from '../errors.ts';
import type { Deps } from '../http/context.ts';
import { getChecklists, saveChecklists } from './checklists.ts';
import { decisionLetterPdf } from './decision-letters.ts';
import { missingNoticePdf, transmittalPdf } from './letters-pdf.ts';
import { registerApplication } from './register.ts';
import * as repo from './repository.ts';
import {
  type ApplicationDetailAnswer,
  applicationCreatedResponse,
  applicationDetailResponse,
  applicationRevealResponse,
  approvalsResponse,
  boardResponse,
  checklistsResponse,
  pdfResponse,
  policyHitResponse,
} from './response-schema.ts';
import { revealApplicantField } from './reveal.ts';
import {
  applicationEventBody,
  applicationIdParams,
  boardQuery,
  policyLookupQuery,
  registerApplicationBody,
  revealBody,
  saveChecklistsBody,
} from './schema.ts';
import { applicationBoard, pendingApprovalsList, readApplicationDetail } from './views.ts';
import { applyApplicationEvent } from './workflow.ts';

const sendPdf = (reply: FastifyReply, { pdf, fileName }: { pdf: Buffer; fileName: string }) =>
  reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(pdf);

/** The claims desk (理赔台, issue #14): claim applications, their checklists, notices and hand-over. */
export const claimApplicationsRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['claim applications'];

  r.get(
    '/api/claim-applications',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        querystring: boardQuery,
        response: boardResponse,
        summary: 'The claims desk board: applications per stage',
      },
    },
    (request) => applicationBoard(deps, ctxOf(request), request.query.state),
  );

  r.get(
    '/api/claim-applications/policy',
    {
      config: { access: 'case.create' },
      schema: {
        tags,
        querystring: policyLookupQuery,
        response: policyHitResponse,
        summary: 'Look up a policy by number (masked)',
      },
    },
    async (request) => {
      const p = await repo.policyByNo(deps.db, request.query.policyNo, ctxOf(request).actor.scope);
      if (!p) throw new AppError('POLICY_NOT_FOUND');
      return {
        id: p.id,
        policyNo: p.policy_no,
        product: p.product,
        line: p.line,
        periodStart: p.period_start.toISOString(),
        periodEnd: p.period_end.toISOString(),
        insuredNameMasked: p.insured_name_masked,
        beneficiaries: p.beneficiaries_masked,
        sumInsuredFen: Number(p.sum_insured_fen),
        deductibleFen: Number(p.deductible_fen),
        deductibleRateBp: p.deductible_rate_bp,
        payoutRatioBp: p.payout_ratio_bp,
      };
    },
  );

  r.get(
    '/api/claim-applications/approvals',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        response: approvalsResponse,
        summary: 'Claim decisions waiting for approval in scope (审批待办)',
      },
    },
    (request) => pendingApprovalsList(deps, ctxOf(request)),
  );

  r.get(
    '/api/claim-applications/checklists',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        response: checklistsResponse,
        summary: 'The document checklists in force, their version and whether the caller may edit',
      },
    },
    (request) => getChecklists(deps, ctxOf(request)),
  );

  r.put(
    '/api/claim-applications/checklists',
    {
      config: { access: 'claimRules.manage' },
      schema: {
        tags,
        body: saveChecklistsBody,
        response: checklistsResponse,
        summary: 'Save the checklists as a new version (head office; note required; audited)',
      },
    },
    (request) => saveChecklists(deps, ctxOf(request), request.body),
  );

  r.post(
    '/api/claim-applications',
    {
      config: { access: 'case.create' },
      schema: {
        tags,
        body: registerApplicationBody,
        headers: idempotencyHeaders,
        response: applicationCreatedResponse,
        summary: 'Register a claim application (entitlement checked); requires Idempotency-Key',
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (!key) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
      const result = await registerApplication(deps, ctxOf(request), request.body, key);
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(result.status).send(result.body as ApplicationDetailAnswer);
    },
  );

  r.get(
    '/api/claim-applications/:id',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        params: applicationIdParams,
        response: applicationDetailResponse,
        summary: 'A claim application with its checklist and moves',
      },
    },
    async (request) => {
      const d = await readApplicationDetail(deps, ctxOf(request), request.params.id);
      if (!d) throw new AppError('CLAIM_APPLICATION_NOT_FOUND');
      return d;
    },
  );

  r.post(
    '/api/claim-applications/:id/events',
    {
      config: { access: 'case.work' },
      schema: {
        tags,
        params: applicationIdParams,
        body: applicationEventBody,
        response: applicationDetailResponse,
        summary: 'Apply a move of the claim application table; carries the case version',
      },
    },
    async (request) => {
      const d = await applyApplicationEvent(deps, ctxOf(request), request.params.id, request.body);
      if (!d) throw new AppError('CLAIM_APPLICATION_NOT_FOUND');
      return d;
    },
  );

  r.get(
    '/api/claim-applications/:id/missing-notice.pdf',
    {
      // The customer's full name is on it: printing it is a reveal, audited (letters-pdf.ts).
      config: { access: 'personal.reveal' },
      schema: {
        tags,
        params: applicationIdParams,
        response: pdfResponse('The one missing-documents notice (PDF)'),
        summary: 'The one missing-documents notice (PDF, Chinese)',
      },
    },
    async (request, reply) => sendPdf(reply, await missingNoticePdf(deps, ctxOf(request), request.params.id)),
  );

  r.get(
    '/api/claim-applications/:id/transmittal.pdf',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        params: applicationIdParams,
        response: pdfResponse('The transmittal list (PDF)'),
        summary: 'The transmittal list to the insurer (PDF, Chinese)',
      },
    },
    async (request, reply) => sendPdf(reply, await transmittalPdf(deps, ctxOf(request), request.params.id)),
  );

  for (const kind of ['payout', 'refusal'] as const)
    r.get(
      `/api/claim-applications/:id/${kind}-notice.pdf`,
      {
        // The applicant's full name is on it: printing it is a reveal, audited (decision-letters.ts).
        config: { access: 'personal.reveal' },
        schema: {
          tags,
          params: applicationIdParams,
          response: pdfResponse(kind === 'payout' ? 'The payout notice (PDF)' : 'The refusal notice (PDF)'),
          summary:
            kind === 'payout'
              ? '赔款通知书: the amount in figures and capitals with its breakdown (PDF, Chinese)'
              : '拒赔通知书: the refusal with its reasons and recourse (PDF, Chinese)',
        },
      },
      async (request, reply) =>
        sendPdf(reply, await decisionLetterPdf(deps, ctxOf(request), request.params.id, kind)),
    );

  r.post(
    '/api/claim-applications/:id/reveal',
    {
      config: { access: 'personal.reveal' },
      schema: {
        tags,
        params: applicationIdParams,
        body: revealBody,
        response: applicationRevealResponse,
        summary:
          'Reveal a masked field of the applicant; needs a reason, audited before the value is returned',
      },
    },
    (request) =>
      revealApplicantField(deps, ctxOf(request), request.params.id, request.body.field, request.body.reason),
  );
};
