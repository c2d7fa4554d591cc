import type { QaConfig } from '@claimline/domain/qa';
import type { ForbiddenPack, StandardPack } from '@claimline/domain/scripts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answer, Answers } from '../api/types.ts';

export type PackKind = Answers['Pack']['kind'];
/** A pack's data is owned and checked by the domain's parsers; the answer carries it as an object. */
export type PackData = { forbidden: ForbiddenPack; standard: StandardPack; qa: QaConfig };
export type Pack<K extends PackKind> = Omit<Answers['Pack'], 'kind' | 'data'> & {
  kind: K;
  data: PackData[K];
};
export type HotlineSettings = Answers['HotlineSettings'];
export type Desk = Omit<Answers['Desk'], 'standard' | 'forbidden'> & {
  standard: Pack<'standard'>;
  forbidden: Pack<'forbidden'>;
};
export type PackVersion = Answers['PackVersion'];
export type GuardOverride = Answers['GuardOverride'];

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
    queryFn: ({ signal }) =>
      api<Answer<'/api/scripts/packs/{kind}/versions', 'get'>>(`/api/scripts/packs/${kind}/versions`, {
        signal,
      }),
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
      api<Answer<'/api/scripts/overrides', 'get'>>('/api/scripts/overrides', { query: { days }, signal }),
    enabled,
  });
