import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';

/** Every display choice of one person (key → stored value). */
export const preferencesOf = async (q: Db | Tx, userId: string) =>
  q.selectFrom('user_preferences').select(['key', 'value']).where('user_id', '=', userId).execute();

/** Writes one choice of one person; the last write wins (a display choice, no version to check). */
export const savePreference = async (q: Db | Tx, userId: string, key: string, value: unknown, now: Date) =>
  q
    .insertInto('user_preferences')
    .values({ user_id: userId, key, value: JSON.stringify(value), updated_at: now })
    .onConflict((oc) =>
      oc.columns(['user_id', 'key']).doUpdateSet({ value: sql`excluded.value`, updated_at: now }),
    )
    .execute();
