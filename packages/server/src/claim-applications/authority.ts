import {
  type ClaimAuthorityRow,
  DEFAULT_CLAIM_AUTHORITY_TABLE,
  validateClaimAuthorityTable,
} from '@claimline/domain/claim-applications';
import type { Db, Tx } from '../db/database.ts';
import { readSettingRow } from '../db/versioned-setting.ts';

export const AUTHORITY_KEY = 'claimAuthority';
export const RETENTION_KEY = 'claimArchiveRetentionDays';

/**
 * Setting: claim files are kept 10 years after closing by default; the seeds name 理赔档案管理 (seed 004 四 8)
 * without a period, so head office sets it here.
 */
export const DEFAULT_RETENTION_DAYS = 3650;

const AUTHORITY_SOURCE =
  'decision.ts DEFAULT_CLAIM_AUTHORITY_TABLE (核决权限: the seeds give no amounts; head office sets them)';

/** The authority table in force: the setting when it is a valid table, else the defaults of decision.ts. */
export const loadClaimAuthority = async (q: Db | Tx) =>
  claimAuthorityOf((await readSettingRow(q, AUTHORITY_KEY))?.value);

/** The table a stored setting value stands for (fraud scoring reads the value in its own statement). */
export const claimAuthorityOf = (value: unknown) => {
  if (Array.isArray(value)) {
    try {
      validateClaimAuthorityTable(value as ClaimAuthorityRow[]);
      return { table: value as ClaimAuthorityRow[], source: `setting ${AUTHORITY_KEY}` };
    } catch {
      // A broken setting never widens authority: the defaults apply.
    }
  }
  return { table: DEFAULT_CLAIM_AUTHORITY_TABLE, source: AUTHORITY_SOURCE };
};

export const loadRetentionDays = async (q: Db | Tx) => {
  const value = (await readSettingRow(q, RETENTION_KEY))?.value;
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
    ? { days: value, source: `setting ${RETENTION_KEY}` }
    : { days: DEFAULT_RETENTION_DAYS, source: 'default (seed 004 四 8 理赔档案管理 sets no period)' };
};
