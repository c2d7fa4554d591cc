import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import { myDeadlinesResponse } from './schema.ts';
import { myDeadlines } from './service.ts';

export const deadlinesRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/deadlines/mine',
    {
      config: { access: 'case.read' },
      schema: {
        tags: ['deadlines'],
        response: myDeadlinesResponse,
        summary: 'Unmet deadlines of the cases the caller owns, most urgent first (at most 200)',
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await myDeadlines(deps.db, actor.id, actor.scope) };
    },
  );
};
