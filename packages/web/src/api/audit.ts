import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { auditKey } from './keys.ts';
import type { AuditPage, AuditQuery, AuditVerification } from './types.ts';

export const useAuditLog = (query: AuditQuery) =>
  useQuery({
    queryKey: auditKey(query),
    queryFn: ({ signal }) => api<AuditPage>('/api/audit', { query, signal }),
    placeholderData: keepPreviousData,
  });

export const useVerifyAudit = () =>
  useMutation({ mutationFn: () => api<AuditVerification>('/api/audit/verify') });
