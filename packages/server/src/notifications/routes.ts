import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../auth/hook.ts';
import { AppError } from '../errors.ts';
import type { Deps } from '../http/context.ts';
import * as repo from './repository.ts';
import {
  notificationIdParams,
  notificationResponse,
  notificationsQuery,
  notificationsResponse,
} from './schema.ts';

const view = (n: Awaited<ReturnType<typeof repo.listNotifications>>[number] | repo.NotificationRow) => ({
  id: n.id,
  kind: n.kind,
  caseId: n.case_id,
  caseNumber: 'case_number' in n ? n.case_number : null,
  deadlineId: n.deadline_id,
  escalationLevel: n.escalation_level,
  messageZh: n.message_zh,
  messageEn: n.message_en,
  createdAt: n.created_at.toISOString(),
  readAt: n.read_at?.toISOString() ?? null,
});

/** Each user's own notices (deadline warnings and escalations); nobody reads another's. */
export const notificationsRoutes = (deps: Deps) => async (app: FastifyInstance) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  r.get(
    '/api/notifications',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: "The caller's notifications, newest first, with the unread count",
        querystring: notificationsQuery,
        response: notificationsResponse,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rows = await repo.listNotifications(
        deps.db,
        actor.id,
        request.query.unread === 'true',
        request.query.limit,
      );
      return { items: rows.map(view), unread: await repo.unreadCount(deps.db, actor.id) };
    },
  );
  r.post(
    '/api/notifications/:id/read',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Mark one of your notifications read',
        params: notificationIdParams,
        response: notificationResponse,
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await repo.markRead(deps.db, actor.id, request.params.id, deps.clock.now());
      if (!row) throw new AppError('NOTIFICATION_NOT_FOUND');
      return view(row);
    },
  );
};
