import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import { idempotencyHeaders } from '../cases/schema.ts';
import { AppError } from '../errors.ts';
import type { Deps } from '../http/context.ts';
import { readClaimReportDetail } from './detail.ts';
import {
  acknowledgeMajorReport,
  recordNotice,
  revealReportField,
  submitMajorReport,
  updateMajorFacts,
} from './follow-up.ts';
import { lookupPolicies, recordLookupOutcome } from './lookup.ts';
import { majorInbox } from './major-inbox.ts';
import { renderRefusalNotice } from './notice-pdf.ts';
import { registerClaimReport } from './register.ts';
import {
  type ClaimReportDetailAnswer,
  claimReportCreatedResponse,
  claimReportDetailResponse,
  lookupOutcomeResponse,
  lookupResponse,
  majorInboxResponse,
  refusalNoticeResponse,
  reportRevealResponse,
} from './response-schema.ts';
import {
  caseIdParams,
  lookupBody,
  lookupIdParams,
  lookupOutcomeBody,
  majorFactsBody,
  majorInboxQuery,
  majorReportBody,
  noticeBody,
  registerBody,
  revealBody,
} from './schema.ts';

/** Claim reports (报案, C2/C3): look up, register, follow up, notice and major-case report. */
export const claimsRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['claim reports'];

  r.post(
    '/api/claim-reports/lookups',
    {
      config: { access: 'case.create' },
      schema: {
        tags,
        body: lookupBody,
        response: lookupResponse,
        summary: 'Look up policies and existing reports by policy no., insured name, ID number or plate',
      },
    },
    (request) => lookupPolicies(deps, ctxOf(request), request.body),
  );

  r.post(
    '/api/claim-reports/lookups/:id/outcome',
    {
      config: { access: 'case.create' },
      schema: {
        tags,
        params: lookupIdParams,
        body: lookupOutcomeBody,
        response: lookupOutcomeResponse,
        summary: 'Record what came of a look-up that did not register a report',
      },
    },
    (request) => recordLookupOutcome(deps, ctxOf(request), request.params.id, request.body.outcome),
  );

  r.post(
    '/api/claim-reports',
    {
      config: { access: 'case.create' },
      schema: {
        tags,
        body: registerBody,
        headers: idempotencyHeaders,
        response: claimReportCreatedResponse,
        summary:
          'Register a claim report (preliminary check, major case, scene survey); requires Idempotency-Key',
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (!key) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
      const result = await registerClaimReport(deps, ctxOf(request), request.body, key);
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(result.status).send(result.body as ClaimReportDetailAnswer);
    },
  );

  r.get(
    '/api/claim-reports/:caseId',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        params: caseIdParams,
        response: claimReportDetailResponse,
        summary: 'A claim report with its case, policy, checks and timeline',
      },
    },
    (request) => readClaimReportDetail(deps, ctxOf(request), request.params.caseId),
  );

  r.post(
    '/api/claim-reports/:caseId/major-facts',
    {
      config: { access: 'case.work' },
      schema: {
        tags,
        params: caseIdParams,
        body: majorFactsBody,
        response: claimReportDetailResponse,
        summary: 'Update the facts that decide a major case; flags it and starts its 24-hour report',
      },
    },
    (request) => updateMajorFacts(deps, ctxOf(request), request.params.caseId, request.body),
  );

  r.post(
    '/api/claim-reports/:caseId/major-report',
    {
      config: { access: 'case.work' },
      schema: {
        tags,
        params: caseIdParams,
        body: majorReportBody,
        response: claimReportDetailResponse,
        summary: 'Submit the major-case report to head office',
      },
    },
    (request) => submitMajorReport(deps, ctxOf(request), request.params.caseId, request.body),
  );

  r.get(
    '/api/major-cases',
    {
      // Branch scoped: head office sees every branch, a branch supervisor only its own subtree.
      config: { access: 'majorCase.review' },
      schema: {
        tags,
        querystring: majorInboxQuery,
        response: majorInboxResponse,
        summary: 'Major claim reports owed to or sent to head office, most urgent first (重大案件)',
      },
    },
    (request) => majorInbox(deps, ctxOf(request), request.query.status),
  );

  r.post(
    '/api/claim-reports/:caseId/major-report/acknowledge',
    {
      config: { access: 'majorCase.review' },
      schema: {
        tags,
        params: caseIdParams,
        response: claimReportDetailResponse,
        summary: 'Head office acknowledges the major-case report it received',
      },
    },
    (request) => acknowledgeMajorReport(deps, ctxOf(request), request.params.caseId),
  );

  r.get(
    '/api/claim-reports/:caseId/notice.pdf',
    {
      // It carries the reporter's full name: printing it is a reveal, audited (notice-pdf.ts).
      config: { access: 'personal.reveal' },
      schema: {
        tags,
        params: caseIdParams,
        response: refusalNoticeResponse,
        summary: 'The written refusal notice (PDF, Chinese)',
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await renderRefusalNotice(deps, ctxOf(request), request.params.caseId);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${fileName}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  r.post(
    '/api/claim-reports/:caseId/notice',
    {
      config: { access: 'case.work' },
      schema: {
        tags,
        params: caseIdParams,
        body: noticeBody,
        response: claimReportDetailResponse,
        summary: 'Record that the notice was given, copies archived and originals returned',
      },
    },
    (request) => recordNotice(deps, ctxOf(request), request.params.caseId, request.body),
  );

  r.post(
    '/api/claim-reports/:caseId/reveal',
    {
      config: { access: 'personal.reveal' },
      schema: {
        tags,
        params: caseIdParams,
        body: revealBody,
        response: reportRevealResponse,
        summary: 'Reveal a masked field of the report; needs a reason, audited before the value is returned',
      },
    },
    (request) =>
      revealReportField(deps, ctxOf(request), request.params.caseId, request.body.field, request.body.reason),
  );
};
