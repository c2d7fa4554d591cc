import type { Db, Tx } from '../db/database.ts';
import { readSettingRow, writeVersionedSetting } from '../db/versioned-setting.ts';

type Q = Db | Tx;

export const CLAIM_RULES_KEY = 'claimRules';

export const readClaimRulesRow = (q: Q, forUpdate = false) => readSettingRow(q, CLAIM_RULES_KEY, forUpdate);

export const writeClaimRulesRow = (tx: Tx, value: unknown, baseVersion: number, now: Date) =>
  writeVersionedSetting(tx, CLAIM_RULES_KEY, value, baseVersion, now);

/** The deadline rule that times the report to head office (C7 data), shown beside the thresholds. */
export const majorReportDeadlineRule = (q: Q) =>
  q
    .selectFrom('deadline_rules')
    .select(['id', 'unit', 'amount', 'source', 'active'])
    .where('kind', '=', 'majorCaseReport')
    .orderBy('id')
    .executeTakeFirst();
