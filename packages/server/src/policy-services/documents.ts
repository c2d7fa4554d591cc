import {
  DEFAULT_DOCUMENT_SETTINGS,
  type DocumentSettings,
  documentSettingsProblems,
} from '@claimline/domain/policy-services';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { loadVersionedSetting, type SettingMeta, writeVersionedSetting } from '../db/versioned-setting.ts';
import { AppError, onFields } from '../errors.ts';
import type { Actor, Deps, RequestCtx } from '../http/context.ts';
import type { SaveDocumentsInput } from './schema.ts';

export const DOCUMENTS_KEY = 'policyServiceDocuments';

type Stored = DocumentSettings & { meta?: SettingMeta };

const isStored = (v: unknown): v is Stored =>
  typeof v === 'object' && v !== null && 'lists' in v && Array.isArray((v as Stored).lists);

/** The lists in force and their version (0: the seeded default, never saved). */
export const loadDocumentSettings = (q: Db | Tx, forUpdate = false) =>
  loadVersionedSetting(q, DOCUMENTS_KEY, isStored, DEFAULT_DOCUMENT_SETTINGS, forUpdate);

// One set for the company, like the claim checklists: head office at the root of the branch tree keeps it. The
// after-sales rules of seed 003 are one set, so the permission that keeps its claim rules keeps these too.
const atRoot = (actor: Actor) => actor.branchPath.split('/').filter(Boolean).length === 1;
const mayEdit = (actor: Actor) => actor.permissions.includes('claimRules.manage') && atRoot(actor);

const view = async (q: Db | Tx, ctx: RequestCtx) => {
  const { settings, meta } = await loadDocumentSettings(q);
  return {
    version: meta?.version ?? 0,
    note: meta?.note ?? null,
    savedAt: meta?.savedAt ?? null,
    savedBy: meta?.savedBy ?? null,
    editable: mayEdit(ctx.actor),
    settings,
    defaults: DEFAULT_DOCUMENT_SETTINGS,
  };
};

export const getDocumentSettings = (deps: Deps, ctx: RequestCtx) => view(deps.db, ctx);

/**
 * Saves the lists as a new version: refused on an older base, for a set that breaks a rule
 * (documentSettingsProblems) or for anyone but head office. Requests already taken keep the list they were given;
 * the audit row carries the lists before and after, so the audit log is the history.
 */
export const saveDocumentSettings = (deps: Deps, ctx: RequestCtx, input: SaveDocumentsInput) =>
  deps.db.transaction().execute(async (tx) => {
    if (!mayEdit(ctx.actor)) throw new AppError('POLICY_SERVICE_DOCUMENTS_HEAD_OFFICE_ONLY');
    const problems = documentSettingsProblems(input.settings);
    if (problems.length > 0)
      throw new AppError('POLICY_SERVICE_DOCUMENTS_INVALID', onFields('settings.', problems));
    const current = await loadDocumentSettings(tx, true);
    const base = current.meta?.version ?? 0;
    if (base !== input.baseVersion)
      throw new AppError('POLICY_SERVICE_DOCUMENTS_VERSION_CONFLICT', { currentVersion: base });
    const now = ctx.clock.now();
    const version = base + 1;
    const meta: SettingMeta = {
      version,
      note: input.note,
      savedAt: now.toISOString(),
      savedById: ctx.actor.id,
      savedBy: ctx.actor.displayName,
    };
    if (!(await writeVersionedSetting(tx, DOCUMENTS_KEY, { ...input.settings, meta }, base, now)))
      throw new AppError('POLICY_SERVICE_DOCUMENTS_VERSION_CONFLICT', { currentVersion: version });
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'policyServiceDocuments.save',
      objectType: 'setting',
      objectId: DOCUMENTS_KEY,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { version, note: input.note, before: current.settings, after: input.settings },
    });
    return view(tx, ctx);
  });
