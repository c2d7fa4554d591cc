import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import { anchorParams, customerSearchBody, customerViewResponse } from './schema.ts';
import { customerOfCall, customerOfCase, searchCustomer } from './service.ts';

/** The customer view (issue 15 part 1): thin routes over service.ts. */
export const customerViewRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['customer-view'];

  r.post(
    '/api/customer-view/search',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        body: customerSearchBody,
        response: customerViewResponse,
        summary: "A person's cases, calls, complaints and claims by phone or ID number (in the body), masked",
      },
    },
    (request) => searchCustomer(deps, ctxOf(request), request.body),
  );

  r.get(
    '/api/cases/:id/customer-view',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        params: anchorParams,
        response: customerViewResponse,
        summary:
          'All records of the customer of this case (complaint, claim report and application included)',
      },
    },
    (request) => customerOfCase(deps, ctxOf(request), request.params.id),
  );

  r.get(
    '/api/calls/:id/customer-view',
    {
      config: { access: 'call.read' },
      schema: {
        tags,
        params: anchorParams,
        response: customerViewResponse,
        summary: 'All records of the caller of this call',
      },
    },
    (request) => customerOfCall(deps, ctxOf(request), request.params.id),
  );
};
