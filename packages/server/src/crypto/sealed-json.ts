import { maskPersonalData } from '@claimline/domain/identity';
import type { Db, Tx } from '../db/database.ts';
import type { FieldCrypto } from './field-crypto.ts';

/**
 * JSON columns that carry typed-in text (issue #18 part 6): a claim decision's reasons, an advance payment's
 * basis, the texts of a move's payload on the timeline. Every string inside is run through the personal-data
 * detector; when one holds an ID or phone number the whole value is sealed in `sealed_texts` under the column's
 * name and the column keeps the masked copy (same shape, same numbers), which every view, list and export shows.
 * `key` is the row's id column, as in SEALED_COLUMNS.
 */
export const SEALED_JSON_COLUMNS = {
  case_events: { key: 'id', columns: ['data'] },
  claim_applications: { key: 'case_id', columns: ['decision_detail', 'advance_payment'] },
  claim_approvals: { key: 'id', columns: ['decision'] },
} as const;
export type SealedJsonTable = keyof typeof SEALED_JSON_COLUMNS;
type JsonFieldOf<T extends SealedJsonTable> = `${T}.${(typeof SEALED_JSON_COLUMNS)[T]['columns'][number]}`;
export type SealedJsonField = { [T in SealedJsonTable]: JsonFieldOf<T> }[SealedJsonTable];
/** Every sealed JSON column as `table.column`: what a reveal names. */
export const SEALED_JSON_FIELDS = Object.entries(SEALED_JSON_COLUMNS).flatMap(([table, spec]) =>
  spec.columns.map((c) => `${table}.${c}`),
) as [SealedJsonField, ...SealedJsonField[]];
export const isSealedJsonField = (f: string): f is SealedJsonField =>
  (SEALED_JSON_FIELDS as readonly string[]).includes(f);

// Sealed values and digests inside a payload are not text: masking one would corrupt it.
const OPAQUE_KEY = /(Enc|Bidx|Hash)$/;

/** The value with every string masked; `changed` when any string held personal data. */
export const maskJson = (value: unknown, now: Date): { masked: unknown; changed: boolean } => {
  let changed = false;
  const walk = (v: unknown, key: string | null): unknown => {
    if (typeof v === 'string') {
      if (key !== null && OPAQUE_KEY.test(key)) return v;
      const m = maskPersonalData(v, now);
      if (m !== v) changed = true;
      return m;
    }
    if (Array.isArray(v)) return v.map((x) => walk(x, null));
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  const masked = walk(value, null);
  return { masked, changed };
};

type Ref = { table: SealedJsonTable; rowId: string; column: string };
type Q = Db | Tx;

/**
 * Seals one JSON value when a text inside holds personal data and answers what the column keeps (the masked
 * copy, or the value itself, when any earlier sealed copy is dropped). A JSON string given is parsed first.
 */
export const sealJson = async (crypto: FieldCrypto, tx: Q, ref: Ref, value: unknown, now: Date) => {
  const plain: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  const { masked, changed } = maskJson(plain, now);
  const where = { table_name: ref.table, row_id: ref.rowId, column_name: ref.column };
  if (!changed) {
    await tx
      .deleteFrom('sealed_texts')
      .where('table_name', '=', where.table_name)
      .where('row_id', '=', where.row_id)
      .where('column_name', '=', where.column_name)
      .execute();
    return plain;
  }
  const sealed = crypto.encrypt(JSON.stringify(plain));
  await tx
    .insertInto('sealed_texts')
    .values({ ...where, sealed, sealed_at: now })
    .onConflict((oc) =>
      oc.columns(['table_name', 'row_id', 'column_name']).doUpdateSet({ sealed, sealed_at: now }),
    )
    .execute();
  return masked;
};

/** The full value of a sealed JSON column, or `stored` (what the column holds) when it was never sealed. */
export const unsealJson = async (crypto: FieldCrypto, db: Q, ref: Ref, stored: unknown) => {
  const row = await db
    .selectFrom('sealed_texts')
    .select('sealed')
    .where('table_name', '=', ref.table)
    .where('row_id', '=', ref.rowId)
    .where('column_name', '=', ref.column)
    .executeTakeFirst();
  return row ? (JSON.parse(crypto.decrypt(row.sealed)) as unknown) : stored;
};
