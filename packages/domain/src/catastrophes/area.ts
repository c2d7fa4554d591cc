/** A catastrophe's reach: an area of branches (each with every branch below it) and a period. */
export type CatastropheReach = {
  state: string;
  areaBranchIds: readonly string[];
  startsAt: Date;
  endsAt: Date | null;
};

/**
 * Whether a branch lies in the area: the area names branches (a province's branch covers its sub-branches), so
 * the branch or one of its ancestors must be named. `lineage` is the branch's id and its ancestors' ids.
 */
export const inArea = (areaBranchIds: readonly string[], lineage: readonly string[]): boolean =>
  lineage.some((id) => areaBranchIds.includes(id));

/** In force: active, and `now` inside [start, end) (an open end lasts until head office closes the event). */
export const inForce = (c: CatastropheReach, now: Date): boolean =>
  c.state === 'active' && c.startsAt <= now && (c.endsAt === null || now < c.endsAt);
