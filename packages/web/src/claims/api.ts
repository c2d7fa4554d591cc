import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { casesKey } from '../api/keys.ts';
import type { Answer, Answers, Body } from '../api/types.ts';

export type Line = Answers['Line'];
export type PolicyView = Answers['PolicyView'];
export type ReportSummary = Answers['ReportSummary'];
export type LookupResult = Answers['LookupResult'];
export type CheckFailure = Answers['CheckFailure'];
export type ClaimReportDetail = Answers['ClaimReportDetail'];

/** What the desk sends to register; defaults are filled in by the server. */
export type RegisterInput = Body<'/api/claim-reports', 'post'>;

export const claimReportKey = (id: string) => ['claimReports', id] as const;

export const useLookup = () =>
  useMutation({
    mutationFn: (input: Body<'/api/claim-reports/lookups', 'post'>) =>
      api<LookupResult>('/api/claim-reports/lookups', { body: input }),
  });

export const useLookupOutcome = () =>
  useMutation({
    mutationFn: ({
      lookupId,
      outcome,
    }: {
      lookupId: string;
      outcome: 'noPolicyTold' | 'existingShown' | 'abandoned';
    }) =>
      api<Answer<'/api/claim-reports/lookups/{id}/outcome', 'post'>>(
        `/api/claim-reports/lookups/${encodeURIComponent(lookupId)}/outcome`,
        {
          body: { outcome },
        },
      ),
  });

export const useRegisterReport = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: RegisterInput; idempotencyKey: string }) =>
      api<ClaimReportDetail>('/api/claim-reports', {
        body: input,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: (detail) => {
      client.setQueryData(claimReportKey(detail.id), detail);
      void client.invalidateQueries({ queryKey: casesKey });
    },
  });
};

export const useClaimReport = (id: string) =>
  useQuery({
    queryKey: claimReportKey(id),
    queryFn: ({ signal }) =>
      api<ClaimReportDetail>(`/api/claim-reports/${encodeURIComponent(id)}`, { signal }),
  });

const useReportChange = <I>(id: string, path: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: I) =>
      api<ClaimReportDetail>(`/api/claim-reports/${encodeURIComponent(id)}${path}`, { body: input }),
    onSuccess: (detail) => {
      client.setQueryData(claimReportKey(id), detail);
      void client.invalidateQueries({ queryKey: casesKey });
    },
  });
};

export const useMajorReport = (id: string) =>
  useReportChange<Body<'/api/claim-reports/{caseId}/major-report', 'post'>>(id, '/major-report');

export const useRecordNotice = (id: string) =>
  useReportChange<Body<'/api/claim-reports/{caseId}/notice', 'post'>>(id, '/notice');

/** Whether the server offers this follow-up now: the console asks the table instead of copying its guards. */
export const offersMove = (detail: ClaimReportDetail, event: string) =>
  detail.claimReport.moves.some((m) => m.event === event && m.allowed);

export const noticeUrl = (id: string) => `/api/claim-reports/${encodeURIComponent(id)}/notice.pdf`;

export type MajorInboxItem = Answers['MajorInboxItem'];
export type MajorInboxStatus = 'all' | 'reported' | 'unreported';
export type MajorInbox = Answer<'/api/major-cases', 'get'>;

export const majorInboxKey = ['majorCases'] as const;

/** Head office's inbox of major cases, most urgent first (the server sorts). */
export const useMajorInbox = (status: MajorInboxStatus) =>
  useQuery({
    queryKey: [...majorInboxKey, status],
    queryFn: ({ signal }) => api<MajorInbox>(`/api/major-cases?status=${status}`, { signal }),
  });

export const useAcknowledgeMajorReport = (id: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<ClaimReportDetail>(`/api/claim-reports/${encodeURIComponent(id)}/major-report/acknowledge`, {
        method: 'POST',
      }),
    onSuccess: (detail) => {
      client.setQueryData(claimReportKey(id), detail);
      void client.invalidateQueries({ queryKey: majorInboxKey });
    },
  });
};
