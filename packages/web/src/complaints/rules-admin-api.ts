import type {
  ComplaintClockField,
  ComplaintRuleSettings,
  HandlerRole,
  RoutingTrace,
} from '@claimline/domain/complaints';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';

type Text = { zh: string; en: string };

/** GET /api/complaints/rules. */
export type ComplaintRulesView = {
  version: number;
  note: string | null;
  savedAt: string | null;
  savedBy: string | null;
  editable: boolean;
  rules: ComplaintRuleSettings;
  defaults: ComplaintRuleSettings;
  fields: ComplaintClockField[];
  sources: { matrix: Text; authority: Text };
  decisionRule: { ruleId: string; unit: string; amount: number; source: string } | null;
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

export type RoutingRuleView = {
  id: string;
  branchId: string | null;
  branchName: string | null;
  branchNameEn: string | null;
  product: string | null;
  category: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  priority: number;
  active: boolean;
  updatedAt: string;
};

export type RoutingRuleInput = {
  branchId: string | null;
  product: string | null;
  category: string | null;
  assigneeId: string | null;
  priority: number;
  active: boolean;
};

export type RoutingPreview = RoutingTrace & {
  handlerRole: HandlerRole;
  picked: { id: string; name: string | null; ruleId: string | null } | null;
  avoided: { id: string; name: string | null }[];
};

const RR = '/api/complaints/routing-rules';
export const routingRulesKey = ['complaintRoutingRules'] as const;

export const useRoutingRules = () =>
  useQuery({
    queryKey: routingRulesKey,
    queryFn: ({ signal }) => api<{ editable: boolean; rules: RoutingRuleView[] }>(RR, { signal }),
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
    mutationFn: (body: {
      branchId: string;
      product: string;
      category: string;
      handlerRole: HandlerRole;
      complainedUserId?: string;
    }) => api<RoutingPreview>(`${RR}/preview`, { method: 'POST', body }),
  });
