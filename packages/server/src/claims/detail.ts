import { can } from '@claimline/domain/access';
import {
  type CheckFailure,
  CLAIM_REPORT_MACHINE,
  claimReportStateOf,
  type MajorCaseFacts,
  type MajorCaseReason,
} from '@claimline/domain/claims';
import { nextForClaimReport } from '@claimline/domain/next-actor';
import { buildCaseDetail } from '../cases/views.ts';
import { grantedDetailCtx, readOnlyCase } from '../data-sharing/case-reads.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { findPolicyById } from '../policies/repository.ts';
import { nextStepView } from '../workflow/next-step.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import { atHeadOffice } from './major-inbox.ts';
import * as repo from './repository.ts';
import type { MajorReportStored } from './response-schema.ts';
import { perilLabel, policyView } from './views.ts';

/** Seed 000 §(三)4 and seed 003 §(二) 现场保全: what the agent tells the reporter when the scene must be kept. */
export const SCENE_LINE = {
  zh: '请您保护好现场，我们理赔人员马上会与您联系。',
  en: 'Please keep the scene as it is; our claims staff will contact you right away.',
  source: 'seed 000 §(三)4; seed 003 §(二) 现场保全',
};

/** The case detail plus the claim report, personal data masked (C11). */
export const buildClaimReportDetail = async (deps: Deps, q: Db | Tx, ctx: RequestCtx, caseId: string) => {
  const r = await repo.findScopedReport(q, caseId, ctx.actor.scope);
  if (!r) throw new AppError('CLAIM_REPORT_NOT_FOUND');
  const policy = await findPolicyById(q, r.policy_id, null);
  if (!policy) throw new AppError('POLICY_NOT_FOUND');
  const now = ctx.clock.now();
  const caseDetail = await buildCaseDetail(deps, q, ctx, caseId);
  const tasks = await repo.surveyTasksOf(q, caseId);
  const failures = r.check_failures as CheckFailure[];
  // The follow-up table says which of the report's own actions (major-case report, notice) are owed now.
  const moves = can(ctx.actor.role, 'case.work')
    ? offeredMoves(
        CLAIM_REPORT_MACHINE,
        claimReportStateOf({
          major: r.major,
          reportedAt: r.major_reported_at,
          acknowledgedAt: r.major_acknowledged_at,
        }),
        { major: null, checkFailed: !r.check_ok, atHeadOffice: atHeadOffice(ctx.actor) },
      )
    : [];
  const followUp = claimReportStateOf({
    major: r.major,
    reportedAt: r.major_reported_at,
    acknowledgedAt: r.major_acknowledged_at,
  });
  const allowed = [...moves, ...caseDetail.moves, ...caseDetail.transferMoves].filter((m) => m.allowed);
  const nextStep = await nextStepView(
    q,
    nextForClaimReport({
      status: caseDetail.status,
      followUp,
      noticeOwed: !r.check_ok && r.notice_issued_at === null,
      ownerId: caseDetail.ownerId,
      transferToId: caseDetail.pendingTransfer?.toUserId ?? null,
      viewer: { id: ctx.actor.id, allowedEvents: allowed.map((m) => m.event) },
    }),
  );
  return {
    ...caseDetail,
    nextStep,
    claimReport: {
      policy: policyView(policy, now),
      accident: {
        occurredAt: r.occurred_at.toISOString(),
        place: r.place,
        cause: { code: r.cause, ...perilLabel(r.cause) },
        course: r.course,
        injuryDegree: r.injury_degree,
        deaths: r.deaths,
        injured: r.injured,
        measures: r.measures,
        currentState: r.current_state,
        hospital: r.hospital,
      },
      reporter: {
        name: r.reporter_name_masked,
        phone: r.reporter_phone_masked,
        address: r.reporter_address_masked,
        relation: r.reporter_relation,
      },
      knewAt: r.knew_at.toISOString(),
      reportedAt: r.reported_at.toISOString(),
      check: { ok: r.check_ok, failures },
      notice: r.check_ok
        ? null
        : {
            issuedAt: r.notice_issued_at?.toISOString() ?? null,
            copiesArchived: r.copies_archived,
            originalsReturned: r.originals_returned,
          },
      major: {
        flagged: r.major,
        reasons: r.major_reasons as MajorCaseReason[],
        // jsonb columns: written by register.ts / follow-up.ts in these shapes, checked again when sent.
        facts: r.major_facts as MajorCaseFacts,
        flaggedAt: r.major_flagged_at?.toISOString() ?? null,
        reportedAt: r.major_reported_at?.toISOString() ?? null,
        report: (r.major_report ?? null) as MajorReportStored | null,
        acknowledgedAt: r.major_acknowledged_at?.toISOString() ?? null,
      },
      scenePreservation: r.scene_preservation ? SCENE_LINE : null,
      moves,
      surveyTasks: tasks.map((t) => ({
        id: t.id,
        kind: t.kind,
        status: t.status,
        assignedTo: t.assigned_to,
        note: t.note,
        createdAt: t.created_at.toISOString(),
      })),
    },
  };
};

/**
 * The report as `GET /api/claim-reports/:caseId` answers it: in scope as the desk works it, or outside it under a
 * live data-sharing grant for claim reports (issue #18 part 2), audited first and offering no move.
 */
export const readClaimReportDetail = async (deps: Deps, ctx: RequestCtx, caseId: string) => {
  try {
    return await buildClaimReportDetail(deps, deps.db, ctx, caseId);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'CLAIM_REPORT_NOT_FOUND') throw e;
    const granted = await grantedDetailCtx(deps.db, ctx, caseId, 'claimReportDetail');
    if (!granted) throw e;
    const d = await buildClaimReportDetail(deps, deps.db, granted, caseId);
    return { ...d, ...readOnlyCase(), claimReport: { ...d.claimReport, moves: [] as never[] } };
  }
};
