import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * helmet's protective headers (CSP, HSTS, nosniff, frame options, …) on every answer. The middleware is built once
 * here: @fastify/helmet built it again on every request, re-parsing the CSP each time, which showed in the CPU
 * profile of the look-up benchmark (docs/PERFORMANCE.md).
 */
export const installSecurityHeaders = (app: FastifyInstance) => {
  const apply = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  // Our directives are constants (no nonce, no function of the request), so helmet's answer is the same for every
  // request: it is taken once from a recording response and set as one object per request (#19), instead of
  // running helmet's twelve middlewares and their setHeader checks on each.
  const fixed: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: unknown) => {
      fixed[name.toLowerCase()] = String(value);
    },
    removeHeader: () => {},
    getHeader: () => undefined,
  };
  let synchronous = false;
  apply({ headers: {} } as IncomingMessage, recorder as unknown as ServerResponse, () => {
    synchronous = true;
  });
  app.addHook('onRequest', (request, reply, done) => {
    if (synchronous) {
      reply.headers(fixed);
      return done();
    }
    apply(request.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
  });
  // API answers carry personal data: no browser or proxy may keep a copy (PDF letters included).
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs'))
      reply.header('cache-control', 'no-store');
    done(null, payload);
  });
};
