import { sql } from 'kysely';
import type { Db, Tx } from '../db/database.ts';

type Q = Db | Tx;

export const CLAIM_RULES_KEY = 'claimRules';

/** The settings row; `forUpdate` holds it until the saving transaction ends. */
export const readClaimRulesRow = (q: Q, forUpdate = false) => {
  const query = q.selectFrom('settings').select(['value', 'updated_at']).where('key', '=', CLAIM_RULES_KEY);
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
};

/**
 * Writes the row only if it still carries `baseVersion` (a row without a saved version counts as 0), in one
 * statement: two saves on the same base, even when no row existed yet, cannot both succeed. Returns false
 * when someone saved in between.
 */
export const writeClaimRulesRow = async (tx: Tx, value: unknown, baseVersion: number, now: Date) => {
  const json = JSON.stringify(value);
  const row = await tx
    .insertInto('settings')
    .values({ key: CLAIM_RULES_KEY, value: json, updated_at: now })
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

/** The deadline rule that times the report to head office (C7 data), shown beside the thresholds. */
export const majorReportDeadlineRule = (q: Q) =>
  q
    .selectFrom('deadline_rules')
    .select(['id', 'unit', 'amount', 'source', 'active'])
    .where('kind', '=', 'majorCaseReport')
    .orderBy('id')
    .executeTakeFirst();
