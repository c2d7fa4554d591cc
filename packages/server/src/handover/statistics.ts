import { CASE_KINDS, type CaseKind } from '@claimline/domain/cases';
import { type ShiftCase, type ShiftStatistics, shiftStatistics } from '@claimline/domain/duty';
import { sql } from 'kysely';
import type { Tx } from '../db/database.ts';
import { getHotlineSettings } from '../scripts/settings.ts';
import type { HandoverRow } from './repository.ts';

/** A case still open at the end of the shift, handed over as 未尽事宜 (seed 000 第十条). */
export type HandoverOpenItem = {
  caseId: string;
  number: string;
  kind: string;
  subject: string;
  status: string;
};

const OPEN_ITEMS_LISTED = 50;
const isCaseKind = (s: string): s is CaseKind => CASE_KINDS.some((k) => k === s);

/**
 * The outgoing shift's statistics (seed 000 第十条 "生成统计表") from the branch's calls rung in the window and its
 * cases: those opened in the window, and those the outgoing agent still owns open at its end (what is handed over).
 * Forbidden phrases: the QA scorecard's hits of each call, the guard's overrides of each case.
 */
export const outgoingShiftStatistics = async (
  tx: Tx,
  h: HandoverRow,
): Promise<{ statistics: ShiftStatistics; openItems: HandoverOpenItem[] }> => {
  const window = { start: h.outgoing_start, end: h.shift_start };
  const calls = await tx
    .selectFrom('calls as c')
    .leftJoin('qa_scorecards as s', 's.call_id', 'c.id')
    .select(['c.ring_started_at', 'c.answered_at', 's.hit_count'])
    .where('c.branch_id', '=', h.branch_id)
    .where('c.ring_started_at', '>=', window.start)
    .where('c.ring_started_at', '<', window.end)
    .execute();
  const cases = await tx
    .selectFrom('cases as k')
    .select([
      'k.id',
      'k.number',
      'k.kind',
      'k.subject',
      'k.status',
      'k.owner_id',
      'k.created_at',
      sql<Date | null>`coalesce(k.closed_at, k.resolved_at)`.as('done_at'),
      sql<number>`(SELECT count(*)::int FROM guard_overrides o WHERE o.case_id = k.id)`.as('hits'),
    ])
    .where('k.branch_id', '=', h.branch_id)
    .where('k.created_at', '<', window.end)
    .where((eb) =>
      eb.or([
        eb('k.created_at', '>=', window.start),
        eb.and([
          eb('k.owner_id', '=', h.outgoing_user_id),
          eb('k.closed_at', 'is', null),
          eb('k.resolved_at', 'is', null),
        ]),
      ]),
    )
    .orderBy('k.created_at')
    .execute();
  const shiftCases: ShiftCase[] = cases.flatMap((k) =>
    isCaseKind(k.kind)
      ? [{ kind: k.kind, createdAt: k.created_at, doneAt: k.done_at, forbiddenPhraseHits: k.hits }]
      : [],
  );
  const statistics = shiftStatistics(
    calls.map((c) => ({
      ringStartedAt: c.ring_started_at,
      answeredAt: c.answered_at,
      forbiddenPhraseHits: c.hit_count ?? 0,
    })),
    shiftCases,
    window,
    await getHotlineSettings(tx),
  );
  const end = window.end.getTime();
  const openItems = cases
    .filter((k) => k.done_at === null || k.done_at.getTime() >= end)
    .slice(0, OPEN_ITEMS_LISTED)
    .map((k) => ({ caseId: k.id, number: k.number, kind: k.kind, subject: k.subject, status: k.status }));
  return { statistics, openItems };
};
