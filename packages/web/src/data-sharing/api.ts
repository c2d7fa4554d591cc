import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answers } from '../api/types.ts';

export type DataShareRequest = Answers['DataShareRequest'];
export type ShareBranch = { id: string; code: string; name: { zh: string; en: string }; path: string };
export type NewRequest = {
  dataKind: DataShareRequest['dataKind'];
  branchId: string;
  purpose: string;
  startsAt: string;
  endsAt: string;
};

const key = ['dataSharing'] as const;

export const useShareRequests = (query: { state?: string; live?: 'true' }) =>
  useQuery({
    queryKey: [...key, query],
    queryFn: ({ signal }) =>
      api<{ items: DataShareRequest[] }>('/api/data-sharing/requests', { query, signal }),
  });

export const useShareBranches = () =>
  useQuery({
    queryKey: [...key, 'branches'],
    queryFn: ({ signal }) => api<{ items: ShareBranch[] }>('/api/data-sharing/branches', { signal }),
    staleTime: 300_000,
  });

const useRefresh = () => {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: key });
    // A grant changes what the case list shows.
    void client.invalidateQueries({ queryKey: ['cases'] });
  };
};

export const useRequestShare = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NewRequest) => api<DataShareRequest>('/api/data-sharing/requests', { body }),
    onSuccess: refresh,
  });
};

export const useShareMove = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; event: string; version: number; note?: string }) =>
      api<DataShareRequest>(`/api/data-sharing/requests/${encodeURIComponent(id)}/moves`, { body }),
    onSuccess: refresh,
  });
};
