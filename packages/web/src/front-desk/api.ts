import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Answers, Body } from '../api/types.ts';

export type Visit = Answers['Visit'];
export type VisitSummary = Answers['VisitSummary'];
export type Explanation = Answers['VisitExplanation'];
export type VisitMove = Body<'/api/front-desk/visits/{id}/moves', 'post'>;

const key = ['front-desk'] as const;

// The queue is read again every few seconds so a ticket taken at another counter shows up; the waiting time
// itself ticks in the browser between reads (useNow).
export const useQueue = () =>
  useQuery({
    queryKey: [...key, 'queue'],
    queryFn: ({ signal }) => api<Answers['VisitQueue']>('/api/front-desk/queue', { signal }),
    refetchInterval: 10_000,
  });

export const useVisits = (day: string | undefined) =>
  useQuery({
    queryKey: [...key, 'visits', day],
    queryFn: ({ signal }) =>
      api<Answers['VisitList']>('/api/front-desk/visits', { query: day ? { day } : {}, signal }),
  });

export const useVisit = (id: string) =>
  useQuery({
    queryKey: [...key, 'visit', id],
    queryFn: ({ signal }) => api<Visit>(`/api/front-desk/visits/${id}`, { signal }),
  });

export const useLibrary = () =>
  useQuery({
    queryKey: [...key, 'library'],
    queryFn: ({ signal }) => api<Answers['VisitExplanationList']>('/api/front-desk/explanations', { signal }),
  });

const useRefresh = () => {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: key });
};

export const useRegister = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Body<'/api/front-desk/visits', 'post'>) =>
      api<Visit>('/api/front-desk/visits', { body }),
    onSuccess: refresh,
  });
};

export const useMove = (id: string) => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: VisitMove) => api<Visit>(`/api/front-desk/visits/${id}/moves`, { body }),
    onSuccess: refresh,
  });
};

export const useSaveExplanation = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: Body<'/api/front-desk/explanations/{id}', 'put'> & { id?: string }) =>
      id
        ? api<Explanation>(`/api/front-desk/explanations/${id}`, { method: 'PUT', body })
        : api<Explanation>('/api/front-desk/explanations', { body }),
    onSuccess: refresh,
  });
};

/** A clock for live durations: the milliseconds since the data was read, ticking every second. */
export const useElapsedSince = (readAt: number) => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(t);
  }, []);
  return Math.max(0, now - readAt);
};

export const minSec = (seconds: number) => ({ m: Math.floor(seconds / 60), s: seconds % 60 });
