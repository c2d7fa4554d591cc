import { appendAudit } from '../audit/audit.ts';
import type { Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { checkLinkableArticles, replaceItemLinks } from '../knowledge/item-links.ts';
import { loadPack, PARSERS, type PackData } from './packs.ts';
import type { PackKind } from './repository.ts';
import * as repo from './repository.ts';
import { getHotlineSettings, type HotlineSettings, saveHotlineSettings } from './settings.ts';

const actorOf = (ctx: RequestCtx) => ({ id: ctx.actor.id, displayName: ctx.actor.displayName });

/**
 * Saves a new version of a pack. Versions are never edited: the new one is base + 1 and is refused with
 * PACK_VERSION_CONFLICT when someone saved in between, so two managers cannot overwrite each other.
 */
export const savePack = (
  deps: Deps,
  ctx: RequestCtx,
  kind: PackKind,
  input: { baseVersion: number; note: string; data: unknown },
) =>
  deps.db.transaction().execute(async (tx) => {
    const data = PARSERS[kind](input.data);
    const latest = await repo.latestVersion(tx, kind);
    if (latest !== input.baseVersion) throw new AppError('PACK_VERSION_CONFLICT', { currentVersion: latest });
    const now = ctx.clock.now();
    const inserted = await repo.insertPack(tx, {
      kind,
      version: latest + 1,
      data,
      note: input.note,
      created_by: ctx.actor.id,
      created_at: now,
    });
    if (!inserted) throw new AppError('PACK_VERSION_CONFLICT', { currentVersion: latest + 1 });
    if (kind === 'standard') await linkArticles(tx, ctx, data as PackData['standard'], latest);
    await appendAudit(tx, {
      at: now,
      actor: actorOf(ctx),
      action: 'script.pack.save',
      objectType: 'scriptPack',
      objectId: `${kind}:${latest + 1}`,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { kind, version: latest + 1, note: input.note },
    });
    return loadPack(tx, kind, latest + 1);
  });

/**
 * A situation's knowledge articles (issue #20) must exist and be readable by the editor; the article's "used by"
 * then lists the situations of this version, the one in force.
 */
const linkArticles = async (tx: Tx, ctx: RequestCtx, data: PackData['standard'], base: number) => {
  const inForce = (await loadPack(tx, 'standard', base)).data;
  await checkLinkableArticles(
    tx,
    ctx,
    data.situations.map((s, i) => ({ path: `data.situations.${i}.articleIds`, articleIds: s.articleIds })),
    new Set(inForce.situations.flatMap((s) => s.articleIds ?? [])),
  );
  await replaceItemLinks(
    tx,
    'standardPhrase',
    base + 1,
    data.situations.map((s) => ({
      key: s.id,
      label: { zh: s.title, en: s.title },
      articleIds: s.articleIds,
    })),
  );
};

export const packVersions = async (deps: Deps, kind: PackKind) => {
  const rows = await repo.listVersions(deps.db, kind);
  return {
    items: [
      ...rows.map((r) => ({
        version: r.version,
        note: r.note,
        createdAt: r.created_at,
        createdBy: r.created_by_name,
      })),
      { version: 0, note: null, createdAt: null, createdBy: null },
    ],
  };
};

export const updateHotlineSettings = (deps: Deps, ctx: RequestCtx, value: HotlineSettings) =>
  deps.db.transaction().execute(async (tx) => {
    const before = await getHotlineSettings(tx);
    const now = ctx.clock.now();
    await saveHotlineSettings(tx, value, now);
    await appendAudit(tx, {
      at: now,
      actor: actorOf(ctx),
      action: 'script.settings.save',
      objectType: 'setting',
      objectId: 'hotline',
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { before, after: value },
    });
    return value;
  });

/** What the agent desk needs to fill the standard phrases: line name, the agent's number, reply hours. */
export const deskContext = async (deps: Deps, ctx: RequestCtx) => {
  const settings = await getHotlineSettings(deps.db);
  const user = await deps.db
    .selectFrom('users')
    .select('agent_no')
    .where('id', '=', ctx.actor.id)
    .executeTakeFirst();
  const [standard, forbidden] = await Promise.all([
    loadPack(deps.db, 'standard'),
    loadPack(deps.db, 'forbidden'),
  ]);
  return { settings, agentNo: user?.agent_no ?? null, standard, forbidden };
};
