import type { QaConfig } from '@claimline/domain/qa';
import type { ForbiddenPack, StandardPack } from '@claimline/domain/scripts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';

export type PackKind = 'forbidden' | 'standard' | 'qa';
export type PackData = { forbidden: ForbiddenPack; standard: StandardPack; qa: QaConfig };
export type Pack<K extends PackKind> = { kind: K; version: number; data: PackData[K] };
export type HotlineSettings = {
  lineName: string;
  ringSeconds: number;
  answerWithinRings: number;
  complaintReplyHours: number;
};
export type Desk = {
  settings: HotlineSettings;
  agentNo: string | null;
  standard: Pack<'standard'>;
  forbidden: Pack<'forbidden'>;
};
export type PackVersion = {
  version: number;
  note: string | null;
  createdAt: string | null;
  createdBy: string | null;
};
export type GuardOverride = {
  id: string;
  at: string;
  actorName: string;
  agentNo: string | null;
  caseId: string | null;
  caseNumber: string | null;
  field: string;
  reason: string;
  hits: { phraseId: string; start: number; end: number }[];
};

export const scriptsKey = ['scripts'] as const;

export const useDesk = () =>
  useQuery({
    queryKey: [...scriptsKey, 'desk'],
    queryFn: ({ signal }) => api<Desk>('/api/scripts/desk', { signal }),
    staleTime: 60_000,
  });

export const usePack = <K extends PackKind>(kind: K) =>
  useQuery({
    queryKey: [...scriptsKey, 'pack', kind],
    queryFn: ({ signal }) => api<Pack<K>>(`/api/scripts/packs/${kind}`, { signal }),
  });

export const usePackVersions = (kind: PackKind) =>
  useQuery({
    queryKey: [...scriptsKey, 'versions', kind],
    queryFn: ({ signal }) => api<{ items: PackVersion[] }>(`/api/scripts/packs/${kind}/versions`, { signal }),
  });

export const useSavePack = <K extends PackKind>(kind: K) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { baseVersion: number; note: string; data: PackData[K] }) =>
      api<Pack<K>>(`/api/scripts/packs/${kind}`, { body: input }),
    onSuccess: () => void client.invalidateQueries({ queryKey: scriptsKey }),
  });
};

export const useSaveSettings = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: HotlineSettings) =>
      api<HotlineSettings>('/api/scripts/settings', { method: 'PUT', body: input }),
    onSuccess: () => void client.invalidateQueries({ queryKey: scriptsKey }),
  });
};

export const useOverrides = (days: number, enabled = true) =>
  useQuery({
    queryKey: [...scriptsKey, 'overrides', days],
    queryFn: ({ signal }) =>
      api<{ items: GuardOverride[] }>('/api/scripts/overrides', { query: { days }, signal }),
    enabled,
  });
