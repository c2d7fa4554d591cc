import type { Permission } from '@claimline/domain/access';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client.ts';
import { meKey } from './keys.ts';
import type { Answer, Body, Me } from './types.ts';

/**
 * Whether this browser signed in and has not signed out since. The session cookie is HttpOnly, so the console cannot
 * see it; without this hint every visit to the login page asked /api/auth/me first and the browser logged its 401.
 * A stale hint (the session expired) costs one 401, after which it is cleared.
 */
const SIGNED_IN_HINT = 'claimline.signedIn';

const setSignedInHint = (signedIn: boolean) => {
  try {
    if (signedIn) window.localStorage.setItem(SIGNED_IN_HINT, '1');
    else window.localStorage.removeItem(SIGNED_IN_HINT);
  } catch {
    // storage unavailable (private mode): the console then always asks the server
  }
};

const signedInHint = (): boolean => {
  try {
    return window.localStorage.getItem(SIGNED_IN_HINT) !== null;
  } catch {
    return true;
  }
};

/** The signed-in user, or null when there is no session. */
export const fetchMe = async (): Promise<Me | null> => {
  if (!signedInHint()) return null;
  try {
    const { user } = await api<Answer<'/api/auth/me', 'get'>>('/api/auth/me');
    setSignedInHint(true);
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setSignedInHint(false);
      return null;
    }
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
      setSignedInHint(true);
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
      setSignedInHint(false);
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
