import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import { allBranches } from './repository.ts';
import {
  createDataShareBody,
  dataShareIdParams,
  dataShareListQuery,
  dataShareMoveBody,
  dataShareResponse,
  dataSharesResponse,
  shareBranchesResponse,
} from './schema.ts';
import { createRequest, getRequest, listRequests, moveRequest } from './service.ts';

/**
 * Data sharing between departments (issue 18 part 2, seed 002 §七(四)2). Reading and moving a request is open to
 * any signed-in person because the request machine decides who may (the requester, the owning manager); the list
 * shows only what the person may see.
 */
export const dataSharingRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['data-sharing'];

  r.get(
    '/api/data-sharing/branches',
    {
      config: { access: 'dataShare.request' },
      schema: {
        tags,
        summary: 'Every branch a request may name (names only)',
        response: shareBranchesResponse,
      },
    },
    async () => ({
      items: (await allBranches(deps.db)).map((b) => ({
        id: b.id,
        code: b.code,
        name: { zh: b.name, en: b.name_en },
        path: b.path,
      })),
    }),
  );
  r.get(
    '/api/data-sharing/requests',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'My requests, and those over my subtree when I decide or audit; `live=true` for active grants',
        querystring: dataShareListQuery,
        response: dataSharesResponse,
      },
    },
    async (request) => listRequests(deps, ctxOf(request), request.query),
  );
  r.post(
    '/api/data-sharing/requests',
    {
      config: { access: 'dataShare.request' },
      schema: {
        tags,
        summary: "Ask to read another department's data over a branch subtree for a period",
        body: createDataShareBody,
        response: dataShareResponse,
      },
    },
    async (request, reply) => reply.code(201).send(await createRequest(deps, ctxOf(request), request.body)),
  );
  r.get(
    '/api/data-sharing/requests/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'One request or grant',
        params: dataShareIdParams,
        response: dataShareResponse,
      },
    },
    async (request) => getRequest(deps, ctxOf(request), request.params.id),
  );
  r.post(
    '/api/data-sharing/requests/:id/moves',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Approve, reject, withdraw or revoke (the request machine decides who may)',
        params: dataShareIdParams,
        body: dataShareMoveBody,
        response: dataShareResponse,
      },
    },
    async (request) => moveRequest(deps, ctxOf(request), request.params.id, request.body),
  );
};
