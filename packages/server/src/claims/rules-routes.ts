import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import { claimRulesViewResponse, saveClaimRulesBody } from './rules-schema.ts';
import { getClaimRules, saveClaimRules } from './rules-service.ts';

/** The claim-report rules (issue #4): read by anyone who works cases, changed by head office only. */
export const claimRulesRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['claim reports'];

  r.get(
    '/api/claim-reports/rules',
    {
      config: { access: 'case.read' },
      schema: {
        tags,
        response: claimRulesViewResponse,
        summary:
          'The claim rules in force (amounts in fen), their defaults, sources and bounds, the version, and whether the caller may edit them',
      },
    },
    (request) => getClaimRules(deps, requestCtx(deps, request)),
  );

  r.put(
    '/api/claim-reports/rules',
    {
      config: { access: 'claimRules.manage' },
      schema: {
        tags,
        body: saveClaimRulesBody,
        response: claimRulesViewResponse,
        summary:
          'Save the claim rules as a new version (head office; refused if baseVersion is not the latest; audited)',
      },
    },
    (request) => saveClaimRules(deps, requestCtx(deps, request), request.body),
  );
};
