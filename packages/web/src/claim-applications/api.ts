import type {
  ApplicantRelation,
  ChecklistSettings,
  ClaimApplicationState,
  ClaimType,
} from '@claimline/domain/claim-applications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, newIdempotencyKey } from '../api/client.ts';
import type { Deadline, TimelineEvent } from '../api/types.ts';
import type { BadgeDeadline } from '../deadlines/deadline-badge.tsx';

export {
  APPLICANT_RELATION_LABELS,
  APPLICANT_RELATIONS,
  CLAIM_APPLICATION_STATE_LABELS,
  CLAIM_TYPE_LABELS,
  CLAIM_TYPES,
  DOCUMENT_LISTS,
} from '@claimline/domain/claim-applications';

type Label = { zh: string; en: string };

export type ApplicationMove = {
  event: string;
  label: Label;
  allowed: boolean;
  reason: { code: string; zh: string; en: string } | null;
  byRole: boolean;
  inputs: string[];
  noteRequired: boolean;
};

export type ApplicationDocument = {
  id: string;
  list: string;
  label: Label;
  originalRequired: boolean;
  received: boolean;
  form: 'original' | 'copy' | null;
  verified: boolean;
  returned: boolean;
  satisfied: boolean;
};

export type ApplicationDetail = {
  id: string;
  number: string;
  version: number;
  deadlines: Deadline[];
  events: TimelineEvent[];
  moves: ApplicationMove[];
  application: {
    state: ClaimApplicationState;
    claimType: ClaimType;
    relation: ApplicantRelation;
    applicant: { nameMasked: string; idNumberMasked: string; phoneMasked: string };
    entitlementBasis: string;
    policy: { id: string; policyNo: string; product: string; insuredNameMasked: string };
    report: { id: string; number: string | null } | null;
    documents: ApplicationDocument[];
    progress: { satisfied: number; total: number };
    missingNotice: { at: string } | null;
    handover: { at: string; recipient: string; by: string } | null;
    receipt: { at: string } | null;
  };
};

export type BoardItem = {
  id: string;
  number: string;
  state: ClaimApplicationState;
  claimType: ClaimType;
  applicantNameMasked: string;
  policyNo: string;
  progress: { satisfied: number; total: number };
  nextDeadline: BadgeDeadline | null;
};

export type Board = { columns: { state: ClaimApplicationState; label: Label; items: BoardItem[] }[] };

export type PolicyHit = { id: string; policyNo: string; product: string; insuredNameMasked: string };

export type ChecklistsView = {
  version: number;
  editable: boolean;
  note: string | null;
  checklists: ChecklistSettings;
};

const key = (id: string) => ['claimApplications', id] as const;

export const useBoard = () =>
  useQuery({
    queryKey: ['claimApplications', 'board'],
    queryFn: () => api<Board>('/api/claim-applications'),
  });

export const useApplication = (id: string) =>
  useQuery({ queryKey: key(id), queryFn: () => api<ApplicationDetail>(`/api/claim-applications/${id}`) });

export const lookUpPolicy = (policyNo: string) =>
  api<PolicyHit>('/api/claim-applications/policy', { query: { policyNo } });

export const useRegister = () =>
  useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<ApplicationDetail>('/api/claim-applications', {
        body,
        headers: { 'Idempotency-Key': newIdempotencyKey() },
      }),
  });

export const useMove = (id: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<ApplicationDetail>(`/api/claim-applications/${id}/events`, { body }),
    onSuccess: (d) => client.setQueryData(key(id), d),
  });
};

export const useChecklists = () =>
  useQuery({
    queryKey: ['claimApplications', 'checklists'],
    queryFn: () => api<ChecklistsView>('/api/claim-applications/checklists'),
  });

export const useSaveChecklists = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { baseVersion: number; note: string; checklists: ChecklistSettings }) =>
      api<ChecklistsView>('/api/claim-applications/checklists', { method: 'PUT', body }),
    onSuccess: (d) => client.setQueryData(['claimApplications', 'checklists'], d),
  });
};
