import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.ts';
import { caseKey, caseListKey, casesKey } from './keys.ts';
import type { CaseDetail, CaseEventInput, CasePage, CaseQuery, NewCase } from './types.ts';

/** One page of the list; `after` (the previous page's `next`) reads it by keyset instead of by page number. */
export const useCaseList = (query: CaseQuery, after?: string) =>
  useQuery({
    queryKey: caseListKey(query),
    queryFn: ({ signal }) =>
      api<CasePage>('/api/cases', {
        query: { ...query, mine: query.mine ? true : undefined, after },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const useCase = (id: string) =>
  useQuery({
    queryKey: caseKey(id),
    queryFn: ({ signal }) => api<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`, { signal }),
  });

export const useCreateCase = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: NewCase; idempotencyKey: string }) =>
      api<CaseDetail>('/api/cases', { body: input, headers: { 'Idempotency-Key': idempotencyKey } }),
    onSuccess: (detail) => {
      client.setQueryData(caseKey(detail.id), detail);
      void client.invalidateQueries({ queryKey: casesKey });
    },
  });
};

/** Every change of a case answers the new CaseDetail: store it, and let the lists refetch. */
const useCaseChange = <I>(id: string, path: string, toBody: (input: I) => unknown) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: I) =>
      api<CaseDetail>(`/api/cases/${encodeURIComponent(id)}${path}`, { body: toBody(input) }),
    onSuccess: (detail) => {
      client.setQueryData(caseKey(id), detail);
      void client.invalidateQueries({ queryKey: [...casesKey, 'list'] });
    },
  });
};

export const useCaseEvent = (id: string) => useCaseChange(id, '/events', (input: CaseEventInput) => input);

export const useAddNote = (id: string) =>
  useCaseChange(id, '/notes', (input: { note: string; overrideReason?: string | undefined }) => input);

export const useRequestTransfer = (id: string) =>
  useCaseChange(id, '/transfer', (input: { toUserId: string; version: number; note?: string }) => input);

export const useAcceptTransfer = (id: string) =>
  useCaseChange(id, '/transfer/accept', (input: { version: number }) => input);

export const useDeclineTransfer = (id: string) =>
  useCaseChange(id, '/transfer/decline', (input: { version: number; note?: string }) => input);

/** Full personal data, shown only after a reason is given and the reveal is audited (C11); never cached. */
export const useReveal = (id: string) =>
  useMutation({
    mutationFn: (input: { field: string; eventId?: string; rowId?: string; reason: string }) =>
      api<{ field: string; value: string | null }>(`/api/cases/${encodeURIComponent(id)}/reveal`, {
        body: input,
      }),
  });

export const useCancelTransfer = (id: string) =>
  useCaseChange(id, '/transfer/cancel', (input: { version: number }) => input);
