import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Answer, AppNotification } from './types.ts';

export const notificationsKey = ['notifications'] as const;

/** The header's notices (every desk shows the bell, so these hooks sit below the desks); kept fresh by the live stream. */
export const useNotifications = (enabled = true) =>
  useQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal }) => api<Answer<'/api/notifications', 'get'>>('/api/notifications', { signal }),
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
