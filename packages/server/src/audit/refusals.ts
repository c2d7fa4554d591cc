import type { FastifyRequest } from 'fastify';
import type { ErrorCode } from '../errors.ts';
import type { Deps } from '../http/context.ts';
import { appendAuditAlone } from './audit.ts';

// Refusals their own service already audits with more detail.
const AUDITED_ELSEWHERE = new Set<ErrorCode>(['ACCOUNT_DISABLED']);

/**
 * A refused request is a security event (GB/T 22239-2019 level 3, security audit): who tried what, and why it was
 * refused. The route pattern is recorded, not the URL, so a query string never brings personal data in.
 */
export const auditRefusal = async (deps: Deps, request: FastifyRequest, code: ErrorCode) => {
  if (AUDITED_ELSEWHERE.has(code)) return;
  const actor = request.actor;
  await appendAuditAlone(deps.db, {
    at: deps.clock.now(),
    actor: actor ? { id: actor.id, displayName: actor.displayName } : null,
    action: 'access.denied',
    objectType: 'request',
    objectId: null,
    result: 'denied',
    requestId: request.id,
    ip: request.ip,
    details: {
      code,
      method: request.method,
      route: request.routeOptions.url ?? null,
      ...(typeof request.headers.origin === 'string' ? { origin: request.headers.origin.slice(0, 200) } : {}),
    },
  });
};
