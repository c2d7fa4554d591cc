import {
  CLAIM_REPORT_MACHINE,
  type ClaimReportEvent,
  type ClaimReportFacts,
  type ClaimReportState,
  claimReportStateOf,
  type MajorCaseReason,
  majorCaseReasons,
} from '@claimline/domain/claims';
import { appendAuditAlone } from '../audit/audit.ts';
import { sealColumns } from '../crypto/sealed-text.ts';
import type { Tx } from '../db/database.ts';
import type { ClaimReportTable } from '../db/schema.ts';
import { meetCaseDeadlines, openCaseDeadlines } from '../deadlines/service.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { findPolicyById } from '../policies/repository.ts';
import { defineWorkflow, type LoadEnv, type MoveEnv, runMove } from '../workflow/run-move.ts';
import { buildClaimReportDetail } from './detail.ts';
import { atHeadOffice } from './major-inbox.ts';
import { notifyHeadOffice } from './major-notice.ts';
import { majorFactsOf } from './register.ts';
import * as repo from './repository.ts';
import { loadClaimRules } from './rules.ts';
import type { MajorFactsInput, MajorReportInput } from './schema.ts';

type NoticeInput = { copiesArchived: boolean; originalsReturned: boolean };
type FollowUpInput =
  | { event: 'updateMajorFacts'; facts: MajorFactsInput }
  | { event: 'submitMajorReport'; report: MajorReportInput }
  | { event: 'recordNotice'; notice: NoticeInput }
  | { event: 'acknowledgeMajorReport' };
type ReportRow = repo.ScopedReportRow;
type ReportPatch = Partial<ClaimReportTable>;
type Env = MoveEnv<ReportRow, FollowUpInput, ReportPatch, ClaimReportState, ClaimReportFacts>;

/** The timeline types and audit actions of follow-ups, as they have always been recorded. */
const RECORDED = {
  updateMajorFacts: { timeline: 'majorFactsUpdated', audit: 'claimReport.majorFacts' },
  submitMajorReport: { timeline: 'majorCaseReported', audit: 'claimReport.majorReport' },
  recordNotice: { timeline: 'refusalNoticeIssued', audit: 'claimReport.notice' },
  acknowledgeMajorReport: { timeline: 'majorReportAcknowledged', audit: 'claimReport.majorAcknowledged' },
} as const satisfies Record<ClaimReportEvent, { timeline: string; audit: string }>;

/** Each effect belongs to one event; being run for another is a wiring mistake, not a refusal. */
const wiring = (event: string) => new AppError('INTERNAL', { event });

/** The new facts and the major-case criteria they meet, with this company's thresholds and the sum insured. */
const majorOf = async (tx: Tx, r: ReportRow, input: MajorFactsInput) => {
  const policy = await findPolicyById(tx, r.policy_id, null);
  if (!policy) throw new AppError('POLICY_NOT_FOUND');
  const facts = majorFactsOf(input, Number(policy.sum_insured_fen));
  return { facts, reasons: majorCaseReasons(facts, (await loadClaimRules(tx)).majorCase) };
};

const facts = async ({
  tx,
  ctx,
  row,
  input,
}: LoadEnv<ReportRow, FollowUpInput>): Promise<ClaimReportFacts> => ({
  major: input.event === 'updateMajorFacts' ? await majorOf(tx, row, input.facts) : null,
  checkFailed: !row.check_ok,
  atHeadOffice: atHeadOffice(ctx.actor),
});

const effects = {
  saveMajorFacts: (env: Env) => {
    const { input, row, patch, facts: f } = env;
    if (input.event !== 'updateMajorFacts' || !f.major) throw wiring(input.event);
    const { deaths } = input.facts;
    const { reasons } = f.major;
    // Once flagged, a case stays major: the report to head office is owed even if an estimate later drops.
    const major = row.major || reasons.length > 0;
    Object.assign(patch, {
      deaths,
      major_facts: JSON.stringify(f.major.facts),
      major,
      major_reasons: JSON.stringify(major && reasons.length === 0 ? row.major_reasons : reasons),
    });
    Object.assign(env.data, { reasons, major, becomesMajor: !row.major && major });
  },
  flagMajor: ({ patch, now }: Env) => {
    patch.major_flagged_at = now;
  },
  startReportClock: async ({ tx, row, now }: Env) => {
    await openCaseDeadlines(
      tx,
      { caseId: row.case_id, caseKind: 'claimReport', branchId: row.branch_id },
      now,
      'majorCaseFlagged',
    );
  },
  recordReport: (env: Env) => {
    if (env.input.event !== 'submitMajorReport') throw wiring(env.input.event);
    const { report } = env.input;
    env.patch.major_reported_at = env.now;
    env.patch.major_report = JSON.stringify({
      ...report,
      estimatedLossFen: Math.round(report.estimatedLossYuan * 100),
      reportedBy: env.ctx.actor.displayName,
    });
    env.data.reportedTo = report.reportedTo;
  },
  meetReportDeadline: async ({ tx, row, now }: Env) => {
    await meetCaseDeadlines(tx, row.case_id, 'majorCaseReported', now);
  },
  // Runs on the flagging row and on the report row only, each of which leaves its state once under the row lock.
  notifyHeadOffice: async (env: Env) => {
    const { input, row, facts: f } = env;
    const event = input.event === 'submitMajorReport' ? 'reported' : 'flagged';
    const reasons = event === 'flagged' ? (f.major?.reasons ?? []) : (row.major_reasons as MajorCaseReason[]);
    env.data.headOfficeNotified = await notifyHeadOffice(env.tx, row.case_id, event, reasons, env.now);
  },
  recordAcknowledgement: (env: Env) => {
    if (env.input.event !== 'acknowledgeMajorReport') throw wiring(env.input.event);
    Object.assign(env.patch, { major_acknowledged_at: env.now, major_acknowledged_by: env.ctx.actor.id });
    env.data.acknowledgedBy = env.ctx.actor.displayName;
  },
  recordNotice: (env: Env) => {
    if (env.input.event !== 'recordNotice') throw wiring(env.input.event);
    const { notice } = env.input;
    Object.assign(env.patch, {
      notice_issued_at: env.row.notice_issued_at ?? env.now,
      copies_archived: notice.copiesArchived,
      originals_returned: notice.originalsReturned,
    });
    Object.assign(env.data, notice);
  },
};

/**
 * The report row is locked for the whole move, so two follow-ups of one report run one after the other: of two
 * major-case reports sent at once, the second sees the first and is refused (MAJOR_CASE_ALREADY_REPORTED).
 */
const FOLLOW_UP_WORKFLOW = defineWorkflow(CLAIM_REPORT_MACHINE)<ReportRow, FollowUpInput, ReportPatch>({
  lock: (tx, ctx, caseId) => repo.findScopedReport(tx, caseId, ctx.actor.scope, true),
  notFound: 'CLAIM_REPORT_NOT_FOUND',
  stateOf: (r) =>
    claimReportStateOf({
      major: r.major,
      reportedAt: r.major_reported_at,
      acknowledgedAt: r.major_acknowledged_at,
    }),
  facts,
  effects,
  // The state is read off the report's own columns, which the effects set.
  patch: () => ({}),
  save: async ({ deps, tx, row, patch, now }: Env) => {
    await repo.updateClaimReport(
      tx,
      row.case_id,
      await sealColumns(deps.crypto, tx, 'claim_reports', row.case_id, patch, now),
    );
    return true;
  },
  record: {
    caseId: (r) => r.case_id,
    objectType: 'case',
    objectId: (r) => r.case_id,
    // The flagging row is recorded under its own name; every other move keeps its event's old type.
    timelineType: ({ name, input }: Env) =>
      name === 'majorCaseFlagged' ? name : RECORDED[input.event].timeline,
    auditAction: ({ input }: Env) => RECORDED[input.event].audit,
    note: ({ input }: Env) => (input.event === 'submitMajorReport' ? input.report.summary : null),
  },
});

const followUp = (deps: Deps, ctx: RequestCtx, caseId: string, input: FollowUpInput) =>
  runMove(deps, ctx, FOLLOW_UP_WORKFLOW, caseId, input, (tx) =>
    buildClaimReportDetail(deps, tx, ctx, caseId),
  );

/**
 * Facts learned after the report (a second death, a dispute taken to the media). A report that becomes major is
 * flagged once, and its 24-hour report to head office starts then (seed 003 重大案件 "了解情况的24[小时]内").
 */
export const updateMajorFacts = (deps: Deps, ctx: RequestCtx, caseId: string, input: MajorFactsInput) =>
  followUp(deps, ctx, caseId, { event: 'updateMajorFacts', facts: input });

/** The major-case report form sent to head office; it meets the 24-hour deadline. */
export const submitMajorReport = (deps: Deps, ctx: RequestCtx, caseId: string, input: MajorReportInput) =>
  followUp(deps, ctx, caseId, { event: 'submitMajorReport', report: input });

/** Head office has read the major-case report the branch sent (seed 003 重大案件 "向总部呈报"). */
export const acknowledgeMajorReport = (deps: Deps, ctx: RequestCtx, caseId: string) =>
  followUp(deps, ctx, caseId, { event: 'acknowledgeMajorReport' });

/** Records that the written notice was given, copies archived and originals returned (seed 003 §(二)). */
export const recordNotice = (deps: Deps, ctx: RequestCtx, caseId: string, input: NoticeInput) =>
  followUp(deps, ctx, caseId, { event: 'recordNotice', notice: input });

const actorOf = (ctx: RequestCtx) => ({ id: ctx.actor.id, displayName: ctx.actor.displayName });

type RevealField = 'reporterName' | 'reporterPhone' | 'reporterAddress' | 'insuredName' | 'insuredIdNumber';

/** Reveal: audited first, in its own transaction; if the audit row cannot be written, nothing is revealed (C11). */
export const revealReportField = async (
  deps: Deps,
  ctx: RequestCtx,
  caseId: string,
  field: RevealField,
  reason: string,
) => {
  const r = await repo.findScopedReport(deps.db, caseId, ctx.actor.scope);
  if (!r) throw new AppError('CLAIM_REPORT_NOT_FOUND');
  const policy = field.startsWith('insured') ? await findPolicyById(deps.db, r.policy_id, null) : undefined;
  try {
    await appendAuditAlone(deps.db, {
      at: ctx.clock.now(),
      actor: actorOf(ctx),
      action: 'personal.reveal',
      objectType: 'claimReport',
      objectId: caseId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { field, reason },
    });
  } catch {
    throw new AppError('AUDIT_UNAVAILABLE');
  }
  const sealed = {
    reporterName: r.reporter_name_enc,
    reporterPhone: r.reporter_phone_enc,
    reporterAddress: r.reporter_address_enc,
    insuredName: policy?.insured_name_enc ?? null,
    insuredIdNumber: policy?.insured_id_enc ?? null,
  }[field];
  return { field, value: sealed ? deps.crypto.decrypt(sealed) : null };
};
