import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { Actor, Deps, RequestCtx } from './context.ts';

/** The actor the access hook (auth/hook.ts) put on the request; a route reached without one is refused. */
export const requireActor = (request: FastifyRequest): Actor => {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
};

/** What a service is given for one request: the authenticated actor, ids for the audit trail, the clock. */
export const requestCtx = (deps: Deps, request: FastifyRequest): RequestCtx => ({
  actor: requireActor(request),
  requestId: request.id,
  ip: request.ip,
  clock: deps.clock,
});
