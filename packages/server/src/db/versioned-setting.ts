import { sql } from 'kysely';
import type { Db, Tx } from './database.ts';

/** A settings row that carries its own version in `value.meta.version` (the claim and complaint rules). */

/** The row; `forUpdate` holds it until the saving transaction ends. */
export const readSettingRow = (q: Db | Tx, key: string, forUpdate = false) => {
  const query = q.selectFrom('settings').select(['value', 'updated_at']).where('key', '=', key);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
};

/**
 * Writes the row only if it still carries `baseVersion` (a row without a saved version counts as 0), in one
 * statement: two saves on the same base, even when no row existed yet, cannot both succeed. Returns false
 * when someone saved in between.
 */
export const writeVersionedSetting = async (
  tx: Tx,
  key: string,
  value: unknown,
  baseVersion: number,
  now: Date,
) => {
  const json = JSON.stringify(value);
  const row = await tx
    .insertInto('settings')
    .values({ key, value: json, updated_at: now })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ value: json, updated_at: now })
        .where(
          sql<number>`CASE WHEN jsonb_typeof(settings.value #> '{meta,version}') = 'number'
            THEN (settings.value #>> '{meta,version}')::numeric ELSE 0 END`,
          '=',
          baseVersion,
        ),
    )
    .returning('key')
    .executeTakeFirst();
  return row !== undefined;
};

/** Who saved a version and why: kept in `value.meta` beside the settings it describes. */
export type SettingMeta = {
  version: number;
  note: string;
  savedAt: string;
  savedById: string;
  savedBy: string;
};

/**
 * The settings in force under `key` and their meta, or `defaults` (version 0: never saved) when the row is missing
 * or holds another shape (`isStored`).
 */
export const loadVersionedSetting = async <T extends object>(
  q: Db | Tx,
  key: string,
  isStored: (v: unknown) => v is T & { meta?: SettingMeta },
  defaults: T,
  forUpdate = false,
): Promise<{ settings: T; meta: SettingMeta | null }> => {
  const value = (await readSettingRow(q, key, forUpdate))?.value;
  if (!isStored(value)) return { settings: defaults, meta: null };
  const { meta, ...settings } = value;
  return { settings: settings as unknown as T, meta: meta ?? null };
};
