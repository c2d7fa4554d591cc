import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answer, Body, CalendarDayType, CalendarDiff, CalendarYear } from '../api/types.ts';

export const calendarsKey = ['calendars'] as const;
const yearKey = (id: string, year: number) => ['calendars', 'days', id, year] as const;

export const useCalendars = () =>
  useQuery({
    queryKey: calendarsKey,
    queryFn: ({ signal }) => api<Answer<'/api/calendars', 'get'>>('/api/calendars', { signal }),
  });

export const useCalendarYear = (id: string | undefined, year: number) =>
  useQuery({
    queryKey: yearKey(id ?? '', year),
    queryFn: ({ signal }) =>
      api<CalendarYear>(`/api/calendars/${encodeURIComponent(id ?? '')}/days`, { query: { year }, signal }),
    enabled: Boolean(id),
  });

export type SetDayInput = { day: string; type: CalendarDayType | null; name?: string; version: number };

/** Every calendar change moves deadlines and versions: refetch the calendars, the cases and my deadlines. */
const useInvalidateAfterChange = () => {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: calendarsKey });
    void client.invalidateQueries({ queryKey: ['cases'] });
    void client.invalidateQueries({ queryKey: ['deadlines'] });
  };
};

export const useSetDay = (id: string) => {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: ({ day, ...body }: SetDayInput) =>
      api<Answer<'/api/calendars/{id}/days/{day}', 'put'>>(
        `/api/calendars/${encodeURIComponent(id)}/days/${encodeURIComponent(day)}`,
        { method: 'PUT', body },
      ),
    onSuccess: invalidate,
  });
};

export type NoticeInput = Omit<Body<'/api/calendars/{id}/import', 'post'>, 'version'>;

export const usePreviewImport = (id: string) =>
  useMutation({
    mutationFn: (input: NoticeInput) =>
      api<CalendarDiff>(`/api/calendars/${encodeURIComponent(id)}/import/preview`, { body: input }),
  });

export const useApplyImport = (id: string) => {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: (input: NoticeInput & { version: number }) =>
      api<Answer<'/api/calendars/{id}/import', 'post'>>(`/api/calendars/${encodeURIComponent(id)}/import`, {
        body: input,
      }),
    onSuccess: invalidate,
  });
};
