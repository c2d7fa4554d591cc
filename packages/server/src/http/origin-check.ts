import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const hostOf = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
};

/**
 * Whether a state-changing request may come from where the browser says it comes from. The session cookie is
 * SameSite=Strict, which stops other sites but not another port or subdomain of the same site; a form or a
 * text/plain fetch from there would carry the cookie. Browsers always send Origin on such requests, so one whose
 * Origin is not this server's host (or a configured origin) is refused. Clients that are not browsers send no Origin
 * and no Sec-Fetch-Site, and are let through: they cannot hold a victim's cookie.
 */
export const originAllowed = (request: FastifyRequest, allowedOrigins: readonly string[]) => {
  if (!STATE_CHANGING.has(request.method)) return true;
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== '') {
    if (allowedOrigins.includes(origin)) return true;
    return origin !== 'null' && hostOf(origin) === request.host;
  }
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
};

export const installOriginCheck = (app: FastifyInstance, allowedOrigins: readonly string[]) => {
  // A callback hook, not an async one: most requests pass, and a promise per request is cost for nothing (#19).
  app.addHook('onRequest', (request, _reply, done) => {
    if (!request.url.startsWith('/api/') || originAllowed(request, allowedOrigins)) done();
    else done(new AppError('ORIGIN_REFUSED'));
  });
};
