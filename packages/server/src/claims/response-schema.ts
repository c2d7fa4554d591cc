import { CASE_STATUSES } from '@claimline/domain/cases';
import { INJURY_DEGREES, LOOKUP_KINDS, REPORTER_RELATIONS } from '@claimline/domain/claims';
import { z } from 'zod';
import { caseDetailAnswer } from '../cases/schema.ts';
import { nextDeadlineAnswer } from '../deadlines/schema.ts';
import {
  answers,
  fileAnswer,
  instant,
  localDay,
  named,
  offeredMoveAnswer,
  stored,
  zhEn,
} from '../http/answers.ts';

// ——— Answers of the claim-report desk (views.ts, detail.ts, lookup.ts) ———

/** A line the agent says, with where the wording comes from. */
export const lineAnswer = named('Line', zhEn.extend({ source: z.string() }));

/** A policy as the agent sees it: personal fields masked (C11). */
export const policyAnswer = named(
  'PolicyView',
  z.object({
    id: z.string(),
    policyNo: z.string(),
    branchCode: z.string(),
    product: z.string(),
    line: stored(['nonLife', 'life']),
    coveredPerils: z.array(zhEn.extend({ code: z.string() })),
    periodStart: instant,
    periodEnd: instant,
    periodFirstDay: localDay,
    /** The period ends at 24:00 of this day. */
    periodLastDay: localDay,
    inForce: z.boolean(),
    sumInsuredYuan: z.number(),
    deductibleYuan: z.number(),
    /** 免赔率 and 赔付比例 in basis points (10,000 = 100 %). */
    deductibleRateBp: z.number().int(),
    payoutRatioBp: z.number().int(),
    policyholderName: z.string(),
    insuredName: z.string(),
    insuredIdNumber: z.string(),
    insuredPhone: z.string().nullable(),
    /** Masked beneficiaries as stored with the policy. */
    beneficiaries: z.array(z.unknown()),
    plate: z.string().nullable(),
  }),
);

export const reportSummaryAnswer = named(
  'ReportSummary',
  z.object({
    caseId: z.string(),
    number: z.string(),
    status: stored(CASE_STATUSES),
    policyId: z.string(),
    occurredAt: instant,
    place: z.string(),
    cause: z.string(),
    major: z.boolean(),
    ownerName: z.string(),
    registeredAt: instant,
  }),
);

export const lookupResponse = answers({
  200: named(
    'LookupResult',
    z.object({
      lookupId: z.string(),
      by: z.enum(LOOKUP_KINDS),
      /** What was looked up, masked. */
      query: z.string(),
      policies: z.array(policyAnswer),
      existingReports: z.array(reportSummaryAnswer),
      insuredPersons: z.number().int(),
      confirmIdNumberRequired: z.boolean(),
      script: lineAnswer.nullable(),
    }),
  ),
});

export const lookupOutcomeResponse = answers({
  200: z.object({ lookupId: z.string(), outcome: stored(['noPolicyTold', 'existingShown', 'abandoned']) }),
});

export const checkFailureAnswer = named(
  'CheckFailure',
  z.object({
    code: z.enum(['OUTSIDE_POLICY_PERIOD', 'PERIL_NOT_COVERED', 'CLAIM_TIME_LIMIT_EXPIRED']),
    reasonZh: z.string(),
    reasonEn: z.string(),
    source: z.string(),
  }),
);

const disputeForums = z.array(z.enum(['regulator', 'association', 'media'])).readonly();
const litigation = z.enum(['none', 'likely', 'started']);

/** The facts that decide a major case, as stored (amounts in fen). */
export const majorFactsAnswer = z.object({
  deaths: z.number().int(),
  estimatedPayoutFen: z.number().optional(),
  sumInsuredFen: z.number().optional(),
  outcomeUncertain: z.boolean(),
  disputeTakenTo: disputeForums,
  mediaInvolved: z.boolean(),
  litigation,
});

/** The report sent to head office, as stored. */
export const majorReportAnswer = z.object({
  summary: z.string(),
  measuresTaken: z.string(),
  estimatedLossYuan: z.number(),
  estimatedLossFen: z.number().int(),
  reportedTo: z.string(),
  reportedBy: z.string(),
});
export type MajorReportStored = z.output<typeof majorReportAnswer>;

/**
 * The claim-report detail (buildClaimReportDetail): the case detail plus the report. Its own constant so that
 * new fields (e.g. `moves`) are added here once.
 */
export const claimReportDetailAnswer = named(
  'ClaimReportDetail',
  caseDetailAnswer.extend({
    claimReport: z.object({
      policy: policyAnswer,
      accident: z.object({
        occurredAt: instant,
        place: z.string(),
        cause: zhEn.extend({ code: z.string() }),
        course: z.string(),
        injuryDegree: stored(INJURY_DEGREES),
        deaths: z.number().int(),
        injured: z.number().int(),
        measures: z.string(),
        currentState: z.string(),
        hospital: z.string().nullable(),
      }),
      reporter: z.object({
        name: z.string(),
        phone: z.string(),
        address: z.string().nullable(),
        relation: stored(REPORTER_RELATIONS),
      }),
      knewAt: instant,
      reportedAt: instant,
      check: z.object({ ok: z.boolean(), failures: z.array(checkFailureAnswer) }),
      notice: z
        .object({ issuedAt: instant.nullable(), copiesArchived: z.boolean(), originalsReturned: z.boolean() })
        .nullable(),
      major: z.object({
        flagged: z.boolean(),
        reasons: z.array(
          z.object({
            code: z.enum([
              'deaths',
              'estimatedPayout',
              'sumInsuredUncertain',
              'disputeEscalated',
              'litigation',
            ]),
            source: z.string(),
          }),
        ),
        facts: majorFactsAnswer,
        flaggedAt: instant.nullable(),
        reportedAt: instant.nullable(),
        report: majorReportAnswer.nullable(),
        /** When head office acknowledged the report; null until then. */
        acknowledgedAt: instant.nullable(),
      }),
      scenePreservation: lineAnswer.nullable(),
      /** The follow-up machine's moves (major facts, major report, notice) for this person. */
      moves: z.array(offeredMoveAnswer),
      surveyTasks: z.array(
        z.object({
          id: z.string(),
          kind: z.string(),
          status: z.string(),
          assignedTo: z.string().nullable(),
          note: z.string().nullable(),
          createdAt: instant,
        }),
      ),
    }),
  }),
);
export type ClaimReportDetailAnswer = z.output<typeof claimReportDetailAnswer>;

export const claimReportDetailResponse = answers({ 200: claimReportDetailAnswer });
/** A registration answers 201; a replay of the same Idempotency-Key answers what the first one did. */
export const claimReportCreatedResponse = answers({
  200: claimReportDetailAnswer,
  201: claimReportDetailAnswer,
});
export const reportRevealResponse = answers({
  200: z.object({ field: z.string(), value: z.string().nullable() }),
});
export const refusalNoticeResponse = answers({
  200: fileAnswer('application/pdf', 'The written refusal notice (PDF)'),
});

/** One major claim report in head office's inbox (major-inbox.ts). */
export const majorInboxItemAnswer = named(
  'MajorInboxItem',
  z.object({
    caseId: z.string(),
    number: z.string(),
    subject: z.string(),
    branch: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    reasons: claimReportDetailAnswer.shape.claimReport.shape.major.shape.reasons,
    flaggedAt: instant.nullable(),
    /** The 24-hour report to head office (deadline rule `major-case-report`); met once the report is sent. */
    deadline: nextDeadlineAnswer.nullable(),
    reportedAt: instant.nullable(),
    report: z.object({ summary: z.string(), reportedTo: z.string(), reportedBy: z.string() }).nullable(),
    acknowledgedAt: instant.nullable(),
    acknowledgedBy: z.string().nullable(),
  }),
);
export const majorInboxResponse = answers({
  200: z.object({
    items: z.array(majorInboxItemAnswer),
    /** Whether the caller acknowledges on head office's behalf (head office itself, not a branch). */
    canAcknowledge: z.boolean(),
  }),
});
