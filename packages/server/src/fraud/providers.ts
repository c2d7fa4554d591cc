import { randomUUID } from 'node:crypto';
import { normalizeProviderName, type ProviderDirectoryKind } from '@claimline/domain/fraud';
import { appendAudit } from '../audit/audit.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';

/**
 * The head-office list of repair shops and hospitals the intake form offers (issue #22): picking from it gives the
 * same name every time; a name typed freely still matches by its normalised key (domain/fraud/providers.ts).
 */
export const listProviders = (db: Db, kind: ProviderDirectoryKind) =>
  db
    .selectFrom('fraud_providers')
    .select(['id', 'kind', 'name'])
    .where('kind', '=', kind)
    .orderBy('name')
    .limit(500)
    .execute();

const atRoot = (branchPath: string) => branchPath.split('/').filter(Boolean).length === 1;

/** Head office (fraud.manage at the root) adds a name; the same normalised name twice is refused. */
export const addProvider = (
  deps: Deps,
  ctx: RequestCtx,
  input: { kind: ProviderDirectoryKind; name: string },
) =>
  deps.db.transaction().execute(async (tx) => {
    if (!atRoot(ctx.actor.branchPath)) throw new AppError('FRAUD_SETTINGS_HEAD_OFFICE_ONLY');
    const key = normalizeProviderName(input.name);
    if (!key) throw new AppError('FRAUD_PROVIDER_NAME_EMPTY');
    const now = ctx.clock.now();
    const id = randomUUID();
    const added = await tx
      .insertInto('fraud_providers')
      .values({
        id,
        kind: input.kind,
        name: input.name.normalize('NFKC').trim(),
        name_key: key,
        added_by: ctx.actor.id,
        added_at: now,
      })
      .onConflict((oc) => oc.columns(['kind', 'name_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!added) throw new AppError('FRAUD_PROVIDER_EXISTS');
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'fraudProvider.add',
      objectType: 'fraudProvider',
      objectId: id,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { kind: input.kind, name: input.name },
    });
    return { id, kind: input.kind, name: input.name.normalize('NFKC').trim() };
  });
