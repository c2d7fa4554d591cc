import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answers } from '../api/types.ts';

export type CustomerView = Answers['CustomerView'];
export type CustomerRecord = Answers['CustomerRecord'];
export type CustomerAnchor = { kind: 'case' | 'call'; id: string };

/** 该客户的全部记录 of a case or a call. */
export const useCustomerOf = (anchor: CustomerAnchor | null) =>
  useQuery({
    queryKey: ['customerView', anchor?.kind, anchor?.id],
    enabled: anchor !== null,
    queryFn: ({ signal }) =>
      api<CustomerView>(
        `/api/${anchor!.kind === 'case' ? 'cases' : 'calls'}/${encodeURIComponent(anchor!.id)}/customer-view`,
        { signal },
      ),
  });

/** Search by phone or ID number: sent in the body, never in the URL (it would stay in history and logs). */
export const useCustomerSearch = () =>
  useMutation({
    mutationFn: (body: { phone?: string; idNumber?: string }) =>
      api<CustomerView>('/api/customer-view/search', { method: 'POST', body }),
  });
