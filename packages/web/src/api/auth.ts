import type { Permission } from '@claimline/domain/access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client.ts';
import { meKey } from './keys.ts';
import type { Answer, Body, Me } from './types.ts';

/** The signed-in user, or null when there is no session. */
export const fetchMe = async (): Promise<Me | null> => {
  try {
    const { user } = await api<Answer<'/api/auth/me', 'get'>>('/api/auth/me');
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
};

export const useMe = () => useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 });

export const hasPermission = (me: Me | null | undefined, permission: Permission): boolean =>
  Boolean(me?.permissions.includes(permission));

export const useLogin = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Body<'/api/auth/login', 'post'>) =>
      api<Answer<'/api/auth/login', 'post'>>('/api/auth/login', { body: input }),
    onSuccess: ({ user }) => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      client.setQueryData(meKey, user);
    },
  });
};

export const useLogout = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      client.clear();
      client.setQueryData(meKey, null);
    },
  });
};

export const useChangePassword = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Body<'/api/auth/password', 'post'>) =>
      api<void>('/api/auth/password', { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: meKey }),
  });
};
