import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requestCtx } from '../auth/hook.ts';
import type { AuthDeps } from '../auth/session-cache.ts';
import { createDepartment, editDepartment, listDepartments } from './departments.ts';
import {
  adminUserResponse,
  adminUsersQuery,
  adminUsersResponse,
  createDepartmentBody,
  createUserBody,
  departmentIdParams,
  departmentResponse,
  departmentsResponse,
  editDepartmentBody,
  editUserBody,
  userIdParams,
  userMoveBody,
  userWithPasswordResponse,
} from './schema.ts';
import { createUser, editUser, listUsers, moveUser } from './service.ts';

/** User administration and departments (issue 18 part 1). Every rule is in domain/users; these routes are thin. */
export const usersAdminRoutes = (deps: AuthDeps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: FastifyRequest) => requestCtx(deps, request);
  const tags = ['users'];

  r.get(
    '/api/admin/users',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: "Accounts of the administrator's subtree, with lock state and the moves allowed on each",
        querystring: adminUsersQuery,
        response: adminUsersResponse,
      },
    },
    async (request) => listUsers(deps, ctxOf(request), request.query),
  );
  r.post(
    '/api/admin/users',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: 'Create an account; answers its one-time password once (changed at the first login)',
        body: createUserBody,
        response: userWithPasswordResponse,
      },
    },
    async (request, reply) => reply.code(201).send(await createUser(deps, ctxOf(request), request.body)),
  );
  r.patch(
    '/api/admin/users/:id',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: 'Change display name, agent number or department (optimistic version)',
        params: userIdParams,
        body: editUserBody,
        response: adminUserResponse,
      },
    },
    async (request) => editUser(deps, ctxOf(request), request.params.id, request.body),
  );
  r.post(
    '/api/admin/users/:id/moves',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary:
          'Deactivate, reactivate, change role, move branch, reset password (one-time password) or unlock',
        params: userIdParams,
        body: userMoveBody,
        response: userWithPasswordResponse,
      },
    },
    async (request) => moveUser(deps, ctxOf(request), request.params.id, request.body),
  );

  r.get(
    '/api/departments',
    {
      config: { access: 'user.read' },
      schema: { tags, summary: 'Departments (an organisation dimension)', response: departmentsResponse },
    },
    async () => ({ items: await listDepartments(deps.db) }),
  );
  r.post(
    '/api/admin/departments',
    {
      config: { access: 'department.manage' },
      schema: { tags, summary: 'Add a department', body: createDepartmentBody, response: departmentResponse },
    },
    async (request, reply) =>
      reply.code(201).send(await createDepartment(deps.db, ctxOf(request), request.body)),
  );
  r.patch(
    '/api/admin/departments/:id',
    {
      config: { access: 'department.manage' },
      schema: {
        tags,
        summary: 'Rename or retire a department (its code stays)',
        params: departmentIdParams,
        body: editDepartmentBody,
        response: departmentResponse,
      },
    },
    async (request) => editDepartment(deps.db, ctxOf(request), request.params.id, request.body),
  );
};
