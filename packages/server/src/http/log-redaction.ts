import { maskPersonalData } from '@claimline/domain/identity';
import type { FastifyRequest } from 'fastify';

/** Any birth date counts for a log (no clock here): masking a little too much in a log costs nothing. */
const ANY_DAY = '9999-12-31';

/**
 * The access log keeps the path and the names of query parameters, never their values: a search for a phone or an
 * ID number sends it as `q`, and a log must not become a copy of personal data (PIPL art. 51; issue #18 part 5).
 * Path parameters are record ids by design, but a client may put anything there: an ID or phone number in the path
 * is masked (the error-log canary found `/api/cases/<phone>` written as sent; issue #18 part 9).
 */
export const redactUrl = (url: string) => {
  const at = url.indexOf('?');
  if (at === -1) return maskPersonalData(url, ANY_DAY);
  const names = url
    .slice(at + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return `${eq === -1 ? pair : pair.slice(0, eq)}=_`;
    });
  return `${maskPersonalData(url.slice(0, at), ANY_DAY)}?${names.join('&')}`;
};

/** pino serializers for Fastify's request and response lines: what an operator needs, nothing personal. */
export const logSerializers = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    url: redactUrl(request.url),
    remoteAddress: request.ip,
  }),
};
