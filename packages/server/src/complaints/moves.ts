import { COMPLAINT_MACHINE } from '@claimline/domain/complaints';
import type { RequestCtx } from '../http/context.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import { complaintFacts, type LoadedComplaint } from './move-context.ts';

/** Refusals that say who the person is (owner, lead, approver, the institution above), not what to wait for. */
const ROLE_CODES = new Set<string>(
  Object.values(COMPLAINT_MACHINE.guards)
    .filter((g) => g.kind === 'actor')
    .map((g) => g.code),
);

/**
 * The moves of the complaint as the detail answer carries them: the kernel's offered moves, plus what the dialog
 * needs without copying a guard: whether a note is asked for, and whether a refusal is only another role's move
 * (the console hides those and shows the others greyed out with the reason).
 */
export const complaintMoves = async (c: LoadedComplaint, ctx: RequestCtx) => {
  const state = c.row.state;
  const facts = await complaintFacts(c, ctx, ctx.clock.now());
  return offeredMoves(COMPLAINT_MACHINE, state, facts).map((m) => ({
    ...m,
    noteRequired: COMPLAINT_MACHINE.rows.some(
      (r) => r.from === state && r.event === m.event && r.guards.includes('note'),
    ),
    otherRole: m.reason !== null && ROLE_CODES.has(m.reason.code),
  }));
};
export type ComplaintMove = Awaited<ReturnType<typeof complaintMoves>>[number];
