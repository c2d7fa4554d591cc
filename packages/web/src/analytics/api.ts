import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answer, Answers } from '../api/types.ts';

export type ServiceAnalytics = Answers['ServiceAnalytics'];
export type ServiceRows = Answers['ServiceAnalyticsRows'];

/** The dashboard's filters: a period of Beijing days, an optional branch (in scope) and product. */
export type AnalyticsFilter = {
  from: string;
  to: string;
  branchId?: string | undefined;
  product?: string | undefined;
};

/** What a bar stands for: which chart, and the stage, bucket, product, ground or category clicked. */
export type AnalyticsDrill = {
  chart: 'cycle' | 'waiting' | 'refusals' | 'complaints';
  state?: string | undefined;
  bucket?: string | undefined;
  rowProduct?: string | undefined;
  basis?: string | undefined;
  category?: string | undefined;
  /** The drawer's title: what was clicked, in words. */
  title: string;
};

export const useServiceAnalytics = (f: AnalyticsFilter) =>
  useQuery({
    queryKey: ['analytics', 'service', f],
    queryFn: ({ signal }) =>
      api<Answer<'/api/analytics/service', 'get'>>('/api/analytics/service', { query: f, signal }),
  });

export const drillQuery = (f: AnalyticsFilter, d: AnalyticsDrill) => {
  const { title: _title, ...rest } = d;
  return { ...f, ...rest };
};

export const useServiceRows = (f: AnalyticsFilter, d: AnalyticsDrill | null) =>
  useQuery({
    queryKey: ['analytics', 'rows', f, d],
    queryFn: ({ signal }) =>
      api<Answer<'/api/analytics/service/rows', 'get'>>('/api/analytics/service/rows', {
        query: drillQuery(f, d as AnalyticsDrill),
        signal,
      }),
    enabled: d !== null,
  });
