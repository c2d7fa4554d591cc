import {
  type ClosedCase,
  diffFraudSettings,
  type FraudSettings,
  fraudSettingsProblems,
  SIGNAL_CODES,
  SIGNAL_DEFS,
  signalPrecision,
} from '@claimline/domain/fraud';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Actor, Deps, RequestCtx } from '../http/context.ts';
import type { SaveSettingsBody } from './schema.ts';
import {
  closedOutcomes,
  insertSettingsVersion,
  loadFraudSettings,
  settingsHistory,
} from './settings-repository.ts';

/** One set of signals for the company (fraud crosses branches): head office at the root of the tree edits it. */
const atRoot = (a: Actor) => a.branchPath.split('/').filter(Boolean).length === 1;
const mayEdit = (a: Actor) => a.permissions.includes('fraud.manage') && atRoot(a);

const view = async (q: Db | Tx, ctx: RequestCtx) => {
  const [{ version, settings }, closed, history] = await Promise.all([
    loadFraudSettings(q),
    closedOutcomes(q),
    settingsHistory(q),
  ]);
  const precision = signalPrecision(
    SIGNAL_CODES,
    closed.map((c) => ({ signals: c.signal_codes, outcome: c.outcome }) as ClosedCase),
  );
  return {
    version,
    editable: mayEdit(ctx.actor),
    settings,
    signals: SIGNAL_CODES.map((code, i) => {
      const d = SIGNAL_DEFS[code];
      const p = precision[i] ?? { confirmed: 0, cleared: 0, inconclusive: 0, precision: null };
      return {
        code,
        label: d.label,
        source: d.source,
        params: Object.entries(d.params).map(([name, x]) => ({
          name,
          label: x.label,
          min: x.min,
          max: x.max,
        })),
        confirmed: p.confirmed,
        cleared: p.cleared,
        inconclusive: p.inconclusive,
        precision: p.precision,
      };
    }),
    history: history.map((h) => ({
      version: h.version,
      note: h.note,
      by: h.display_name,
      at: h.saved_at,
      changes: h.changes as { path: string; before: unknown; after: unknown }[],
    })),
  };
};

export const getFraudSettings = (deps: Deps, ctx: RequestCtx) => view(deps.db, ctx);

/**
 * A save is a new version with who and why (append-only rows); refused on an older base version, when nothing
 * changed, or when a value is outside its bounds. The next scoring reads it.
 */
export const saveFraudSettings = (deps: Deps, ctx: RequestCtx, body: SaveSettingsBody) =>
  deps.db.transaction().execute(async (tx) => {
    if (!mayEdit(ctx.actor)) throw new AppError('FRAUD_SETTINGS_HEAD_OFFICE_ONLY');
    const current = await loadFraudSettings(tx);
    if (current.version !== body.baseVersion)
      throw new AppError('FRAUD_SETTINGS_VERSION_CONFLICT', { currentVersion: current.version });
    const next = body.settings as FraudSettings;
    const problems = fraudSettingsProblems(next);
    if (problems.length > 0) throw new AppError('FRAUD_SETTINGS_INVALID', { problems });
    const changes = diffFraudSettings(current.settings, next);
    if (changes.length === 0) throw new AppError('FRAUD_SETTINGS_UNCHANGED');
    const now = ctx.clock.now();
    const version = current.version + 1;
    const saved = await insertSettingsVersion(tx, {
      version,
      value: next,
      note: body.note,
      changes,
      savedBy: ctx.actor.id,
      at: now,
    });
    if (!saved) throw new AppError('FRAUD_SETTINGS_VERSION_CONFLICT', { currentVersion: version });
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'fraudSignals.save',
      objectType: 'setting',
      objectId: 'fraudSignals',
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { version, note: body.note, changes },
    });
    return view(tx, ctx);
  });
