import { maskPersonalData } from '@claimline/domain/identity';
import type { Db, Tx } from '../db/database.ts';
import type { FieldCrypto } from './field-crypto.ts';

/**
 * Free text that may hold an ID or phone number a person typed (issue #18 part 6). The registry is every such
 * column: the start-up sweep walks it, and a reveal names one of its entries. `key` is the row's id column.
 */
export const SEALED_COLUMNS = {
  cases: { key: 'id', columns: ['subject', 'description'] },
  case_events: { key: 'id', columns: ['note'] },
  complaints: {
    key: 'case_id',
    columns: [
      'request',
      'decision',
      'decision_findings',
      'decision_basis',
      'remedy',
      'callback_comment',
      'review_request',
      'review_findings',
    ],
  },
  claim_reports: { key: 'case_id', columns: ['course', 'current_state', 'measures'] },
  claim_applications: { key: 'case_id', columns: ['assessment', 'decision_note'] },
  // Issue #18 part 6: what is typed when asking for and settling an approval, and a survey task's note (which
  // repeats the place of the accident as the reporter gave it). Rows of their own, each naming its case.
  complaint_approvals: { key: 'id', columns: ['note', 'decision_note'] },
  claim_approvals: { key: 'id', columns: ['decision_note'] },
  survey_tasks: { key: 'id', columns: ['note'] },
  visits: { key: 'id', columns: ['summary', 'assessment', 'follow_up', 'feedback_comment'] },
  catastrophe_reports: { key: 'case_id', columns: ['place', 'happened'] },
  // 0036: the customer's words on a surrender, the insurer's answer on a surrender or endorsement
  policy_services: { key: 'case_id', columns: ['reason_note', 'outcome_note'] },
  // Anti-fraud (0040): what investigators write about people.
  fraud_investigations: { key: 'id', columns: ['conclusion_reason'] },
  fraud_investigation_entries: { key: 'id', columns: ['note'] },
  // 不确定，请教 (issue #20): a colleague's question and answer may quote the customer.
  knowledge_questions: { key: 'id', columns: ['question', 'answer'] },
} as const;
export type SealedTable = keyof typeof SEALED_COLUMNS;

/**
 * The tables whose rows are not keyed by their case but name it: a reveal of one of their texts names the row,
 * which must belong to the case revealed.
 */
export const CASE_CHILD_TABLES = [
  'case_events',
  'complaint_approvals',
  'claim_approvals',
  'survey_tasks',
] as const satisfies readonly SealedTable[];
export type CaseChildTable = (typeof CASE_CHILD_TABLES)[number];
export const isCaseChildTable = (t: string): t is CaseChildTable =>
  (CASE_CHILD_TABLES as readonly string[]).includes(t);

type FieldOf<T extends SealedTable> = `${T}.${(typeof SEALED_COLUMNS)[T]['columns'][number]}`;
export type SealedField = { [T in SealedTable]: FieldOf<T> }[SealedTable];
/** Every sealed column as `table.column`: what a reveal names. */
export const SEALED_FIELDS = Object.entries(SEALED_COLUMNS).flatMap(([table, spec]) =>
  spec.columns.map((c) => `${table}.${c}`),
) as [SealedField, ...SealedField[]];

type Q = Db | Tx;

/**
 * Seals one value when it holds personal data and answers what the column keeps: the masked copy, or the text
 * itself when there is nothing to hide (then any earlier sealed copy is dropped: the column is the whole truth).
 */
export const sealText = async (
  crypto: FieldCrypto,
  tx: Q,
  ref: { table: SealedTable; rowId: string; column: string; fresh?: boolean | undefined },
  text: string | null,
  now: Date,
): Promise<string | null> => {
  const masked = text === null ? null : maskPersonalData(text, now);
  const where = { table_name: ref.table, row_id: ref.rowId, column_name: ref.column };
  if (text === null || masked === text) {
    // A row being created (`fresh`: its id was just drawn) has no earlier sealed copy to drop.
    if (ref.fresh) return text;
    await tx
      .deleteFrom('sealed_texts')
      .where('table_name', '=', where.table_name)
      .where('row_id', '=', where.row_id)
      .where('column_name', '=', where.column_name)
      .execute();
    return text;
  }
  const sealed = crypto.encrypt(text);
  await tx
    .insertInto('sealed_texts')
    .values({ ...where, sealed, sealed_at: now })
    .onConflict((oc) =>
      oc.columns(['table_name', 'row_id', 'column_name']).doUpdateSet({ sealed, sealed_at: now }),
    )
    .execute();
  return masked;
};

/** Seals each given column of one row; undefined passes through, null also drops an earlier sealed copy. */
export const sealColumns = async <T extends Record<string, unknown>>(
  crypto: FieldCrypto,
  tx: Q,
  table: SealedTable,
  rowId: string,
  values: T,
  now: Date,
  opts: { fresh?: boolean } = {},
): Promise<T> => {
  const out: Record<string, unknown> = { ...values };
  const columns: readonly string[] = SEALED_COLUMNS[table].columns;
  for (const [column, v] of Object.entries(values))
    if ((typeof v === 'string' || v === null) && columns.includes(column))
      out[column] = await sealText(crypto, tx, { table, rowId, column, fresh: opts.fresh }, v, now);
  return out as T;
};

/** The full texts of one row's sealed columns (column → text); a column not sealed is not in the map. */
export const unsealRow = async (crypto: FieldCrypto, db: Q, table: SealedTable, rowId: string) => {
  const rows = await db
    .selectFrom('sealed_texts')
    .select(['column_name', 'sealed'])
    .where('table_name', '=', table)
    .where('row_id', '=', rowId)
    .execute();
  return new Map(rows.map((r) => [r.column_name, crypto.decrypt(r.sealed)]));
};

/** The full text of one sealed column, or null when that column was never sealed. */
export const unsealText = async (
  crypto: FieldCrypto,
  db: Q,
  ref: { table: SealedTable; rowId: string; column: string },
) => (await unsealRow(crypto, db, ref.table, ref.rowId)).get(ref.column) ?? null;

/**
 * What of a case is shown masked: its own rows' sealed columns as `table.column` (keyed by the case id), the
 * timeline events whose note is sealed, and the other child rows (approvals, survey tasks) with a sealed text as
 * `table.column:rowId`. Tells the console where to offer a reveal.
 */
export const sealedOfCase = async (db: Q, caseId: string, eventIds: string[]) => {
  const rows = await db
    .selectFrom('sealed_texts')
    .select(['table_name', 'row_id', 'column_name'])
    .where((eb) =>
      eb.or([
        eb.and([eb('table_name', 'not in', [...CASE_CHILD_TABLES]), eb('row_id', '=', caseId)]),
        ...(eventIds.length > 0
          ? [eb.and([eb('table_name', '=', 'case_events'), eb('row_id', 'in', eventIds)])]
          : []),
        ...CHILD_ROWS_OF_CASE.map(({ table }) =>
          eb.and([
            eb('table_name', '=', table),
            eb(
              'row_id',
              'in',
              db
                .selectFrom(table)
                .select((e) => e.cast<string>('id', 'text').as('id'))
                .where('case_id', '=', caseId),
            ),
          ]),
        ),
      ]),
    )
    .execute();
  const own = rows.filter((r) => !isCaseChildTable(r.table_name));
  const children = rows.filter((r) => isCaseChildTable(r.table_name) && r.table_name !== 'case_events');
  return {
    fields: [
      ...own.map((r) => `${r.table_name}.${r.column_name}`),
      ...children.map((r) => `${r.table_name}.${r.column_name}:${r.row_id}`),
    ],
    eventIds: new Set(rows.filter((r) => r.table_name === 'case_events').map((r) => r.row_id)),
  };
};

const CHILD_ROWS_OF_CASE = [
  { table: 'complaint_approvals' },
  { table: 'claim_approvals' },
  { table: 'survey_tasks' },
] as const;
