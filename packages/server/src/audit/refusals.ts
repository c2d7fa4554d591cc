import type { FastifyRequest } from 'fastify';
import type { ErrorCode } from '../errors.ts';
import type { DenialCoalescer } from './denial-coalescer.ts';

// Refusals their own service already audits with more detail.
const AUDITED_ELSEWHERE = new Set<ErrorCode>(['ACCOUNT_DISABLED']);

/**
 * A refused request is a security event (GB/T 22239-2019 level 3, security audit): who tried what, and why it was
 * refused. The route pattern is recorded, not the URL, so a query string never brings personal data in. Repeats
 * of the same refusal are counted into one row (denial-coalescer.ts), so a flood of them does not hold the chain.
 */
export const auditRefusal = async (denials: DenialCoalescer, request: FastifyRequest, code: ErrorCode) => {
  if (AUDITED_ELSEWHERE.has(code)) return;
  const actor = request.actor;
  await denials.record({
    actor: actor ? { id: actor.id, displayName: actor.displayName } : null,
    ip: request.ip,
    requestId: request.id,
    code,
    method: request.method,
    route: request.routeOptions.url ?? null,
    ...(typeof request.headers.origin === 'string' ? { origin: request.headers.origin.slice(0, 200) } : {}),
  });
};
