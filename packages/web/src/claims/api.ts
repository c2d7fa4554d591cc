import type { InjuryDegree, LookupKind, ReporterRelation } from '@claimline/domain/claims';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { casesKey } from '../api/keys.ts';
import type { CaseDetail, Channel, OfferedMove } from '../api/types.ts';

export type Line = { zh: string; en: string; source: string };

export type PolicyView = {
  id: string;
  policyNo: string;
  branchCode: string;
  product: string;
  line: 'nonLife' | 'life';
  coveredPerils: { code: string; zh: string; en: string }[];
  periodFirstDay: string;
  periodLastDay: string;
  inForce: boolean;
  sumInsuredYuan: number;
  deductibleYuan: number;
  policyholderName: string;
  insuredName: string;
  insuredIdNumber: string;
  insuredPhone: string | null;
  plate: string | null;
};

export type ReportSummary = {
  caseId: string;
  number: string;
  status: string;
  policyId: string;
  occurredAt: string;
  place: string;
  cause: string;
  major: boolean;
  ownerName: string;
  registeredAt: string;
};

export type LookupResult = {
  lookupId: string;
  by: LookupKind;
  query: string;
  policies: PolicyView[];
  existingReports: ReportSummary[];
  insuredPersons: number;
  confirmIdNumberRequired: boolean;
  script: Line | null;
};

export type CheckFailure = { code: string; reasonZh: string; reasonEn: string; source: string };

export type ClaimReportDetail = CaseDetail & {
  claimReport: {
    policy: PolicyView;
    accident: {
      occurredAt: string;
      place: string;
      cause: { code: string; zh: string; en: string };
      course: string;
      injuryDegree: InjuryDegree;
      deaths: number;
      injured: number;
      measures: string;
      currentState: string;
      hospital: string | null;
    };
    reporter: { name: string; phone: string; address: string | null; relation: ReporterRelation };
    knewAt: string;
    reportedAt: string;
    check: { ok: boolean; failures: CheckFailure[] };
    notice: { issuedAt: string | null; copiesArchived: boolean; originalsReturned: boolean } | null;
    major: {
      flagged: boolean;
      reasons: { code: string; source: string }[];
      flaggedAt: string | null;
      reportedAt: string | null;
      report: { summary: string; reportedTo: string } | null;
    };
    scenePreservation: Line | null;
    /** The follow-up moves (updateMajorFacts, submitMajorReport, recordNotice) the server offers now. */
    moves: OfferedMove[];
    surveyTasks: {
      id: string;
      kind: string;
      status: string;
      assignedTo: string;
      note: string;
      createdAt: string;
    }[];
  };
};

export type RegisterInput = {
  lookupId: string;
  policyId: string;
  channel: Channel;
  confirmIdNumber?: string;
  confirmDistinctFrom?: string[];
  occurredAt: string;
  /** When the reporter learnt of the accident (Insurance Law art. 26); the server takes the accident time if absent. */
  knewAt?: string;
  place: string;
  cause: string;
  course: string;
  injuryDegree: InjuryDegree;
  deaths: number;
  injured: number;
  measures: string;
  currentState: string;
  hospital?: string;
  reporterName: string;
  reporterPhone: string;
  reporterAddress?: string;
  reporterRelation: ReporterRelation;
  estimatedPayoutYuan?: number;
  outcomeUncertain: boolean;
  disputeTakenTo: ('regulator' | 'association' | 'media')[];
  mediaInvolved: boolean;
  litigation: 'none' | 'likely' | 'started';
};

export const claimReportKey = (id: string) => ['claimReports', id] as const;

export const useLookup = () =>
  useMutation({
    mutationFn: (input: { by: LookupKind; value: string }) =>
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
      api<{ outcome: string }>(`/api/claim-reports/lookups/${encodeURIComponent(lookupId)}/outcome`, {
        body: { outcome },
      }),
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
  useReportChange<{ summary: string; measuresTaken: string; estimatedLossYuan: number; reportedTo: string }>(
    id,
    '/major-report',
  );

export const useRecordNotice = (id: string) =>
  useReportChange<{ copiesArchived: boolean; originalsReturned: boolean }>(id, '/notice');

/** Whether the server offers this follow-up now: the console asks the table instead of copying its guards. */
export const offersMove = (detail: ClaimReportDetail, event: string) =>
  detail.claimReport.moves.some((m) => m.event === event && m.allowed);

export const noticeUrl = (id: string) => `/api/claim-reports/${encodeURIComponent(id)}/notice.pdf`;
