import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answers, Body } from '../api/types.ts';

/** GET /api/claim-reports/rules: amounts in fen, as stored. */
export type ClaimRulesView = Answers['ClaimRulesView'];

/** The editable part of the rules, as PUT takes it (the 24-hour report is a deadline rule, not here). */
export type ClaimRulesInput = Body<'/api/claim-reports/rules', 'put'>['rules'];

export const claimRulesKey = ['claimRules'] as const;

export const useClaimRules = () =>
  useQuery({
    queryKey: claimRulesKey,
    queryFn: ({ signal }) => api<ClaimRulesView>('/api/claim-reports/rules', { signal }),
  });

export const useSaveClaimRules = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { baseVersion: number; note: string; rules: ClaimRulesInput }) =>
      api<ClaimRulesView>('/api/claim-reports/rules', { method: 'PUT', body }),
    onSuccess: (saved) => client.setQueryData(claimRulesKey, saved),
  });
};
