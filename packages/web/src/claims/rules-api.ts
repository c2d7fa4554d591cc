import type { ClaimRuleField, ClaimRules } from '@claimline/domain/claims';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';

/** GET /api/claim-reports/rules: amounts in fen, as stored. */
export type ClaimRulesView = {
  version: number;
  note: string | null;
  savedAt: string | null;
  savedBy: string | null;
  editable: boolean;
  rules: ClaimRules;
  defaults: ClaimRules;
  fields: ClaimRuleField[];
  reportDeadline: { ruleId: string; unit: string; amount: number; source: string } | null;
};

/** The editable part of the rules, as PUT takes it (the 24-hour report is a deadline rule, not here). */
export type ClaimRulesInput = {
  majorCase: Omit<ClaimRules['majorCase'], 'reportWithinHours'>;
  sameLoss: ClaimRules['sameLoss'];
  scene: { promptReportHours: number; causesNeedingScene: string[] };
  claimTimeLimitYears: ClaimRules['claimTimeLimitYears'];
};

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
