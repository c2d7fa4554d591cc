/**
 * What a live event names: the kind of record that changed and its ids, never its contents (no personal data goes
 * through the notification channel; the console refetches what it shows through the scoped read routes).
 */
export const LIVE_KINDS = [
  'case',
  'complaint',
  'claimReport',
  'claimApplication',
  'notification',
  'deadline',
  'presence',
  'catastrophe',
] as const;
export type LiveKind = (typeof LIVE_KINDS)[number];

export const isLiveKind = (v: unknown): v is LiveKind =>
  typeof v === 'string' && (LIVE_KINDS as readonly string[]).includes(v);

/**
 * One change as the database reports it: `branchId` is the record's branch (the scope check), `userId` the one
 * person a personal record belongs to (a notification). A record with a user is that user's only.
 */
export type LiveChange = {
  kind: LiveKind;
  id: string;
  branchId: string | null;
  userId: string | null;
};

/** A change as one node numbered it: `seq` rises by one per change on that node (the SSE id's second half). */
export type LiveEvent = LiveChange & { seq: number };

/**
 * Parses a NOTIFY payload (`{"k":…,"id":…,"b":…,"u":…}`, written by migration 0048's triggers); anything else is
 * dropped, so an operator's stray NOTIFY on the channel cannot reach a console.
 */
export const parseLivePayload = (payload: string | undefined): LiveChange | null => {
  if (!payload) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const id = r.id;
  const b = r.b ?? null;
  const u = r.u ?? null;
  if (!isLiveKind(r.k) || typeof id !== 'string') return null;
  if (b !== null && typeof b !== 'string') return null;
  if (u !== null && typeof u !== 'string') return null;
  return { kind: r.k, id, branchId: b, userId: u };
};
