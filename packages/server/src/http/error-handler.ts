import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  AppError,
  ERRORS,
  type ErrorCode,
  errorBody,
  fromDomain,
  isDomainError,
  preferredLanguage,
} from '../errors.ts';
import { fieldMessage } from './validation-messages.ts';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

/** Maps every thrown thing to the one error table; only a genuine fault of ours is a 5xx. */
export const toAppError = (err: unknown, lang: 'zh' | 'en' = 'zh'): AppError => {
  if (err instanceof AppError) return err;
  if (isDomainError(err)) return fromDomain(err);
  const e = err as FastifyError & { code?: string };
  if (hasZodFastifySchemaValidationErrors(e)) {
    return new AppError(
      'VALIDATION_FAILED',
      e.validation.map((v) => {
        // fastify-type-provider-zod 7 spreads the zod issue into params, its code as keyword and its message.
        const issue = (v.params?.issue ?? { ...v.params, code: v.keyword, message: v.message }) as
          | ({ path?: PropertyKey[] } & Parameters<typeof fieldMessage>[0])
          | undefined;
        const path =
          v.instancePath.replace(/^\//, '').replaceAll('/', '.') || (issue?.path ?? []).map(String).join('.');
        return {
          in: e.validationContext ?? 'body',
          path,
          message: fieldMessage(issue, v.message ?? '', lang),
        };
      }),
    );
  }
  if (e?.code && FASTIFY_CODES[e.code]) return new AppError(FASTIFY_CODES[e.code] as ErrorCode);
  if (e?.statusCode === 429) return new AppError('RATE_LIMITED');
  if (e?.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (e?.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  // PostgreSQL class 22 is "data exception": a value a client sent that the schema did not catch.
  if (typeof e?.code === 'string' && /^22[0-9A-Z]{3}$/.test(e.code)) return new AppError('VALIDATION_FAILED');
  if (typeof e?.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500)
    return new AppError('MALFORMED_REQUEST');
  return new AppError('INTERNAL');
};

/** Told of every refused request (403), so the refusal reaches the audit log (issue #18 part 7). */
export type OnRefused = (request: FastifyRequest, code: ErrorCode) => Promise<void>;

export const installErrorHandling = (app: FastifyInstance, onRefused?: OnRefused) => {
  app.setErrorHandler(async (err, request, reply) => {
    const lang = preferredLanguage(request.headers['accept-language']);
    const appErr = toAppError(err, lang);
    const status = ERRORS[appErr.code].status;
    if (status >= 500) request.log.error({ err }, 'request failed');
    if (status === 403 && onRefused) {
      // The refusal is the answer; failing to record it must not turn it into a 500.
      await onRefused(request, appErr.code).catch((e: unknown) =>
        request.log.error({ err: e }, 'refusal not audited'),
      );
    }
    return reply.status(status).send(errorBody(appErr.code, lang, request.id, appErr.details));
  });
  app.setNotFoundHandler((request, reply) => {
    const lang = preferredLanguage(request.headers['accept-language']);
    return reply.status(404).send(errorBody('NOT_FOUND', lang, request.id));
  });
};
