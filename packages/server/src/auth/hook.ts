import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { Deps } from '../http/context.ts';
import { authenticate } from './service.ts';
import type { AuthDeps } from './session-cache.ts';

export const SESSION_COOKIE = 'claimline_sid';

// While a password change is pending, only these routes answer (the seeded admin outside demo mode).
const OPEN_WHILE_PASSWORD_CHANGE = new Set(['/api/auth/me', '/api/auth/password', '/api/auth/logout']);

export const cookieOptions = (deps: Deps, request: FastifyRequest) => ({
  httpOnly: true,
  sameSite: 'strict' as const,
  path: '/',
  secure:
    deps.settings.secureCookies === 'always' ||
    (deps.settings.secureCookies === 'auto' && request.protocol === 'https'),
});

export const clearSessionCookie = (deps: Deps, request: FastifyRequest, reply: FastifyReply) =>
  reply.clearCookie(SESSION_COOKIE, cookieOptions(deps, request));

/**
 * Fails closed: a route that declares no access is refused. Authentication runs before validation, so
 * an anonymous caller learns nothing about a route's schema.
 */
export const installAuthHook = (app: FastifyInstance, deps: AuthDeps) => {
  app.decorateRequest('actor', null);
  const check = async (request: FastifyRequest, reply: FastifyReply, url: string) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') throw new AppError('FORBIDDEN');
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw new AppError('UNAUTHENTICATED');
    const actor = await authenticate(deps, token);
    if (actor === 'expired') {
      clearSessionCookie(deps, request, reply);
      throw new AppError('SESSION_EXPIRED');
    }
    if (!actor) throw new AppError('UNAUTHENTICATED');
    // Known before any refusal below, so a refused request is audited with who made it.
    request.actor = actor;
    if (actor.mustChangePassword && !OPEN_WHILE_PASSWORD_CHANGE.has(url))
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (access !== 'authenticated' && !actor.permissions.includes(access)) throw new AppError('FORBIDDEN');
  };
  // A public route (probes, log-in, static files) passes without a promise of its own (#19).
  app.addHook('onRequest', (request, reply, done) => {
    const url = request.routeOptions.url;
    if (!url || request.routeOptions.config.access === 'public') return done();
    check(request, reply, url).then(() => done(), done);
  });
};

// Below the session check, so every layer (the audit routes included) may read the actor without importing auth.
export { requestCtx, requireActor } from '../http/request-ctx.ts';
