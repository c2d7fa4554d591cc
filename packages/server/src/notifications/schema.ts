import { z } from 'zod';
import { answers, instant, named, stored } from '../http/answers.ts';

export const notificationsQuery = z.object({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const notificationIdParams = z.object({ id: z.uuid() });

export const notificationAnswer = named(
  'AppNotification',
  z.object({
    id: z.string(),
    kind: stored(['warn', 'escalate', 'report', 'dutyPlanPublished']),
    caseId: z.string().nullable(),
    caseNumber: z.string().nullable(),
    deadlineId: z.string().nullable(),
    escalationLevel: z.number().int(),
    messageZh: z.string(),
    messageEn: z.string(),
    createdAt: instant,
    readAt: instant.nullable(),
  }),
);

export const notificationsResponse = answers({
  200: z.object({ items: z.array(notificationAnswer), unread: z.number().int() }),
});
export const notificationResponse = answers({ 200: notificationAnswer });
