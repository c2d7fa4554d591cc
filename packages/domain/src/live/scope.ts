import type { LiveChange } from './kinds.ts';

/** Who is listening: their id and the branches they may read (their branch and every branch below it). */
export type LiveViewer = { userId: string; scope: ReadonlySet<string> };

/**
 * Whether a viewer may be told of a change. A personal record (a notification) goes to its owner only; any other
 * record goes to viewers whose branch scope holds its branch; a change without either goes to nobody, so a
 * trigger that forgot the branch fails closed.
 */
export const visibleTo = (change: LiveChange, viewer: LiveViewer): boolean => {
  if (change.userId !== null && change.kind === 'notification') return change.userId === viewer.userId;
  if (change.branchId === null) return false;
  return viewer.scope.has(change.branchId);
};
