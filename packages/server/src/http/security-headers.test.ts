import Fastify from 'fastify';
import helmet from 'helmet';
import { describe, expect, it } from 'vitest';
import { installSecurityHeaders } from './security-headers.ts';

describe('security headers taken once', () => {
  it('sends exactly the headers helmet itself sets', async () => {
    const app = Fastify();
    installSecurityHeaders(app);
    app.get('/x', async () => ({ ok: true }));
    const ours = await app.inject({ url: '/x' });
    const plain = Fastify();
    const h = helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
        },
      },
    });
    plain.addHook('onRequest', (req, reply, done) => h(req.raw, reply.raw, () => done()));
    plain.get('/x', async () => ({ ok: true }));
    const theirs = await plain.inject({ url: '/x' });
    const pick = (hs: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(hs).filter(
          ([k]) => !['date', 'content-length', 'connection', 'cache-control'].includes(k),
        ),
      );
    expect(pick(ours.headers)).toEqual(pick(theirs.headers));
    expect(ours.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
