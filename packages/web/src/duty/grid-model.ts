/**
 * Where the server's roster violations land on the planner grid (agents × days). The server is the judge; this
 * only places its answer: a violation naming assignments marks their cells, one naming an agent and a time marks
 * that agent's local day, and one about a post alone (an empty post, 第三条) marks the day's column.
 */

type Violation = {
  code: string;
  agentId: string | null;
  postId: string | null;
  assignmentIds: readonly string[];
  from: string | null;
};
type Assignment = { id: string; agentId: string; date: string };

const SHANGHAI_MS = 8 * 3_600_000;

/** The Beijing-time day of an instant (the plan's days are local days). */
export const localDay = (iso: string): string =>
  new Date(Date.parse(iso) + SHANGHAI_MS).toISOString().slice(0, 10);

export const cellKey = (agentId: string, date: string) => `${agentId}|${date}`;

export type GridMarks<V> = { cells: Map<string, V[]>; days: Map<string, V[]> };

export const placeViolations = <V extends Violation>(
  violations: readonly V[],
  assignments: readonly Assignment[],
): GridMarks<V> => {
  const byId = new Map(assignments.map((a) => [a.id, a]));
  const cells = new Map<string, V[]>();
  const days = new Map<string, V[]>();
  const add = (m: Map<string, V[]>, k: string, v: V) => {
    const list = m.get(k) ?? [];
    if (!list.includes(v)) list.push(v);
    m.set(k, list);
  };
  for (const v of violations) {
    const on = v.assignmentIds.map((id) => byId.get(id)).filter((a): a is Assignment => a !== undefined);
    if (on.length > 0) for (const a of on) add(cells, cellKey(a.agentId, a.date), v);
    else if (v.agentId && v.from) add(cells, cellKey(v.agentId, localDay(v.from)), v);
    else if (v.from) add(days, localDay(v.from), v);
  }
  return { cells, days };
};

/** The month before or after 'YYYY-MM'. */
export const shiftMonth = (month: string, by: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
};

/** The relative gap of a minimisation to its lower bound, when the solver gave one. */
export const gapOf = (objective: number, bound: number | null): number | null =>
  bound === null ? null : objective === 0 ? 0 : Math.max(0, (objective - bound) / Math.abs(objective));
