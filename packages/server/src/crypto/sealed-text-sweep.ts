import { containsPersonalData } from '@claimline/domain/identity';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { FieldCrypto } from './field-crypto.ts';
import { maskJson, SEALED_JSON_COLUMNS, type SealedJsonTable, sealJson } from './sealed-json.ts';
import { SEALED_COLUMNS, type SealedTable, sealText } from './sealed-text.ts';

/** Seven digits, possibly split by spaces or hyphens: the least any ID or phone number has. A cheap SQL filter. */
const DIGIT_RUN = '[0-9][0-9 -]{5,}[0-9]';

/**
 * Seals the free text written before sealing existed (issue #18 part 6): a migration cannot, the keys are
 * outside the database. Run at start-up by sealExistingFreeTextOnce; idempotent (a sealed column holds the masked copy,
 * which the detector no longer finds), each row in its own short transaction so a busy table is not held.
 * Answers how many values it sealed.
 */
export const sealExistingFreeText = async (db: Db, crypto: FieldCrypto, now: Date): Promise<number> => {
  let sealed = 0;
  for (const [table, spec] of Object.entries(SEALED_COLUMNS) as [
    SealedTable,
    (typeof SEALED_COLUMNS)[SealedTable],
  ][]) {
    for (const column of spec.columns) {
      const rows = await sql<{ key: string; text: string }>`
        SELECT ${sql.id(spec.key)}::text AS key, ${sql.id(column)} AS text FROM ${sql.id(table)}
        WHERE ${sql.id(column)} ~ ${DIGIT_RUN}`.execute(db);
      for (const r of rows.rows) {
        if (!containsPersonalData(r.text, now)) continue;
        await db.transaction().execute(async (tx) => {
          const masked = await sealText(crypto, tx, { table, rowId: r.key, column }, r.text, now);
          await sql`UPDATE ${sql.id(table)} SET ${sql.id(column)} = ${masked ?? r.text}
            WHERE ${sql.id(spec.key)}::text = ${r.key} AND ${sql.id(column)} = ${r.text}`.execute(tx);
        });
        sealed++;
      }
    }
  }
  return sealed + (await sealExistingJson(db, crypto, now));
};

/** The same for the JSON columns: a value whose texts hold personal data is sealed whole, the column masked. */
const sealExistingJson = async (db: Db, crypto: FieldCrypto, now: Date) => {
  let sealed = 0;
  for (const [table, spec] of Object.entries(SEALED_JSON_COLUMNS) as [
    SealedJsonTable,
    (typeof SEALED_JSON_COLUMNS)[SealedJsonTable],
  ][]) {
    for (const column of spec.columns) {
      const rows = await sql<{ key: string; value: unknown }>`
        SELECT ${sql.id(spec.key)}::text AS key, ${sql.id(column)} AS value FROM ${sql.id(table)}
        WHERE ${sql.id(column)}::text ~ ${DIGIT_RUN}`.execute(db);
      for (const r of rows.rows) {
        if (!maskJson(r.value, now).changed) continue;
        await db.transaction().execute(async (tx) => {
          const masked = await sealJson(crypto, tx, { table, rowId: r.key, column }, r.value, now);
          await sql`UPDATE ${sql.id(table)} SET ${sql.id(column)} = ${JSON.stringify(masked)}::jsonb
            WHERE ${sql.id(spec.key)}::text = ${r.key}`.execute(tx);
        });
        sealed++;
      }
    }
  }
  return sealed;
};

const SWEPT_KEY = 'freeTextSealed';

/** The free-text columns the sweep covers, as one string: a new column makes the start-up sweep run again. */
const columnSet = () =>
  [...Object.entries(SEALED_COLUMNS), ...Object.entries(SEALED_JSON_COLUMNS)]
    .flatMap(([table, spec]) => spec.columns.map((c: string) => `${table}.${c}`))
    .sort()
    .join(',');

/**
 * The start-up form of the sweep: once per set of sealed columns, not a scan of every text column at every start.
 * Rows written since are sealed by their own write (insertEvent, sealText), so only older rows ever need it.
 */
export const sealExistingFreeTextOnce = async (db: Db, crypto: FieldCrypto, now: Date): Promise<number> => {
  const columns = columnSet();
  const done = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', SWEPT_KEY)
    .executeTakeFirst();
  if ((done?.value as { columns?: string } | undefined)?.columns === columns) return 0;
  const sealed = await sealExistingFreeText(db, crypto, now);
  const value = JSON.stringify({ columns, at: now.toISOString(), sealed });
  await db
    .insertInto('settings')
    .values({ key: SWEPT_KEY, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
  return sealed;
};
