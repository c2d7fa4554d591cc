import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { usersKey } from './keys.ts';
import type { Answer } from './types.ts';

export const useUsers = (branchId?: string, enabled = true) =>
  useQuery({
    queryKey: usersKey(branchId),
    queryFn: ({ signal }) => api<Answer<'/api/users', 'get'>>('/api/users', { query: { branchId }, signal }),
    select: (data) => data.items,
    enabled,
    staleTime: 60_000,
  });

export const useBranches = (enabled = true) =>
  useQuery({
    queryKey: ['branches'],
    queryFn: ({ signal }) => api<Answer<'/api/branches', 'get'>>('/api/branches', { signal }),
    select: (data) => data.items,
    enabled,
    staleTime: 300_000,
  });
