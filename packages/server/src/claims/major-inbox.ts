import type { MajorCaseReason } from '@claimline/domain/claims';
import type { Actor, Deps, RequestCtx } from '../http/context.ts';
import {
  listMajorReports,
  type MajorInboxFilter,
  type MajorReportListRow,
} from './major-inbox-repository.ts';
import type { MajorReportStored } from './response-schema.ts';

/**
 * Head office itself: the root of the branch tree, with the major-case review right. A head-office role placed in
 * a branch sees that branch's major cases but does not acknowledge on head office's behalf.
 */
export const atHeadOffice = (actor: Actor) =>
  actor.permissions.includes('majorCase.review') && actor.branchPath.split('/').filter(Boolean).length === 1;

const itemOf = (r: MajorReportListRow) => {
  // jsonb written by register.ts / follow-up.ts in these shapes.
  const report = (r.major_report ?? null) as MajorReportStored | null;
  return {
    caseId: r.case_id,
    number: r.number,
    subject: r.subject,
    branch: { id: r.branch_id, code: r.branch_code, name: r.branch_name },
    reasons: r.major_reasons as MajorCaseReason[],
    flaggedAt: r.major_flagged_at?.toISOString() ?? null,
    deadline:
      r.due_at && r.deadline_kind && r.deadline_state
        ? {
            kind: r.deadline_kind,
            dueAt: r.due_at.toISOString(),
            state: r.deadline_state,
            warned: r.warned_at !== null,
            calendarNotPublished: r.calendar_not_published ?? false,
          }
        : null,
    reportedAt: r.major_reported_at?.toISOString() ?? null,
    report: report
      ? { summary: report.summary, reportedTo: report.reportedTo, reportedBy: report.reportedBy }
      : null,
    acknowledgedAt: r.major_acknowledged_at?.toISOString() ?? null,
    acknowledgedBy: r.acknowledged_by,
  };
};

/** The major-case inbox (重大案件): every major claim report of the caller's branch subtree, most urgent first. */
export const majorInbox = async (deps: Deps, ctx: RequestCtx, filter: MajorInboxFilter) => {
  const rows = await listMajorReports(deps.db, ctx.actor.scope, filter, 200);
  return { items: rows.map(itemOf), canAcknowledge: atHeadOffice(ctx.actor) };
};
