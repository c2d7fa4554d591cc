import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answer, Answers } from '../api/types.ts';

export type KpiValue = Answers['KpiValue'];
export type KpiTrendPoint = Answers['KpiTrendPoint'];
export type AgentHome = Answers['AgentHome'];
export type TeamHome = Answers['TeamHome'];
export type BranchHome = Answers['BranchHome'];
export type BranchesHome = Answers['BranchesHome'];
export type KpiDrill = Answers['KpiDrill'];

/** Home pages refresh while open: the team lead watches the queue. */
const HOME_POLL_MS = 30_000;

const home = <P extends '/api/home/agent' | '/api/home/team' | '/api/home/branch' | '/api/home/branches'>(
  path: P,
  enabled: boolean,
) =>
  useQuery({
    queryKey: ['home', path],
    queryFn: ({ signal }) => api<Answer<P, 'get'>>(path, { signal }),
    refetchInterval: HOME_POLL_MS,
    enabled,
  });

export const useAgentHome = (enabled = true) => home('/api/home/agent', enabled);
export const useTeamHome = (enabled = true) => home('/api/home/team', enabled);
export const useBranchHome = (enabled = true) => home('/api/home/branch', enabled);
export const useBranchesHome = (enabled = true) => home('/api/home/branches', enabled);

/** What a chart click asks for: the rows behind one bar or point. */
export type DrillRequest = {
  source: 'calls' | 'cases' | 'complaints' | 'claims';
  scope: 'agent' | 'team' | 'branch';
  id?: string | undefined;
  from: string;
  to: string;
  state?: string | undefined;
  /** The drawer's title: what was clicked, in words. */
  title: string;
};

export const useDrill = (req: DrillRequest | null) =>
  useQuery({
    queryKey: ['kpis', 'rows', req],
    queryFn: ({ signal }) => {
      const { title: _title, ...query } = req as DrillRequest;
      return api<Answer<'/api/kpis/rows', 'get'>>('/api/kpis/rows', { query, signal });
    },
    enabled: req !== null,
  });
