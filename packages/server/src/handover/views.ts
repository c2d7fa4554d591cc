import { HANDOVER_MACHINE, type ShiftStatistics } from '@claimline/domain/duty';
import type { Label } from '@claimline/domain/workflow';
import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { RequestCtx } from '../http/context.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import { findScopedHandover, type HandoverRow, userNames } from './repository.ts';
import type { HandoverOpenItem } from './statistics.ts';
import { handoverFacts } from './workflow.ts';

type Checklist = { uniform: boolean; badge: boolean; materials: boolean; signedBy: string; signedAt: string };

const STATE_LABELS: Record<string, Label | undefined> = HANDOVER_MACHINE.states;

const person = (id: string | null, names: Map<string, string>) =>
  id === null ? null : { id, name: names.get(id) ?? '' };

/** The hand-over as the screen shows it, with the moves this person may make now (read off the machine). */
type ShiftOf = Map<string, { code: string; day: string }>;

/** The plan's shift (code and day) of linked assignments. */
const shiftsOf = async (db: Db | Tx, rows: readonly HandoverRow[]): Promise<ShiftOf> => {
  const ids = rows
    .flatMap((h) => [h.outgoing_assignment_id, h.incoming_assignment_id])
    .filter((x) => x !== null);
  if (ids.length === 0) return new Map();
  const found = await db
    .selectFrom('duty_assignments as a')
    .innerJoin('duty_shift_templates as s', 's.id', 'a.shift_id')
    .select(['a.id', 's.code', sql<string>`to_char(a.day, 'YYYY-MM-DD')`.as('day')])
    .where('a.id', 'in', ids)
    .execute();
  return new Map(found.map((r) => [r.id, { code: r.code, day: r.day }]));
};

export const handoverView = (
  h: HandoverRow,
  names: Map<string, string>,
  ctx: RequestCtx,
  shifts: ShiftOf = new Map(),
) => {
  const ticked = h.checklist as Checklist | null;
  return {
    id: h.id,
    branchId: h.branch_id,
    post: h.post,
    outgoingShiftStart: h.outgoing_start,
    shiftStart: h.shift_start,
    shiftEnd: h.shift_end,
    outgoing: { id: h.outgoing_user_id, name: names.get(h.outgoing_user_id) ?? '' },
    incoming: { id: h.incoming_user_id, name: names.get(h.incoming_user_id) ?? '' },
    state: h.state,
    stateLabel: STATE_LABELS[h.state] ?? { zh: h.state, en: h.state },
    version: h.version,
    checkedInAt: h.checked_in_at,
    lateMinutes: h.late_minutes,
    checklist:
      ticked === null
        ? null
        : {
            uniform: ticked.uniform,
            badge: ticked.badge,
            materials: ticked.materials,
            signedAt: ticked.signedAt,
          },
    statistics: h.statistics as ShiftStatistics | null,
    openItems: (h.open_items as HandoverOpenItem[] | null) ?? [],
    statisticsAt: h.statistics_at,
    confirmedAt: h.confirmed_at,
    confirmedBy: person(h.confirmed_by, names),
    signedAt: h.signed_at,
    signedBy: person(h.signed_by, names),
    closedAt: h.closed_at,
    escalatedAt: h.escalated_at,
    reliefEscalatedAt: h.relief_escalated_at,
    outgoingAssignmentId: h.outgoing_assignment_id,
    incomingAssignmentId: h.incoming_assignment_id,
    outgoingShift: (h.outgoing_assignment_id && shifts.get(h.outgoing_assignment_id)) || null,
    incomingShift: (h.incoming_assignment_id && shifts.get(h.incoming_assignment_id)) || null,
    note: h.note,
    moves: offeredMoves(HANDOVER_MACHINE, h.state, handoverFacts(h, ctx, ctx.clock.now())),
  };
};
export type HandoverView = ReturnType<typeof handoverView>;

const idsOf = (rows: readonly HandoverRow[]) =>
  rows.flatMap((h) => [h.outgoing_user_id, h.incoming_user_id, h.confirmed_by ?? '', h.signed_by ?? '']);

export const handoverViews = async (db: Db | Tx, rows: readonly HandoverRow[], ctx: RequestCtx) => {
  const names = await userNames(
    db,
    idsOf(rows).filter((id) => id !== ''),
  );
  const shifts = await shiftsOf(db, rows);
  return rows.map((h) => handoverView(h, names, ctx, shifts));
};

/** Re-read in the caller's transaction (after a move) or on its own; undefined outside scope. */
export const loadHandoverView = async (db: Db | Tx, ctx: RequestCtx, id: string) => {
  const h = await findScopedHandover(db, id, ctx.actor.scope);
  if (!h) return undefined;
  return (await handoverViews(db, [h], ctx))[0];
};
