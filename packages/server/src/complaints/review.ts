import { type ReviewOutcome, reviewWindow } from '@claimline/domain/complaints';
import { calendarForBranch } from '../calendars/repository.ts';
import { effectiveCalendar } from '../calendars/store.ts';
import type { Db, Tx } from '../db/database.ts';
import { startDeadline } from '../deadlines/case-clock.ts';
import { SEED_RULE_CALENDAR } from '../deadlines/seed-rules.ts';
import { meetCaseDeadlines } from '../deadlines/service.ts';
import type { Actor } from '../http/context.ts';
import type { ComplaintRow } from './repository.ts';
import { REVIEW_RULE_ID } from './rules.ts';

/**
 * 办法 (2020) art. 20, review (核查) of a branch's decision by the institution above it: the guard inputs of the
 * transition table and the two effects. Any institution above may handle it (head office always can); the letter
 * names the direct superior (recourse.ts).
 */
export const reviewContext = async (
  q: Db | Tx,
  row: Pick<
    ComplaintRow,
    'branch_id' | 'branch_path' | 'informed_at' | 'review_requested_at' | 'owner_id' | 'decided_by'
  >,
  actor: Pick<Actor, 'id' | 'branchPath'>,
  now: Date,
  /** Whether the application window is needed (a calendar read); a move other than requestReview does not use it. */
  opts: { window: boolean } = { window: true },
) => {
  // A branch's decision told to the complainant, reviewed once: head office has nobody above it, a complaint never
  // told (withdrawn) has no decision, and a review decision is not reviewed again.
  const reviewAvailable =
    row.branch_path.split('/').filter(Boolean).length > 1 &&
    row.informed_at !== null &&
    row.review_requested_at === null;
  // The branch's calendar (the national one with the branch's own days) moves a last day off to a working day.
  const window =
    reviewAvailable && opts.window && row.informed_at
      ? reviewWindow(
          row.informed_at,
          now,
          (await effectiveCalendar(q, await calendarForBranch(q, SEED_RULE_CALENDAR, row.branch_id)))
            .compiled,
        )
      : null;
  return {
    guards: {
      // Above the complaint's branch, and never the person who handled or decided it (a complaint can be routed
      // to someone above its branch; they do not review their own decision).
      atSuperior:
        row.branch_path !== actor.branchPath &&
        row.branch_path.startsWith(actor.branchPath) &&
        actor.id !== row.owner_id &&
        actor.id !== row.decided_by,
      reviewAvailable,
      inReviewWindow: window?.open ?? false,
    },
    /** The last day a review may be applied for, while one may be. */
    lastDay: window?.lastDay ?? null,
  };
};

/** The application is recorded as it arrived; the review body's 30 days start on the calendar engine. */
export const openReview = async (
  tx: Tx,
  c: { caseId: string; branchId: string },
  input: { actorId: string; now: Date; note: string; channel: string; lastDay: string | null },
) => {
  const due = await startDeadline(tx, c, REVIEW_RULE_ID, input.now);
  return {
    set: {
      review_requested_at: input.now,
      review_requested_by: input.actorId,
      review_request: input.note,
      review_channel: input.channel,
    },
    // Open again until the review is decided.
    caseSet: { resolved_at: null, closed_at: null },
    data: {
      channel: input.channel,
      applicationLastDay: input.lastDay,
      dueAt: due?.toISOString() ?? null,
    },
  };
};

export const recordReview = async (
  tx: Tx,
  caseId: string,
  input: { actorId: string; now: Date; outcome: ReviewOutcome; findings: string },
) => ({
  set: {
    review_outcome: input.outcome,
    review_findings: input.findings,
    reviewed_by: input.actorId,
    reviewed_at: input.now,
  },
  data: { outcome: input.outcome, met: await meetCaseDeadlines(tx, caseId, 'reviewDecided', input.now) },
});
