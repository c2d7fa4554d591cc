import { randomBytes } from 'node:crypto';
import { type CaseKind, DEFAULT_NUMBER_PATTERNS, formatCaseNumber } from '@claimline/domain/cases';
import { sql } from 'kysely';
import type { Tx } from '../db/database.ts';

/*
 * Numbers taken last (issue 19 part 1). The gap-free number row of a kind, branch and day is locked from the moment
 * a number is taken until commit, so whoever takes it first makes every other intake of that row wait for its whole
 * transaction. In a group-committed batch the items therefore take a provisional number (a unique placeholder), do
 * all their work with it, and the batch swaps in the real numbers at its very end, in arrival order, just before
 * its audit link and commit: the row is locked for a few statements only, so several batches can write their items
 * at the same time on several connections and only this tail is serial.
 *
 * Where a placeholder may have gone, the tail puts the number: the case row, the notices that quote it (major cases
 * and complaints), the held audit rows (linked after this), the answers and the stored idempotent answers (held
 * here, written once the numbers are known). A pg test scans every text column after each kind of intake for a
 * placeholder left behind.
 */

type Wanted = {
  placeholder: string;
  caseId: string;
  kind: CaseKind;
  branchId: string;
  branchCode: string;
  day: string;
  at: Date;
};
type HeldAnswer = { actorId: string; key: string; status: number; body: unknown };
type Late = { wanted: Wanted[]; answers: HeldAnswer[]; quoted: boolean };

const lateOf = new WeakMap<Tx, Late>();
const PLACEHOLDER = /~n~[0-9a-f]{24}~/g;

export const deferNumbers = (tx: Tx) => {
  lateOf.set(tx, { wanted: [], answers: [], quoted: false });
};

/** Where an item's late work starts, to drop it if the item is rolled back alone. */
export const lateMark = (tx: Tx) => {
  const l = lateOf.get(tx);
  return l ? { wanted: l.wanted.length, answers: l.answers.length } : null;
};
export const lateRewind = (tx: Tx, mark: ReturnType<typeof lateMark>) => {
  const l = lateOf.get(tx);
  if (!l || !mark) return;
  l.wanted.length = mark.wanted;
  l.answers.length = mark.answers;
};

// The statements below are the case repository's own (numbering, settings, idempotent answers), written here so
// that intake-batch/ reads nothing above it: cases/ hands its writes to this folder.
const numberPattern = async (tx: Tx, kind: CaseKind) => {
  const row = await tx
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'caseNumberPatterns')
    .executeTakeFirst();
  const configured = row?.value as Partial<Record<CaseKind, string>> | undefined;
  return configured?.[kind] ?? DEFAULT_NUMBER_PATTERNS[kind];
};

/** Gap-free numbering outside a batch: the number row is locked and bumped in the caller's transaction. */
const nextSequence = async (tx: Tx, kind: string, branchId: string, day: string) => {
  const { rows } = await sql<{ last_seq: number }>`
    INSERT INTO case_sequences (kind, branch_id, day, last_seq) VALUES (${kind}, ${branchId}, ${day}, 1)
    ON CONFLICT (kind, branch_id, day) DO UPDATE SET last_seq = case_sequences.last_seq + 1
    RETURNING last_seq`.execute(tx);
  return rows[0]?.last_seq as number;
};

/** A new case's number: the real one outside a batch, a placeholder the batch replaces at its end inside one. */
export const takeCaseNumber = async (tx: Tx, w: Omit<Wanted, 'placeholder'>) => {
  const l = lateOf.get(tx);
  if (!l) {
    const seq = await nextSequence(tx, w.kind, w.branchId, w.day);
    return formatCaseNumber(await numberPattern(tx, w.kind), { branchCode: w.branchCode, at: w.at, seq });
  }
  const placeholder = `~n~${randomBytes(12).toString('hex')}~`;
  l.wanted.push({ ...w, placeholder });
  return placeholder;
};

/** A notice quoting a case number was written in this transaction: the tail rewrites notices of its cases. */
export const noteNumberQuoted = (tx: Tx, texts: readonly string[]) => {
  const l = lateOf.get(tx);
  if (l && texts.some((t) => t.includes('~n~'))) l.quoted = true;
};

/** Stores the idempotent answer now, or (in a batch) once its numbers are known. */
export const storeAnswer = async (tx: Tx, a: HeldAnswer) => {
  const l = lateOf.get(tx);
  if (l) l.answers.push(a);
  else
    await tx
      .updateTable('idempotency_keys')
      .set({ status_code: a.status, response: JSON.stringify(a.body) })
      .where('actor_id', '=', a.actorId)
      .where('key', '=', a.key)
      .execute();
};

/** Replaces every placeholder in a value (an answer, an audit detail) by its number. */
export type Patch = <T>(v: T) => T;

/**
 * The batch's tail: takes the numbers of every number row it needs in one statement (rows in key order, so two
 * batches never lock them in opposite orders), hands them out in arrival order, and puts them wherever the
 * placeholders went. Returns the patch for the answers and the held audit rows.
 */
export const assignLateNumbers = async (tx: Tx): Promise<Patch> => {
  const l = lateOf.get(tx);
  lateOf.delete(tx);
  if (!l || (l.wanted.length === 0 && l.answers.length === 0)) return (v) => v;
  const groupKey = (w: Wanted) => `${w.kind}|${w.branchId}|${w.day}`;
  const counts = new Map<string, { w: Wanted; n: number }>();
  for (const w of l.wanted) {
    const g = counts.get(groupKey(w));
    if (g) g.n += 1;
    else counts.set(groupKey(w), { w, n: 1 });
  }
  const groups = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, g]) => g);
  const next = new Map<string, number>();
  if (groups.length > 0) {
    const { rows } = await sql<{ kind: string; branch_id: string; day: string; last_seq: number }>`
      INSERT INTO case_sequences (kind, branch_id, day, last_seq)
      SELECT * FROM unnest(${groups.map((g) => g.w.kind)}::text[], ${groups.map((g) => g.w.branchId)}::uuid[],
                           ${groups.map((g) => g.w.day)}::date[], ${groups.map((g) => g.n)}::int[])
      ON CONFLICT (kind, branch_id, day) DO UPDATE SET last_seq = case_sequences.last_seq + EXCLUDED.last_seq
      RETURNING kind, branch_id, day::text AS day, last_seq`.execute(tx);
    for (const r of rows) {
      const g = counts.get(`${r.kind}|${r.branch_id}|${r.day}`);
      if (g) next.set(`${r.kind}|${r.branch_id}|${r.day}`, r.last_seq - g.n + 1);
    }
  }
  const patterns = new Map<CaseKind, string>();
  const byPlaceholder = new Map<string, string>();
  for (const w of l.wanted) {
    if (!patterns.has(w.kind)) patterns.set(w.kind, await numberPattern(tx, w.kind));
    const seq = next.get(groupKey(w));
    if (seq === undefined) throw new Error('number row not returned');
    next.set(groupKey(w), seq + 1);
    const pattern = patterns.get(w.kind) as string;
    byPlaceholder.set(w.placeholder, formatCaseNumber(pattern, { branchCode: w.branchCode, at: w.at, seq }));
  }
  // A walk, not a JSON round trip: answers keep their Date values for the routes' serialisers.
  const patch = (v: unknown): unknown => {
    if (typeof v === 'string')
      return v.includes('~n~') ? v.replace(PLACEHOLDER, (p) => byPlaceholder.get(p) ?? p) : v;
    if (Array.isArray(v)) return v.map(patch);
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, patch(x)]));
    return v;
  };
  if (l.wanted.length > 0) {
    const ids = l.wanted.map((w) => w.caseId);
    const numbers = l.wanted.map((w) => byPlaceholder.get(w.placeholder) as string);
    await sql`UPDATE cases c SET number = v.num FROM unnest(${ids}::uuid[], ${numbers}::text[]) AS v(id, num)
              WHERE c.id = v.id`.execute(tx);
    if (l.quoted)
      await sql`UPDATE notifications n
                   SET message_zh = replace(n.message_zh, v.ph, v.num), message_en = replace(n.message_en, v.ph, v.num)
                  FROM unnest(${ids}::uuid[], ${l.wanted.map((w) => w.placeholder)}::text[], ${numbers}::text[])
                       AS v(case_id, ph, num)
                 WHERE n.case_id = v.case_id`.execute(tx);
  }
  if (l.answers.length > 0) {
    const a = l.answers;
    await sql`UPDATE idempotency_keys k SET status_code = v.status, response = v.body::jsonb
                FROM unnest(${a.map((x) => x.actorId)}::uuid[], ${a.map((x) => x.key)}::text[],
                            ${a.map((x) => x.status)}::int[], ${a.map((x) => JSON.stringify(patch(x.body)))}::text[])
                     AS v(actor_id, key, status, body)
               WHERE k.actor_id = v.actor_id AND k.key = v.key`.execute(tx);
  }
  return patch as Patch;
};
