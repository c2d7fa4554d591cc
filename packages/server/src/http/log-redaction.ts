import type { FastifyRequest } from 'fastify';

/**
 * The access log keeps the path and the names of query parameters, never their values: a search for a phone or an
 * ID number sends it as `q`, and a log must not become a copy of personal data (PIPL art. 51; issue #18 part 5).
 * Path parameters are record ids by design (no route takes personal data in its path).
 */
export const redactUrl = (url: string) => {
  const at = url.indexOf('?');
  if (at === -1) return url;
  const names = url
    .slice(at + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return `${eq === -1 ? pair : pair.slice(0, eq)}=_`;
    });
  return `${url.slice(0, at)}?${names.join('&')}`;
};

/** pino serializers for Fastify's request and response lines: what an operator needs, nothing personal. */
export const logSerializers = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    url: redactUrl(request.url),
    remoteAddress: request.ip,
  }),
};
