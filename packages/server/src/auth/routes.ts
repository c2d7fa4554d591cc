import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';
import type { Actor } from '../http/context.ts';
import { addressLimiter } from './address-limit.ts';
import { clearSessionCookie, cookieOptions, requireActor, SESSION_COOKIE } from './hook.ts';
import { changePasswordBody, loginBody, noContentAnswer, userAnswer } from './schema.ts';
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

const loginName = (body: unknown) => {
  const name = (body as { username?: unknown } | undefined)?.username;
  return typeof name === 'string' ? name.toLowerCase() : '';
};

export const authRoutes = (deps: AuthDeps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const perAddress = addressLimiter(deps.settings.loginRatePerAddressPerMinute);
  r.post(
    '/api/auth/login',
    {
      config: {
        access: 'public',
        // Per account and address, after the body is read: one office's 200 agents share an address.
        rateLimit: {
          hook: 'preHandler',
          max: deps.settings.loginRatePerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) => `${request.ip}|${loginName(request.body)}`,
        },
      },
      // And a wider limit per address alone, before anything is parsed, against spraying many names.
      onRequest: async (request) => {
        if (!perAddress(request.ip, deps.clock.now().getTime())) throw new AppError('RATE_LIMITED');
      },
      schema: {
        tags: ['auth'],
        summary: 'Log in; sets the HttpOnly session cookie',
        body: loginBody,
        response: userAnswer,
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
      schema: {
        tags: ['auth'],
        summary: 'Log out; the session is revoked on the server',
        response: noContentAnswer,
      },
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
      schema: {
        tags: ['auth'],
        summary: 'The logged-in user with role, branch and permissions',
        response: userAnswer,
      },
    },
    async (request) => ({
      user: meOf(requireActor(request)),
    }),
  );
  r.post(
    '/api/auth/password',
    {
      config: {
        access: 'authenticated',
        rateLimit: {
          hook: 'preHandler',
          max: deps.settings.loginRatePerMinute,
          timeWindow: 60_000,
          keyGenerator: (request) => request.actor?.id ?? request.ip,
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Change your password; the current one is required',
        body: changePasswordBody,
        response: noContentAnswer,
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
