import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Answers } from './types.ts';

export type Preferences = Answers['Preferences'];
export const preferencesKey = ['preferences'] as const;

/** The signed-in person's display choices, kept on the server (issue #21 part 4). */
export const usePreferences = (enabled: boolean) =>
  useQuery({
    queryKey: preferencesKey,
    queryFn: ({ signal }) => api<Preferences>('/api/me/preferences', { signal }),
    enabled,
    // A display choice changes only through this console's own saves, which write the answer into the cache.
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useSaveColumns = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { list: string; hidden: string[] }) =>
      api<Preferences>('/api/me/preferences/columns', { method: 'PUT', body }),
    // The choice shows at once; the server's answer then confirms it.
    onMutate: (body) =>
      client.setQueryData<Preferences>(preferencesKey, (prev) => ({
        columns: { ...prev?.columns, [body.list]: body.hidden },
      })),
    onSuccess: (answer) => client.setQueryData(preferencesKey, answer),
  });
};
