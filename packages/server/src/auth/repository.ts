import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

export const findUserForLogin = (db: Db, username: string) =>
  db.selectFrom('users').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();

export const recordLoginFailure = (db: Db, userId: string, threshold: number, lockUntil: Date) =>
  db
    .updateTable('users')
    .set((eb) => ({
      failed_logins: eb
        .case()
        .when('failed_logins', '>=', threshold - 1)
        .then(0)
        .else(eb('failed_logins', '+', 1))
        .end(),
      locked_until: eb
        .case()
        .when('failed_logins', '>=', threshold - 1)
        .then(lockUntil)
        .else(eb.ref('locked_until'))
        .end(),
    }))
    .where('id', '=', userId)
    .returning(['locked_until'])
    .executeTakeFirstOrThrow();

export const clearLoginFailures = (db: Db, userId: string) =>
  db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', userId).execute();

/** The lock state of a name that matches no user (see migration 0025). */
export const findUnknownNameLock = (db: Db, nameKey: string) =>
  db.selectFrom('login_throttle').select('locked_until').where('name_key', '=', nameKey).executeTakeFirst();

/** Counts a failure against a name that matches no user, locking it exactly as recordLoginFailure locks a user. */
export const recordUnknownNameFailure = (
  db: Db,
  nameKey: string,
  threshold: number,
  lockUntil: Date,
  now: Date,
) =>
  db
    .insertInto('login_throttle')
    .values({
      name_key: nameKey,
      failed_logins: threshold <= 1 ? 0 : 1,
      locked_until: threshold <= 1 ? lockUntil : null,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column('name_key').doUpdateSet((eb) => ({
        failed_logins: eb
          .case()
          .when('login_throttle.failed_logins', '>=', threshold - 1)
          .then(0)
          .else(eb('login_throttle.failed_logins', '+', 1))
          .end(),
        locked_until: eb
          .case()
          .when('login_throttle.failed_logins', '>=', threshold - 1)
          .then(lockUntil)
          .else(eb.ref('login_throttle.locked_until'))
          .end(),
        updated_at: now,
      })),
    )
    .returning(['locked_until'])
    .executeTakeFirstOrThrow();

export const insertSession = (db: Db, idHash: string, userId: string, now: Date) =>
  db
    .insertInto('sessions')
    .values({ id_hash: idHash, user_id: userId, created_at: now, last_seen_at: now, revoked_at: null })
    .execute();

export const findSessionActor = (db: Db, idHash: string) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('branches as b', 'b.id', 'u.branch_id')
    .select([
      's.created_at',
      's.last_seen_at',
      's.revoked_at',
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.active',
      'u.must_change_password',
      'u.branch_id',
      'b.code as branch_code',
      'b.name as branch_name',
      'b.path as branch_path',
      // The actor's data scope travels with the session row: one round trip per request, not two.
      sql<string[]>`ARRAY(SELECT sub.id::text FROM branches sub WHERE sub.path LIKE b.path || '%')`.as(
        'scope',
      ),
    ])
    .where('s.id_hash', '=', idHash)
    .executeTakeFirst();

export type SessionActorRow = NonNullable<Awaited<ReturnType<typeof findSessionActor>>>;

export const touchSession = (db: Db, idHash: string, now: Date) =>
  db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();

export const revokeSession = (db: Db, idHash: string, now: Date) =>
  db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('id_hash', '=', idHash)
    .where('revoked_at', 'is', null)
    .execute();

export const revokeAllSessions = (db: Db, userId: string, now: Date, exceptHash?: string) => {
  let q = db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (exceptHash) q = q.where('id_hash', '!=', exceptHash);
  return q.execute();
};

export const updatePassword = (db: Db, userId: string, passwordHash: string) =>
  db
    .updateTable('users')
    .set({ password_hash: passwordHash, must_change_password: false })
    .where('id', '=', userId)
    .execute();

export const findPasswordHash = async (db: Db, userId: string) =>
  await db
    .selectFrom('users')
    .select(['password_hash', 'username', 'locked_until'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
