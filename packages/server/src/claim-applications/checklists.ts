import {
  type ChecklistSettings,
  checklistProblems,
  DEFAULT_CHECKLISTS,
  DOCUMENT_LISTS,
  diffChecklists,
} from '@claimline/domain/claim-applications';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { loadVersionedSetting, type SettingMeta, writeVersionedSetting } from '../db/versioned-setting.ts';
import { AppError, onFields } from '../errors.ts';
import type { Actor, Deps, RequestCtx } from '../http/context.ts';
import { checkLinkableArticles, replaceItemLinks } from '../knowledge/item-links.ts';
import type { SaveChecklistsInput } from './schema.ts';

export const CHECKLISTS_KEY = 'claimChecklists';

type Stored = ChecklistSettings & { meta?: SettingMeta };

const isStored = (v: unknown): v is Stored =>
  typeof v === 'object' && v !== null && 'lists' in v && 'byClaimType' in v;

/** The checklists in force and their version (0: the seed's default, never saved). */
export const loadChecklists = (q: Db | Tx, forUpdate = false) =>
  loadVersionedSetting(q, CHECKLISTS_KEY, isStored, DEFAULT_CHECKLISTS, forUpdate);

// One list for the whole company, like the claim rules: head office at the root of the branch tree only.
const atRoot = (actor: Actor) => actor.branchPath.split('/').filter(Boolean).length === 1;
const mayEdit = (actor: Actor) => actor.permissions.includes('claimRules.manage') && atRoot(actor);

const view = async (q: Db | Tx, ctx: RequestCtx) => {
  const { settings, meta } = await loadChecklists(q);
  return {
    version: meta?.version ?? 0,
    note: meta?.note ?? null,
    savedAt: meta?.savedAt ?? null,
    savedBy: meta?.savedBy ?? null,
    editable: mayEdit(ctx.actor),
    checklists: settings,
    defaults: DEFAULT_CHECKLISTS,
    source: 'seed 003 §(四) 2',
  };
};

export const getChecklists = (deps: Deps, ctx: RequestCtx) => view(deps.db, ctx);

/**
 * Saves the checklists as a new version: refused on an older base, when nothing changed, when a rule between the
 * values fails (checklistProblems), or for anyone but head office. The audit row carries every changed value, so
 * the audit log is the history; applications already registered keep the list they were given.
 */
export const saveChecklists = (deps: Deps, ctx: RequestCtx, input: SaveChecklistsInput) =>
  deps.db.transaction().execute(async (tx) => {
    if (!mayEdit(ctx.actor)) throw new AppError('CLAIM_CHECKLISTS_HEAD_OFFICE_ONLY');
    const problems = checklistProblems(input.checklists);
    if (problems.length > 0)
      throw new AppError('CLAIM_CHECKLISTS_INVALID', onFields('checklists.', problems));
    const current = await loadChecklists(tx, true);
    const base = current.meta?.version ?? 0;
    if (base !== input.baseVersion)
      throw new AppError('CLAIM_CHECKLISTS_VERSION_CONFLICT', { currentVersion: base });
    const changes = diffChecklists(current.settings, input.checklists);
    if (changes.length === 0) throw new AppError('CLAIM_CHECKLISTS_UNCHANGED');
    const items = DOCUMENT_LISTS.flatMap((list) =>
      input.checklists.lists[list].items.map((item, n) => ({ list, item, n })),
    );
    // Each item's knowledge articles (issue #20) must exist and be readable by the editor.
    await checkLinkableArticles(
      tx,
      ctx,
      items.map(({ list, item, n }) => ({
        path: `checklists.lists.${list}.items.${n}.articleIds`,
        articleIds: item.articleIds,
      })),
      new Set(
        DOCUMENT_LISTS.flatMap((l) => current.settings.lists[l].items.flatMap((i) => i.articleIds ?? [])),
      ),
    );
    const now = ctx.clock.now();
    const version = base + 1;
    const meta: SettingMeta = {
      version,
      note: input.note,
      savedAt: now.toISOString(),
      savedById: ctx.actor.id,
      savedBy: ctx.actor.displayName,
    };
    if (!(await writeVersionedSetting(tx, CHECKLISTS_KEY, { ...input.checklists, meta }, base, now)))
      throw new AppError('CLAIM_CHECKLISTS_VERSION_CONFLICT', { currentVersion: version });
    await replaceItemLinks(
      tx,
      'claimChecklist',
      version,
      items.map(({ list, item }) => ({
        key: item.id,
        label: {
          zh: `${input.checklists.lists[list].label.zh}：${item.label.zh}`,
          en: `${input.checklists.lists[list].label.en}: ${item.label.en}`,
        },
        articleIds: item.articleIds,
      })),
    );
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'claimChecklists.save',
      objectType: 'setting',
      objectId: CHECKLISTS_KEY,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { version, note: input.note, changes },
    });
    return view(tx, ctx);
  });
