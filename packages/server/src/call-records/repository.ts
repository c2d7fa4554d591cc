import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { CallTable, TranscriptVersionTable } from '../db/schema.ts';

type Q = Db | Tx;

export const lockCallByExternalId = (tx: Tx, callId: string) =>
  tx.selectFrom('calls').selectAll().where('call_id', '=', callId).forUpdate().executeTakeFirst();

export const insertCallIfAbsent = async (
  tx: Tx,
  row: Omit<CallTable, 'simulated'> & { simulated: boolean },
) =>
  (
    await tx
      .insertInto('calls')
      .values(row)
      .onConflict((oc) => oc.column('call_id').doNothing())
      .returning('id')
      .execute()
  ).length === 1;

export const updateCall = (tx: Tx, id: string, set: Partial<CallTable>) =>
  tx.updateTable('calls').set(set).where('id', '=', id).execute();

export const insertCallEvent = (
  tx: Tx,
  e: { call_id: string; event: string; at: Date; received_at: Date; payload: unknown },
) =>
  tx
    .insertInto('call_events')
    .values({ ...e, payload: JSON.stringify(e.payload) })
    .onConflict((oc) => oc.columns(['call_id', 'event']).doNothing())
    .execute();

export const findScopedCall = (db: Q, id: string, scope: string[], forUpdate = false) => {
  const q = db.selectFrom('calls').selectAll().where('id', '=', id).where('branch_id', 'in', scope);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
};

export const findAgentByNo = (db: Q, agentNo: string, scope: string[]) =>
  db
    .selectFrom('users')
    .select(['id', 'branch_id', 'agent_no', 'display_name'])
    .where('agent_no', '=', agentNo)
    .where('branch_id', 'in', scope)
    .where('active', '=', true)
    .executeTakeFirst();

export const findBranchByCode = (db: Q, code: string, scope: string[]) =>
  db
    .selectFrom('branches')
    .select(['id'])
    .where('code', '=', code)
    .where('id', 'in', scope)
    .executeTakeFirst();

/** The call list's scope and filters, shared by the paged list and its export (export/lists/calls.ts). */
export const callListBase = (db: Q, scope: string[], q: { agentId?: string | undefined; from: Date }) => {
  let base = db
    .selectFrom('calls as c')
    .where('c.branch_id', 'in', scope)
    .where('c.ring_started_at', '>=', q.from);
  if (q.agentId) base = base.where('c.agent_id', '=', q.agentId);
  return base;
};

/** A call row with its agent and QA score, as the list and the export show it. */
export const withCallColumns = (base: ReturnType<typeof callListBase>) =>
  base
    .leftJoin('users as u', 'u.id', 'c.agent_id')
    .leftJoin('qa_scorecards as s', 's.call_id', 'c.id')
    .selectAll('c')
    .select([
      'u.display_name as agent_name',
      'u.agent_no',
      's.score',
      's.hit_count',
      's.reviewed_at',
      sql<number>`(SELECT count(*)::int FROM call_cases cc WHERE cc.call_id = c.id)`.as('case_count'),
    ]);

export const listCalls = async (
  db: Q,
  scope: string[],
  q: { agentId?: string | undefined; from: Date; page: number; pageSize: number },
) => {
  const base = callListBase(db, scope, q);
  const total = await base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const items = await withCallColumns(base)
    .orderBy('c.ring_started_at', 'desc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { total: total.n, items };
};

export const linkedCases = (db: Q, callId: string) =>
  db
    .selectFrom('call_cases as cc')
    .innerJoin('cases as k', 'k.id', 'cc.case_id')
    .select(['k.id', 'k.number', 'k.kind', 'k.status', 'k.customer_name_enc', 'k.customer_name_masked'])
    .where('cc.call_id', '=', callId)
    .orderBy('cc.linked_at')
    .execute();

export const linkCase = (
  tx: Tx,
  row: { call_id: string; case_id: string; linked_by: string; linked_at: Date },
) =>
  tx
    .insertInto('call_cases')
    .values(row)
    .onConflict((oc) => oc.columns(['call_id', 'case_id']).doNothing())
    .execute();

export const callEvents = (db: Q, callId: string) =>
  db
    .selectFrom('call_events')
    .select(['event', 'at', 'received_at'])
    .where('call_id', '=', callId)
    .orderBy('id')
    .execute();

/** The latest transcript version: the one the QA card is computed on. */
export const findTranscript = (db: Q, callId: string) =>
  db
    .selectFrom('transcript_versions')
    .selectAll()
    .where('call_id', '=', callId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();

/** Every version, oldest first, with the name of whoever added it. */
export const transcriptVersions = (db: Q, callId: string) =>
  db
    .selectFrom('transcript_versions as t')
    .leftJoin('users as u', 'u.id', 't.added_by')
    .select([
      't.version',
      't.source',
      't.added_at',
      't.reason',
      't.score',
      't.turn_count',
      'u.display_name as added_by_name',
    ])
    .where('t.call_id', '=', callId)
    .orderBy('t.version')
    .execute();

export const insertTranscriptVersion = (tx: Tx, row: TranscriptVersionTable) =>
  tx.insertInto('transcript_versions').values(row).execute();

export const agentDisplay = (db: Q, id: string | null) =>
  id
    ? db
        .selectFrom('users')
        .select(['id', 'display_name', 'agent_no'])
        .where('id', '=', id)
        .executeTakeFirst()
    : Promise.resolve(undefined);
