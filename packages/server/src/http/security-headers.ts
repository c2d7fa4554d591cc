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
  app.addHook('onRequest', (request, reply, done) => {
    // A lean route (a load balancer's probe) answers no browser: its answer needs none of these headers (#19).
    if (request.routeOptions.config.lean) return done();
    apply(request.raw, reply.raw, (err?: unknown) => done(err as Error | undefined));
  });
  // API answers carry personal data: no browser or proxy may keep a copy (PDF letters included).
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs'))
      reply.header('cache-control', 'no-store');
    done(null, payload);
  });
};
