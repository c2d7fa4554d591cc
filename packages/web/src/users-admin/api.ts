import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answers, Role } from '../api/types.ts';

export type AdminUser = Answers['AdminUser'];
export type Department = Answers['Department'];
export type UserMove = AdminUser['moves'][number]['move'];
export type UserFilter = {
  branchId?: string;
  role?: Role;
  departmentId?: string;
  active?: 'true' | 'false';
  q?: string;
};
type WithPassword = { user: AdminUser; temporaryPassword: string | null };

const usersKey = ['admin', 'users'] as const;
const departmentsKey = ['departments'] as const;

export const useAdminUsers = (filter: UserFilter) =>
  useQuery({
    queryKey: [...usersKey, filter],
    queryFn: ({ signal }) =>
      api<{ items: AdminUser[]; assignableRoles: Role[] }>('/api/admin/users', { query: filter, signal }),
  });

export const useDepartments = () =>
  useQuery({
    queryKey: departmentsKey,
    queryFn: ({ signal }) => api<{ items: Department[] }>('/api/departments', { signal }),
  });

const useRefresh = () => {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: usersKey });
    void client.invalidateQueries({ queryKey: departmentsKey });
  };
};

export type CreateUserInput = {
  username: string;
  displayName: string;
  agentNo?: string | null;
  role: Role;
  branchId: string;
  departmentId?: string | null;
};

export const useCreateUser = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateUserInput) => api<WithPassword>('/api/admin/users', { body }),
    onSuccess: refresh,
  });
};

export const useEditUser = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string;
      version: number;
      displayName?: string;
      agentNo?: string | null;
      departmentId?: string | null;
    }) => api<AdminUser>(`/api/admin/users/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: refresh,
  });
};

export type MoveInput = { id: string; move: UserMove; version?: number; role?: Role; branchId?: string };

export const useUserMove = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: MoveInput) =>
      api<WithPassword>(`/api/admin/users/${encodeURIComponent(id)}/moves`, { body }),
    onSuccess: refresh,
  });
};

export const useSaveDepartment = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (
      input:
        | { id?: undefined; code: string; name: string; nameEn: string }
        | { id: string; version: number; name?: string; nameEn?: string; active?: boolean },
    ) =>
      input.id === undefined
        ? api<Department>('/api/admin/departments', { body: input })
        : api<Department>(`/api/admin/departments/${encodeURIComponent(input.id)}`, {
            method: 'PATCH',
            body: { version: input.version, name: input.name, nameEn: input.nameEn, active: input.active },
          }),
    onSuccess: refresh,
  });
};
