/**
 * Who hands over to whom, read off a published duty plan (seed 000 第一条 值班计划, 第十条 交接班): on each post, a
 * shift ending at the instant another starts hands over to it. With several agents on a post the outgoing and
 * incoming agents are paired in the plan's order (by name); an incoming agent already on the post (a double shift)
 * is not paired with themself. Pure.
 */

export type PlacedShift = {
  assignmentId: string;
  userId: string;
  userName: string;
  postId: string;
  /** UTC epoch milliseconds of the shift's start and end. */
  from: number;
  to: number;
};

export type HandoverPair = { outgoing: PlacedShift; incoming: PlacedShift };

const byName = (a: PlacedShift, b: PlacedShift) =>
  a.userName.localeCompare(b.userName) || a.assignmentId.localeCompare(b.assignmentId);

/** The pairs whose incoming shift starts in [from, to). */
export const handoverPairs = (shifts: readonly PlacedShift[], from: number, to: number): HandoverPair[] => {
  const out: HandoverPair[] = [];
  const ending = new Map<string, PlacedShift[]>();
  for (const s of shifts) {
    const k = `${s.postId}|${s.to}`;
    ending.set(k, [...(ending.get(k) ?? []), s]);
  }
  const starting = new Map<string, PlacedShift[]>();
  for (const s of shifts)
    if (s.from >= from && s.from < to) {
      const k = `${s.postId}|${s.from}`;
      starting.set(k, [...(starting.get(k) ?? []), s]);
    }
  for (const [k, incoming] of [...starting].sort(([a], [b]) => a.localeCompare(b))) {
    const inIds = new Set(incoming.map((s) => s.userId));
    const outs = (ending.get(k) ?? []).filter((s) => !inIds.has(s.userId)).sort(byName);
    const ins = incoming.filter((s) => !outs.some((o) => o.userId === s.userId)).sort(byName);
    // An agent staying on (a double shift) hands over to nobody and is relieved by nobody.
    const staying = new Set((ending.get(k) ?? []).map((s) => s.userId).filter((id) => inIds.has(id)));
    const fresh = ins.filter((s) => !staying.has(s.userId));
    for (let i = 0; i < Math.min(outs.length, fresh.length); i++)
      out.push({ outgoing: outs[i] as PlacedShift, incoming: fresh[i] as PlacedShift });
  }
  return out.sort((a, b) => a.incoming.from - b.incoming.from);
};
