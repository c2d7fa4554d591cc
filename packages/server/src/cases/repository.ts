import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { CaseTable } from '../db/schema.ts';
import type { ListCasesQuery } from './schema.ts';

type Q = Db | Tx;

/** Gap-free numbering: the counter row is locked and bumped in the caller's transaction, so a rollback returns the number. */
export const nextSequence = async (tx: Tx, kind: string, branchId: string, day: string) => {
  const row = await tx
    .insertInto('case_sequences')
    .values({ kind, branch_id: branchId, day, last_seq: 1 })
    .onConflict((oc) =>
      oc.columns(['kind', 'branch_id', 'day']).doUpdateSet({ last_seq: sql`case_sequences.last_seq + 1` }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
};

export const claimIdempotencyKey = async (tx: Tx, actorId: string, key: string, hash: string, now: Date) =>
  (
    await tx
      .insertInto('idempotency_keys')
      .values({
        actor_id: actorId,
        key,
        request_hash: hash,
        status_code: null,
        response: null,
        created_at: now,
      })
      .onConflict((oc) => oc.columns(['actor_id', 'key']).doNothing())
      .returning('key')
      .execute()
  ).length === 1;

export const storeIdempotentResponse = (
  tx: Tx,
  actorId: string,
  key: string,
  status: number,
  response: unknown,
) =>
  tx
    .updateTable('idempotency_keys')
    .set({ status_code: status, response: JSON.stringify(response) })
    .where('actor_id', '=', actorId)
    .where('key', '=', key)
    .execute();

export const findIdempotencyKey = (db: Q, actorId: string, key: string) =>
  db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('actor_id', '=', actorId)
    .where('key', '=', key)
    .executeTakeFirst();

export const getSetting = async (db: Q, key: string) =>
  (await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())?.value;

export const insertCase = (tx: Tx, row: Omit<CaseTable, 'version'>) =>
  tx.insertInto('cases').values(row).execute();

// The timeline table is written below the capabilities (the move runner writes it too).
export { insertEvent } from '../timeline/repository.ts';

export const findScopedCase = (db: Q, id: string, scope: string[], forUpdate = false) => {
  const q = db.selectFrom('cases').selectAll().where('id', '=', id).where('branch_id', 'in', scope);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
};

export const updateCaseVersioned = (
  tx: Tx,
  id: string,
  version: number,
  set: Partial<Omit<CaseTable, 'id' | 'version'>>,
) =>
  tx
    .updateTable('cases')
    .set({ ...set, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();

export const caseDetailRow = (db: Q, id: string) =>
  db
    .selectFrom('cases as c')
    .innerJoin('users as o', 'o.id', 'c.owner_id')
    .innerJoin('branches as b', 'b.id', 'c.branch_id')
    .leftJoin('users as t', 't.id', 'c.transfer_to_id')
    .selectAll('c')
    .select([
      'o.display_name as owner_name',
      'b.name as branch_name',
      'b.path as branch_path',
      't.display_name as transfer_to_name',
    ])
    .where('c.id', '=', id)
    .executeTakeFirstOrThrow();

export const caseEvents = (db: Q, caseId: string) =>
  db
    .selectFrom('case_events as e')
    // System events (deadline escalations) have no actor.
    .leftJoin('users as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.at', 'e.actor_id', 'u.display_name as actor_name', 'e.type', 'e.note', 'e.data'])
    .where('e.case_id', '=', caseId)
    .orderBy('e.id')
    .execute();

type CaseFilter = Omit<ListCasesQuery, 'page' | 'pageSize' | 'sort' | 'order'>;

/** The case list's scope and filters, shared by the paged list and its export (export/lists/cases.ts). */
export const caseListBase = (
  db: Q,
  scope: string[],
  actorId: string,
  q: CaseFilter,
  phoneBidx: string | null,
  // Issue #18: live data-sharing grants widen the scope for their case kinds over their subtree (read-only).
  shared: readonly { caseKinds: readonly string[]; branchPath: string }[] = [],
) => {
  let base = db
    .selectFrom('cases as c')
    .innerJoin('users as o', 'o.id', 'c.owner_id')
    .innerJoin('branches as b', 'b.id', 'c.branch_id')
    .where((eb) =>
      eb.or([
        eb('c.branch_id', 'in', scope),
        ...shared.map((g) =>
          eb.and([eb('b.path', 'like', `${g.branchPath}%`), eb('c.kind', 'in', [...g.caseKinds])]),
        ),
      ]),
    );
  if (q.kind) base = base.where('c.kind', '=', q.kind);
  if (q.status) base = base.where('c.status', '=', q.status);
  if (q.channel) base = base.where('c.channel', '=', q.channel);
  if (q.mine === 'true') base = base.where('c.owner_id', '=', actorId);
  if (q.ownerId) base = base.where('c.owner_id', '=', q.ownerId);
  if (q.branchId) base = base.where('c.branch_id', '=', q.branchId);
  if (q.q) {
    const text = q.q;
    const like = `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    base = base.where((eb) =>
      eb.or([
        eb('c.number', '=', text.toUpperCase()),
        eb('c.subject', 'ilike', like),
        ...(phoneBidx ? [eb('c.customer_phone_bidx', '=', phoneBidx)] : []),
      ]),
    );
  }
  return base;
};

export const CASE_SUMMARY_COLUMNS = [
  'c.id',
  'c.number',
  'c.kind',
  'c.channel',
  'c.status',
  'c.subject',
  'c.branch_id',
  'b.name as branch_name',
  'b.path as branch_path',
  'c.owner_id',
  'o.display_name as owner_name',
  'c.customer_name_masked',
  'c.first_contact_resolution',
  'c.created_at',
  'c.updated_at',
  'c.version',
] as const;

/** The exact number of cases a list's filters match: a second scan of every matching row, so only on request. */
export const countCases = async (
  db: Q,
  scope: string[],
  actorId: string,
  q: CaseFilter,
  phoneBidx: string | null,
  shared: readonly { caseKinds: readonly string[]; branchPath: string }[] = [],
) => {
  const [row] = await caseListBase(db, scope, actorId, q, phoneBidx, shared)
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .execute();
  return Number(row?.total ?? 0);
};

export const findTransferTarget = (db: Q, userId: string) =>
  db
    .selectFrom('users as u')
    .innerJoin('branches as b', 'b.id', 'u.branch_id')
    .select(['u.id', 'u.display_name', 'u.role', 'u.active', 'b.path'])
    .where('u.id', '=', userId)
    .executeTakeFirst();

export const userNames = async (db: Q, ids: string[]) =>
  new Map(
    (await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).execute()).map(
      (u) => [u.id, u.display_name],
    ),
  );
