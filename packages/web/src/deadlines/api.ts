import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answer } from '../api/types.ts';

export const myDeadlinesKey = ['deadlines', 'mine'] as const;

export const useMyDeadlines = () =>
  useQuery({
    queryKey: myDeadlinesKey,
    queryFn: ({ signal }) => api<Answer<'/api/deadlines/mine', 'get'>>('/api/deadlines/mine', { signal }),
  });
