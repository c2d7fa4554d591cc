import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Answer, AppNotification } from './types.ts';

export const notificationsKey = ['notifications'] as const;

// Warnings and escalations come from the sweeper every 30 s by default; polling a little slower is enough.
export const NOTIFICATION_POLL_MS = 60_000;

/** The header's notices (every desk shows the bell, so these hooks sit below the desks). */
export const useNotifications = (enabled = true) =>
  useQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal }) => api<Answer<'/api/notifications', 'get'>>('/api/notifications', { signal }),
    refetchInterval: NOTIFICATION_POLL_MS,
    enabled,
  });

export const useMarkRead = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<AppNotification>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: notificationsKey }),
  });
};
