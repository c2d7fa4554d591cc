import { COMPLAINT_MACHINE } from '@claimline/domain/complaints';
import type { RequestCtx } from '../http/context.ts';
import { offeredMoves } from '../workflow/offered-moves.ts';
import { complaintFacts, type LoadedComplaint } from './move-context.ts';

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
    noteRequired: m.inputs.includes('note'),
    otherRole: m.byRole,
  }));
};
export type ComplaintMove = Awaited<ReturnType<typeof complaintMoves>>[number];
