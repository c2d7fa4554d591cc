import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { analyticsRoutes } from '../analytics/routes.ts';
import { assessmentRoutes } from '../assessment/routes.ts';
import { createDenialCoalescer, type DenialCoalescer } from '../audit/denial-coalescer.ts';
import { auditRefusal } from '../audit/refusals.ts';
import { auditRoutes } from '../audit/routes.ts';
import { installAuthHook } from '../auth/hook.ts';
import { authRoutes } from '../auth/routes.ts';
import type { AuthDeps } from '../auth/session-cache.ts';
import { calendarsRoutes } from '../calendar-admin/routes.ts';
import { callsRoutes } from '../calls/routes.ts';
import { casesRoutes } from '../cases/routes.ts';
import { catastropheRoutes } from '../catastrophes/routes.ts';
import { claimApplicationsRoutes } from '../claim-applications/routes.ts';
import { claimsRoutes } from '../claims/routes.ts';
import { claimRulesRoutes } from '../claims/rules-routes.ts';
import { complaintRecordWriter } from '../complaints/intake.ts';
import { complaintsRoutes } from '../complaints/routes.ts';
import { complaintRulesRoutes } from '../complaints/rules-routes.ts';
import { customerViewRoutes } from '../customer-view/routes.ts';
import { dataSharingRoutes } from '../data-sharing/routes.ts';
import { deadlinesRoutes } from '../deadlines/routes.ts';
import { directoryRoutes } from '../directory/routes.ts';
import { dutyRoutes } from '../duty/routes.ts';
import { AppError } from '../errors.ts';
import { exportRoutes } from '../export/routes.ts';
import { fraudRoutes } from '../fraud/routes.ts';
import { fraudGraphRoutes } from '../fraud-graph/routes.ts';
import { frontDeskRoutes } from '../front-desk/routes.ts';
import { handoverRoutes } from '../handover/routes.ts';
import { withoutUnusedInputCopies } from '../http/answers.ts';
import type { RouteAccess } from '../http/context.ts';
import { installErrorHandling } from '../http/error-handler.ts';
import { logSerializers } from '../http/log-redaction.ts';
import { installOriginCheck } from '../http/origin-check.ts';
import { installSecurityHeaders } from '../http/security-headers.ts';
import { questionRoutes } from '../knowledge/question-routes.ts';
import { quizRoutes } from '../knowledge/quiz-routes.ts';
import { knowledgeRoutes } from '../knowledge/routes.ts';
import { kpisRoutes } from '../kpis/routes.ts';
import { LiveHub } from '../live/hub.ts';
import { liveRoutes } from '../live/routes.ts';
import { logDestination } from '../logging/file-sink.ts';
import { notificationsRoutes } from '../notifications/routes.ts';
import { policyImportsRoutes } from '../policies/routes.ts';
import { policyServicesRoutes } from '../policy-services/routes.ts';
import { preferencesRoutes } from '../preferences/routes.ts';
import { qaRoutes } from '../qa/routes.ts';
import { scriptsRoutes } from '../scripts/routes.ts';
import { taskRoutes } from '../tasks/routes.ts';
import { trainingRoutes } from '../training/routes.ts';
import { usersAdminRoutes } from '../users/routes.ts';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

export type RegisteredRoute = {
  method: string;
  url: string;
  access: RouteAccess | undefined;
  /** The route declares its answers (schema.response): the contract the console's types are generated from. */
  answers: boolean;
};

export type AppOptions = {
  logger?: boolean;
  /** Where log lines go (standard output by default); the log canary test reads them back. */
  logStream?: { write(line: string): void };
  webDist?: string | null;
  /** This node's live hub (live/hub.ts), fed by its listener; without one the stream opens but stays quiet. */
  live?: LiveHub;
};

const HEALTHY = JSON.stringify({ status: 'ok' });

export const buildApp = async (deps: AuthDeps, opts: AppOptions = {}) => {
  // Issue #18 part 5: with a log directory set, every line also goes to a daily file kept the retention period.
  const sink = opts.logger ? await logDestination(deps.settings, opts.logStream) : undefined;
  const stream = sink?.stream;
  const app: FastifyInstance = Fastify({
    logger: opts.logger
      ? {
          level: deps.settings.logLevel,
          // No personal data in logs: no headers, no bodies, no query values (http/log-redaction.ts).
          serializers: logSerializers,
          ...(stream ? { stream } : {}),
        }
      : false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: deps.settings.trustProxy,
    bodyLimit: 1_048_576,
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    // Static assets and the API explorer are public by nature; every /api route must declare its access.
    const isApi = route.url.startsWith('/api/') && !route.url.startsWith('/api/docs');
    if (!isApi && !route.config?.access) route.config = { ...route.config, access: 'public' };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const answers = route.schema?.response !== undefined;
    for (const method of methods)
      routes.push({ method, url: route.url, access: route.config?.access, answers });
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    // Time spent inside the server (W3C Server-Timing): tells a slow network or client from a slow server.
    reply.header('server-timing', `app;dur=${reply.elapsedTime.toFixed(2)}`);
    done(null, payload);
  });
  // Issue #18: repeated refusals are counted into one audit row per window, so a flood cannot hold the chain lock.
  const denials = createDenialCoalescer(deps, deps.settings.denialWindowMs, (err) =>
    app.log.error({ err }, 'refusal not audited'),
  );
  denials.start();
  app.decorate('denials', denials);
  // The denials' last counts are written before the log file closes, which is last of all.
  app.addHook('onClose', () =>
    denials.stop().catch((err: unknown) => app.log.error({ err }, 'refusal counts not audited')),
  );
  if (sink) app.addHook('onClose', () => sink.close());
  installErrorHandling(app, (request, code) => auditRefusal(denials, request, code));
  installSecurityHeaders(app);
  installOriginCheck(app, deps.settings.allowedOrigins);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'claimline API', version: '0.1.0' },
      tags: [
        { name: 'auth' },
        { name: 'cases' },
        { name: 'deadlines' },
        { name: 'notifications' },
        { name: 'calendars' },
        { name: 'claim reports' },
        { name: 'scripts' },
        { name: 'calls' },
        { name: 'qa' },
        { name: 'complaints' },
        { name: 'policies' },
        { name: 'live' },
        { name: 'catastrophes' },
      ],
    },
    transform: jsonSchemaTransform,
    // Named answers (http/answers.ts) become components.schemas, referenced by every route that sends them.
    transformObject: (doc) => withoutUnusedInputCopies(jsonSchemaTransformObject(doc)),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  installAuthHook(app, deps);

  // Probes are lean (#19): answered many times a second by every balancer, they log nothing and their answer is a
  // constant, serialised once.
  app.get(
    '/healthz',
    { config: { access: 'public' }, schema: { hide: true }, logLevel: 'silent' },
    (_request, reply) => {
      reply.type('application/json').send(HEALTHY);
    },
  );
  app.get('/readyz', { config: { access: 'public' }, schema: { hide: true } }, async () => {
    try {
      await sql`SELECT 1`.execute(deps.db);
      return { status: 'ready' };
    } catch {
      throw new AppError('NOT_READY');
    }
  });
  await app.register(authRoutes(deps));
  // A complaint made on the general case form still gets its complaint record (C6).
  await app.register(casesRoutes(deps, { complaint: complaintRecordWriter(deps.crypto) }));
  await app.register(exportRoutes(deps));
  await app.register(directoryRoutes(deps));
  await app.register(auditRoutes(deps));
  await app.register(deadlinesRoutes(deps));
  await app.register(notificationsRoutes(deps));
  await app.register(calendarsRoutes(deps));
  await app.register(claimsRoutes(deps));
  await app.register(claimRulesRoutes(deps));
  await app.register(claimApplicationsRoutes(deps));
  await app.register(scriptsRoutes(deps));
  await app.register(callsRoutes(deps));
  await app.register(qaRoutes(deps));
  await app.register(complaintsRoutes(deps));
  await app.register(complaintRulesRoutes(deps));
  await app.register(handoverRoutes(deps));
  await app.register(knowledgeRoutes(deps));
  await app.register(questionRoutes(deps));
  await app.register(quizRoutes(deps));
  await app.register(taskRoutes(deps));
  await app.register(policyImportsRoutes(deps));
  await app.register(dutyRoutes(deps));
  await app.register(usersAdminRoutes(deps));
  await app.register(dataSharingRoutes(deps));
  await app.register(kpisRoutes(deps));
  await app.register(trainingRoutes(deps));
  await app.register(fraudGraphRoutes(deps));
  await app.register(analyticsRoutes(deps));
  await app.register(assessmentRoutes(deps));
  await app.register(frontDeskRoutes(deps));
  await app.register(liveRoutes(opts.live ?? new LiveHub()));
  await app.register(catastropheRoutes(deps));
  await app.register(customerViewRoutes(deps));
  await app.register(policyServicesRoutes(deps));
  await app.register(fraudRoutes(deps));
  await app.register(preferencesRoutes(deps));

  const webDist = opts.webDist === undefined ? WEB_DIST : opts.webDist;
  if (webDist && existsSync(path.join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      serve: true,
      decorateReply: true,
    });
    // Single-page app: any non-API GET that is not a file gets index.html; API paths keep their JSON 404.
    app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) throw new AppError('NOT_FOUND');
      return reply.sendFile('index.html');
    });
  }
  return app;
};

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
    denials: DenialCoalescer;
  }
}
