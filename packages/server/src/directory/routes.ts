import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/hook.ts';
import type { Deps } from '../http/context.ts';
import { listBranches, listUsers } from './repository.ts';
import { branchesResponse, usersQuery, usersResponse } from './schema.ts';

export const directoryRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/branches',
    {
      config: { access: 'branch.read' },
      schema: {
        tags: ['directory'],
        summary: 'Branches in the subtree of the caller',
        response: branchesResponse,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rows = await listBranches(deps.db, actor.scope);
      return {
        items: rows.map((b) => ({
          id: b.id,
          code: b.code,
          name: b.name,
          nameEn: b.name_en,
          parentId: b.parent_id,
          path: b.path,
        })),
      };
    },
  );
  r.get(
    '/api/users',
    {
      config: { access: 'user.read' },
      schema: {
        tags: ['directory'],
        summary: 'Colleagues the caller may name (own subtree and the branches above)',
        querystring: usersQuery,
        response: usersResponse,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rows = await listUsers(deps.db, actor.branchPath, request.query);
      return {
        items: rows.map((u) => ({
          id: u.id,
          username: u.username,
          displayName: u.display_name,
          role: u.role,
          branchId: u.branch_id,
          branchName: u.branch_name,
        })),
      };
    },
  );
};
