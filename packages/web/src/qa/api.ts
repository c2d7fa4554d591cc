import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answer, Answers } from '../api/types.ts';

export type AgentQa = Answers['AgentQa'];
export type TrendPoint = Answers['TrendPoint'];

export const useAgentQa = (days: number) =>
  useQuery({
    queryKey: ['qa', 'agents', days],
    queryFn: ({ signal }) =>
      api<Answer<'/api/qa/agents', 'get'>>('/api/qa/agents', { query: { days }, signal }),
  });

export const useTrend = (days: number, agentId: string | undefined) =>
  useQuery({
    queryKey: ['qa', 'trend', days, agentId ?? 'all'],
    queryFn: ({ signal }) =>
      api<Answer<'/api/qa/trend', 'get'>>('/api/qa/trend', { query: { days, agentId }, signal }),
  });
