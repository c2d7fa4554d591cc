import { majorCaseReasons } from '@claimline/domain/claims';
import { appendAudit, appendAuditAlone } from '../audit/audit.ts';
import { insertEvent } from '../cases/repository.ts';
import { meetCaseDeadlines, openCaseDeadlines } from '../deadlines/service.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { findPolicyById } from '../policies/repository.ts';
import { buildClaimReportDetail } from './detail.ts';
import { majorFactsOf } from './register.ts';
import * as repo from './repository.ts';
import { loadClaimRules } from './rules.ts';
import type { MajorFactsInput, MajorReportInput } from './schema.ts';

const actorOf = (ctx: RequestCtx) => ({ id: ctx.actor.id, displayName: ctx.actor.displayName });

const loadForChange = async (
  tx: Parameters<typeof repo.findScopedReport>[0],
  ctx: RequestCtx,
  caseId: string,
) => {
  const r = await repo.findScopedReport(tx, caseId, ctx.actor.scope);
  if (!r) throw new AppError('CLAIM_REPORT_NOT_FOUND');
  return r;
};

/**
 * Facts learned after the report (a second death, a dispute taken to the media). A report that becomes major is
 * flagged once, and its 24-hour report to head office starts then (seed 003 重大案件 "了解情况的24[小时]内").
 */
export const updateMajorFacts = (deps: Deps, ctx: RequestCtx, caseId: string, input: MajorFactsInput) =>
  deps.db.transaction().execute(async (tx) => {
    const now = ctx.clock.now();
    const r = await loadForChange(tx, ctx, caseId);
    const policy = await findPolicyById(tx, r.policy_id, null);
    if (!policy) throw new AppError('POLICY_NOT_FOUND');
    const rules = await loadClaimRules(tx);
    const facts = majorFactsOf(input, Number(policy.sum_insured_fen));
    const reasons = majorCaseReasons(facts, rules.majorCase);
    const becomesMajor = !r.major && reasons.length > 0;
    // Once flagged, a case stays major: the report to head office is owed even if an estimate later drops.
    const major = r.major || reasons.length > 0;
    await repo.updateClaimReport(tx, caseId, {
      deaths: input.deaths,
      major_facts: JSON.stringify(facts),
      major,
      major_reasons: JSON.stringify(major && reasons.length === 0 ? r.major_reasons : reasons),
      ...(becomesMajor ? { major_flagged_at: now } : {}),
    });
    await insertEvent(tx, {
      case_id: caseId,
      at: now,
      actor_id: ctx.actor.id,
      type: becomesMajor ? 'majorCaseFlagged' : 'majorFactsUpdated',
      note: null,
      data: { reasons },
    });
    if (becomesMajor) {
      await openCaseDeadlines(
        tx,
        { caseId, caseKind: 'claimReport', branchId: r.branch_id },
        now,
        'majorCaseFlagged',
      );
    }
    await appendAudit(tx, {
      at: now,
      actor: actorOf(ctx),
      action: 'claimReport.majorFacts',
      objectType: 'case',
      objectId: caseId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { major, becomesMajor, reasons: reasons.map((x) => x.code) },
    });
    return buildClaimReportDetail(deps, tx, ctx, caseId);
  });

/** The major-case report form sent to head office; it meets the 24-hour deadline. */
export const submitMajorReport = (deps: Deps, ctx: RequestCtx, caseId: string, input: MajorReportInput) =>
  deps.db.transaction().execute(async (tx) => {
    const now = ctx.clock.now();
    const r = await loadForChange(tx, ctx, caseId);
    if (!r.major) throw new AppError('MAJOR_CASE_NOT_FLAGGED');
    if (r.major_reported_at) throw new AppError('MAJOR_CASE_ALREADY_REPORTED');
    const report = {
      ...input,
      estimatedLossFen: Math.round(input.estimatedLossYuan * 100),
      reportedBy: ctx.actor.displayName,
    };
    await repo.updateClaimReport(tx, caseId, {
      major_reported_at: now,
      major_report: JSON.stringify(report),
    });
    await insertEvent(tx, {
      case_id: caseId,
      at: now,
      actor_id: ctx.actor.id,
      type: 'majorCaseReported',
      note: input.summary,
      data: { reportedTo: input.reportedTo },
    });
    await meetCaseDeadlines(tx, caseId, 'majorCaseReported', now);
    await appendAudit(tx, {
      at: now,
      actor: actorOf(ctx),
      action: 'claimReport.majorReport',
      objectType: 'case',
      objectId: caseId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { reportedTo: input.reportedTo },
    });
    return buildClaimReportDetail(deps, tx, ctx, caseId);
  });

/** Records that the written notice was given, copies archived and originals returned (seed 003 §(二)). */
export const recordNotice = (
  deps: Deps,
  ctx: RequestCtx,
  caseId: string,
  input: { copiesArchived: boolean; originalsReturned: boolean },
) =>
  deps.db.transaction().execute(async (tx) => {
    const now = ctx.clock.now();
    const r = await loadForChange(tx, ctx, caseId);
    if (r.check_ok) throw new AppError('CLAIM_NOTICE_NOT_NEEDED');
    await repo.updateClaimReport(tx, caseId, {
      notice_issued_at: r.notice_issued_at ?? now,
      copies_archived: input.copiesArchived,
      originals_returned: input.originalsReturned,
    });
    await insertEvent(tx, {
      case_id: caseId,
      at: now,
      actor_id: ctx.actor.id,
      type: 'refusalNoticeIssued',
      note: null,
      data: input,
    });
    await appendAudit(tx, {
      at: now,
      actor: actorOf(ctx),
      action: 'claimReport.notice',
      objectType: 'case',
      objectId: caseId,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: input,
    });
    return buildClaimReportDetail(deps, tx, ctx, caseId);
  });

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
