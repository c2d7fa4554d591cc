import type { ComplaintClockField, ComplaintRuleSettings, RoutingTrace } from '@claimline/domain/complaints';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answer, Answers, Body } from '../api/types.ts';

/**
 * GET /api/complaints/rules. The rule settings and clock fields are the domain's (ComplaintRuleSettings,
 * ComplaintClockField), checked by its parsers; the answer carries them as objects.
 */
export type ComplaintRulesView = Omit<Answers['ComplaintRulesView'], 'rules' | 'defaults' | 'fields'> & {
  rules: ComplaintRuleSettings;
  defaults: ComplaintRuleSettings;
  fields: ComplaintClockField[];
};

export const complaintRulesKey = ['complaintRules'] as const;

export const useComplaintRules = () =>
  useQuery({
    queryKey: complaintRulesKey,
    queryFn: ({ signal }) => api<ComplaintRulesView>('/api/complaints/rules', { signal }),
  });

export const useSaveComplaintRules = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { baseVersion: number; note: string; rules: ComplaintRuleSettings }) =>
      api<ComplaintRulesView>('/api/complaints/rules', { method: 'PUT', body }),
    onSuccess: (saved) => client.setQueryData(complaintRulesKey, saved),
  });
};

export type RoutingRuleView = Answers['RoutingRuleView'];
export type RoutingRuleInput = Omit<Body<'/api/complaints/routing-rules', 'post'>, 'id'>;

/** The routing trace (rules, candidates, result) is the domain's RoutingTrace. */
export type RoutingPreview = RoutingTrace &
  Pick<Answers['RoutingPreview'], 'handlerRole' | 'picked' | 'avoided'>;

const RR = '/api/complaints/routing-rules';
export const routingRulesKey = ['complaintRoutingRules'] as const;

export const useRoutingRules = () =>
  useQuery({
    queryKey: routingRulesKey,
    queryFn: ({ signal }) => api<Answer<'/api/complaints/routing-rules', 'get'>>(RR, { signal }),
  });

/** Add (no `updatedAt`) or change (with the `updatedAt` the editor read) a rule; the list is read again. */
export const useSaveRoutingRule = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id?: string; updatedAt?: string; rule: RoutingRuleInput }) =>
      v.updatedAt
        ? api<RoutingRuleView>(`${RR}/${encodeURIComponent(v.id ?? '')}`, {
            method: 'PUT',
            body: { ...v.rule, updatedAt: v.updatedAt },
          })
        : api<RoutingRuleView>(RR, { method: 'POST', body: { ...(v.id ? { id: v.id } : {}), ...v.rule } }),
    onSettled: () => client.invalidateQueries({ queryKey: routingRulesKey }),
  });
};

export const useDeleteRoutingRule = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ deleted: string }>(`${RR}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => client.invalidateQueries({ queryKey: routingRulesKey }),
  });
};

export const usePreviewRouting = () =>
  useMutation({
    mutationFn: (body: Body<'/api/complaints/routing-rules/preview', 'post'>) =>
      api<RoutingPreview>(`${RR}/preview`, { method: 'POST', body }),
  });
