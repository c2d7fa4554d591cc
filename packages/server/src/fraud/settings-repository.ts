import { type FraudSettings, mergeFraudSettings } from '@claimline/domain/fraud';
import type { Db, Tx } from '../db/database.ts';

/** The settings in force: the newest saved version, or the domain's defaults as version 0. */
export const loadFraudSettings = async (
  q: Db | Tx,
): Promise<{ version: number; settings: FraudSettings }> => {
  const row = await q
    .selectFrom('fraud_signal_settings')
    .select(['version', 'value'])
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    version: row?.version ?? 0,
    settings: mergeFraudSettings(row?.value as Partial<FraudSettings> | undefined),
  };
};

export const settingsHistory = (q: Db | Tx) =>
  q
    .selectFrom('fraud_signal_settings as s')
    .innerJoin('users as u', 'u.id', 's.saved_by')
    .select(['s.version', 's.note', 's.changes', 's.saved_at', 'u.display_name'])
    .orderBy('s.version', 'desc')
    .limit(50)
    .execute();

/** A new version; false when someone saved the same version first (primary key). */
export const insertSettingsVersion = async (
  tx: Tx,
  row: { version: number; value: FraudSettings; note: string; changes: unknown; savedBy: string; at: Date },
) => {
  const r = await tx
    .insertInto('fraud_signal_settings')
    .values({
      version: row.version,
      value: JSON.stringify(row.value),
      note: row.note,
      changes: JSON.stringify(row.changes),
      saved_by: row.savedBy,
      saved_at: row.at,
    })
    .onConflict((oc) => oc.column('version').doNothing())
    .returning('version')
    .executeTakeFirst();
  return r !== undefined;
};

/** Approved investigations: the signals that flagged each and its outcome (the precision's input). */
export const closedOutcomes = (q: Db | Tx) =>
  q
    .selectFrom('fraud_investigations')
    .select(['signal_codes', 'outcome'])
    .where('state', '=', 'closed')
    .where('outcome', 'is not', null)
    .execute();
