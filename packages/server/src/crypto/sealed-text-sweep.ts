import { containsPersonalData } from '@claimline/domain/identity';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { FieldCrypto } from './field-crypto.ts';
import { SEALED_COLUMNS, type SealedTable, sealText } from './sealed-text.ts';

/** Seven digits, possibly split by spaces or hyphens: the least any ID or phone number has. A cheap SQL filter. */
const DIGIT_RUN = '[0-9][0-9 -]{5,}[0-9]';

/**
 * Seals the free text written before sealing existed (issue #18 part 6): a migration cannot, the keys are
 * outside the database. Runs at start-up on every node; idempotent (a sealed column holds the masked copy,
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
  return sealed;
};
