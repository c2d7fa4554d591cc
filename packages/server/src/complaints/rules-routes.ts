import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import {
  createRoutingRule,
  deleteRoutingRule,
  listRoutingRules,
  previewRouting,
  updateRoutingRule,
} from './routing-admin.ts';
import {
  complaintRulesViewResponse,
  createRoutingRuleBody,
  routingPreviewBody,
  routingPreviewResponse,
  routingRuleCreatedResponse,
  routingRuleDeletedResponse,
  routingRuleParams,
  routingRuleResponse,
  routingRulesResponse,
  saveComplaintRulesBody,
  updateRoutingRuleBody,
} from './rules-schema.ts';
import { getComplaintRules, saveComplaintRules } from './rules-service.ts';

/** The complaint rules and routing rules (issue #6): read by anyone who works cases, changed by head office. */
export const complaintRulesRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['complaints'];
  const manage = { access: 'complaintRules.manage' } as const;

  r.get(
    '/api/complaints/rules',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        response: complaintRulesViewResponse,
        summary:
          'The complaint rules in force (clock with the decision unit and days, classification matrix, approval authority), their defaults, bounds and sources, the version, and whether the caller may edit them',
      },
    },
    (request) => getComplaintRules(deps, requestCtx(deps, request)),
  );

  r.put(
    '/api/complaints/rules',
    {
      config: manage,
      schema: {
        tags,
        body: saveComplaintRulesBody,
        response: complaintRulesViewResponse,
        summary:
          'Save the complaint rules as a new version (head office at the root; refused if baseVersion is not the latest; audited with each change)',
      },
    },
    (request) => saveComplaintRules(deps, requestCtx(deps, request), request.body),
  );

  r.get(
    '/api/complaints/routing-rules',
    {
      config: manage,
      schema: { tags, response: routingRulesResponse, summary: 'The complaint routing rules, active or not' },
    },
    (request) => listRoutingRules(deps, requestCtx(deps, request)),
  );

  r.post(
    '/api/complaints/routing-rules',
    {
      config: manage,
      schema: {
        tags,
        body: createRoutingRuleBody,
        response: routingRuleCreatedResponse,
        summary: 'Add a routing rule (branch, product, category → assignee or the branch team; audited)',
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRoutingRule(deps, requestCtx(deps, request), request.body)),
  );

  r.post(
    '/api/complaints/routing-rules/preview',
    {
      config: manage,
      schema: {
        tags,
        body: routingPreviewBody,
        response: routingPreviewResponse,
        summary:
          'Who routing would pick for a branch, product and category (and a person complained about): each rule matched or why not, each candidate, the avoided',
      },
    },
    (request) => previewRouting(deps, request.body),
  );

  r.put(
    '/api/complaints/routing-rules/:id',
    {
      config: manage,
      schema: {
        tags,
        params: routingRuleParams,
        body: updateRoutingRuleBody,
        response: routingRuleResponse,
        summary: 'Change a routing rule (or switch it off); refused if someone saved it since (audited)',
      },
    },
    (request) => updateRoutingRule(deps, requestCtx(deps, request), request.params.id, request.body),
  );

  r.delete(
    '/api/complaints/routing-rules/:id',
    {
      config: manage,
      schema: {
        tags,
        params: routingRuleParams,
        response: routingRuleDeletedResponse,
        summary: 'Delete a routing rule (audited with what it was)',
      },
    },
    (request) => deleteRoutingRule(deps, requestCtx(deps, request), request.params.id),
  );
};
