import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';
import type { NotificationTable } from '../db/schema.ts';
import { noteNumberQuoted } from '../intake-batch/late-number.ts';

export type NotificationRow = NotificationTable;

/** Inserts notices; a step already notified (same deadline, person, kind, level) is skipped, never doubled. */
export const insertNotifications = async (tx: Tx, rows: NotificationTable[]) => {
  if (rows.length === 0) return 0;
  // A notice of an intake in a batch may quote its placeholder number; the batch's end rewrites it.
  noteNumberQuoted(
    tx,
    rows.flatMap((r) => [r.message_zh, r.message_en]),
  );
  const inserted = await tx
    .insertInto('notifications')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['deadline_id', 'user_id', 'kind', 'escalation_level'])
        .where('deadline_id', 'is not', null)
        .doNothing(),
    )
    .returning('id')
    .execute();
  return inserted.length;
};

export const listNotifications = (db: Db, userId: string, unreadOnly: boolean, limit: number) => {
  let q = db
    .selectFrom('notifications as n')
    .leftJoin('cases as c', 'c.id', 'n.case_id')
    .selectAll('n')
    .select('c.number as case_number')
    .where('n.user_id', '=', userId);
  if (unreadOnly) q = q.where('n.read_at', 'is', null);
  return q.orderBy('n.created_at', 'desc').orderBy('n.id').limit(limit).execute();
};

export const unreadCount = async (db: Db, userId: string) =>
  Number(
    (
      await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Marks one of the user's own notices read (the first read time is kept); undefined when it is not theirs. */
export const markRead = (db: Db, userId: string, id: string, now: Date) =>
  db
    .updateTable('notifications')
    .set({ read_at: sql`coalesce(read_at, ${now})` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returningAll()
    .executeTakeFirst();
