import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';

export type AgentQa = {
  agentId: string;
  name: string;
  agentNo: string | null;
  calls: number;
  avgScore: number | null;
  forbiddenHits: number;
  reviewed: number;
  withinRingsPct: number | null;
  overrides: number;
};
export type TrendPoint = { day: string; calls: number; avgScore: number | null; hits: number };

export const useAgentQa = (days: number) =>
  useQuery({
    queryKey: ['qa', 'agents', days],
    queryFn: ({ signal }) => api<{ items: AgentQa[] }>('/api/qa/agents', { query: { days }, signal }),
  });

export const useTrend = (days: number, agentId: string | undefined) =>
  useQuery({
    queryKey: ['qa', 'trend', days, agentId ?? 'all'],
    queryFn: ({ signal }) =>
      api<{ items: TrendPoint[] }>('/api/qa/trend', { query: { days, agentId }, signal }),
  });
