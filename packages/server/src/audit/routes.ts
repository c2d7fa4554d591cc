import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../http/context.ts';
import { requireActor } from '../http/request-ctx.ts';
import { verifyAuditChain } from './audit.ts';
import { currentAuditKey } from './audit-key.ts';
import { readCheckpoints } from './checkpoints.ts';
import { auditListBase } from './list.ts';
import { auditPageResponse, auditQuery, auditVerificationResponse } from './schema.ts';

export const auditRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        querystring: auditQuery,
        response: auditPageResponse,
        summary: 'Audit log entries, newest first',
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const q = request.query;
      const base = auditListBase(deps.db, actor, q);
      const [count] = await base.select((eb) => eb.fn.countAll<string>().as('n')).execute();
      const rows = await base
        .selectAll()
        .orderBy('id', 'desc')
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      return {
        items: rows.map((a) => ({
          id: String(a.id),
          at: a.at.toISOString(),
          actorId: a.actor_id,
          actorName: a.actor_name,
          action: a.action,
          objectType: a.object_type,
          objectId: a.object_id,
          result: a.result,
          requestId: a.request_id,
          details: a.details,
        })),
        total: Number(count?.n ?? 0),
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );
  r.get(
    '/api/audit/verify',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        response: auditVerificationResponse,
        summary: 'Verify the hash chain of the audit log',
      },
    },
    async (request) => {
      requireActor(request);
      const key = currentAuditKey();
      return verifyAuditChain(deps.db, {
        key,
        checkpoints: await readCheckpoints(deps.settings.auditCheckpointFile, key),
      });
    },
  );
};
