import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../http/context.ts';
import { clearSessionCookie, cookieOptions, requireActor, SESSION_COOKIE } from './hook.ts';
import { authenticate, changePassword, login, logout } from './service.ts';
import type { AuthDeps } from './session-cache.ts';

const meOf = (a: Actor) => ({
  id: a.id,
  username: a.username,
  displayName: a.displayName,
  role: a.role,
  branchId: a.branchId,
  branchCode: a.branchCode,
  branchName: a.branchName,
  permissions: [...a.permissions],
  mustChangePassword: a.mustChangePassword,
});

export const authRoutes = (deps: AuthDeps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/auth/login',
    {
      config: { access: 'public', rateLimit: { max: deps.settings.loginRatePerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Log in; sets the HttpOnly session cookie',
        body: z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) }),
      },
    },
    async (request, reply) => {
      const { token } = await login(deps, request.body.username, request.body.password, {
        requestId: request.id,
        ip: request.ip,
      });
      const actor = await authenticate(deps, token);
      if (!actor || actor === 'expired') throw new Error('fresh session not readable');
      reply.setCookie(SESSION_COOKIE, token, cookieOptions(deps, request));
      return { user: meOf(actor) };
    },
  );
  r.post(
    '/api/auth/logout',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Log out; the session is revoked on the server' },
    },
    async (request, reply) => {
      await logout(deps, requireActor(request), { requestId: request.id, ip: request.ip });
      clearSessionCookie(deps, request, reply);
      return reply.status(204).send();
    },
  );
  r.get(
    '/api/auth/me',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['auth'], summary: 'The logged-in user with role, branch and permissions' },
    },
    async (request) => ({
      user: meOf(requireActor(request)),
    }),
  );
  r.post(
    '/api/auth/password',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        body: z.object({
          currentPassword: z.string().min(1).max(200),
          newPassword: z.string().min(1).max(200),
        }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await changePassword(deps, actor, request.body.currentPassword, request.body.newPassword, {
        requestId: request.id,
        ip: request.ip,
      });
      return reply.status(204).send();
    },
  );
};
