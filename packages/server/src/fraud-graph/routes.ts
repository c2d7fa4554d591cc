import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import * as s from './schema.ts';
import { rebuildGraph, revealNode, ringList, ringView } from './service.ts';

/** The link graph (关系网络, issue 22 part 2): flagged rings, one ring drawn, a node revealed, a full rebuild. */
export const fraudGraphRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['fraud-graph'];
  const read = { access: 'fraudGraph.read' as const };

  r.get(
    '/api/fraud-graph/rings',
    {
      config: read,
      schema: {
        tags,
        querystring: s.listQuery,
        response: s.listResponse,
        summary: 'Possible rings in scope',
      },
    },
    (request) => ringList(deps, ctxOf(request), request.query.limit),
  );

  r.get(
    '/api/fraud-graph/rings/:id',
    {
      config: read,
      schema: {
        tags,
        params: s.ringParams,
        response: s.graphResponse,
        summary: 'One ring as a graph (audited)',
      },
    },
    (request) => ringView(deps, ctxOf(request), request.params.id),
  );

  r.post(
    '/api/fraud-graph/rings/:id/reveal',
    {
      config: { access: 'personal.reveal' },
      schema: {
        tags,
        params: s.ringParams,
        body: s.revealBody,
        response: s.revealResponse,
        summary: 'A node’s value in full (audited)',
      },
    },
    (request) => revealNode(deps, ctxOf(request), request.params.id, request.body.node, request.body.reason),
  );

  r.post(
    '/api/fraud-graph/rebuild',
    {
      config: { access: 'fraudGraph.rebuild' },
      schema: { tags, response: s.rebuildResponse, summary: 'Judge the whole graph afresh' },
    },
    (request) => rebuildGraph(deps, ctxOf(request)),
  );
};
