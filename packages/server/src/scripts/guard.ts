import { randomUUID } from 'node:crypto';
import { fillTemplate } from '@claimline/domain/scripts';
import { appendAudit } from '../audit/audit.ts';
import type { Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Deps, RequestCtx } from '../http/context.ts';
import { forbiddenList } from './packs.ts';
import * as repo from './repository.ts';
import { getHotlineSettings } from './settings.ts';

export type GuardHit = {
  path: string;
  message: string;
  phraseId: string;
  phrase: string;
  start: number;
  end: number;
  alternative: string;
  severity: string;
};

/** Finds forbidden phrases in a text, each with its standard alternative ({hours} filled from the settings). */
export const findForbidden = async (deps: Deps, q: Tx | Deps['db'], text: string, path = 'text') => {
  const list = await forbiddenList(deps.db, q);
  const { complaintReplyHours, lineName } = await getHotlineSettings(q);
  const byId = new Map(list.pack.phrases.map((p) => [p.id, p]));
  const hits: GuardHit[] = list.matcher.find(text).map((h) => {
    const p = byId.get(h.phraseId)!;
    let alternative = p.alternative;
    try {
      alternative = fillTemplate(p.alternative, { hours: complaintReplyHours, lineName });
    } catch {
      // An alternative with a variable we cannot fill is shown as written.
    }
    return {
      path,
      message: `「${text.slice(h.start, h.end)}」→ ${alternative}`,
      phraseId: h.phraseId,
      phrase: p.phrase,
      start: h.start,
      end: h.end,
      alternative,
      severity: p.severity,
    };
  });
  return { version: list.version, hits };
};

/**
 * The server half of the guard (issue #5 part 3): every customer-visible text is checked again on save. A text
 * with a forbidden phrase is refused with FORBIDDEN_PHRASE listing the hits, unless the agent gives an override
 * reason; the override is stored (counted for QA) and audited in the caller's transaction.
 */
export const checkCustomerText = async (
  deps: Deps,
  tx: Tx,
  ctx: RequestCtx,
  input: { text: string; field: string; caseId: string | null; overrideReason?: string | undefined },
) => {
  const { version, hits } = await findForbidden(deps, tx, input.text, input.field);
  if (hits.length === 0) return { hits, overridden: false };
  const reason = input.overrideReason?.trim();
  if (!reason) throw new AppError('FORBIDDEN_PHRASE', hits);
  const at = ctx.clock.now();
  const id = randomUUID();
  const stored = hits.map((h) => ({ phraseId: h.phraseId, start: h.start, end: h.end }));
  await repo.insertOverride(tx, {
    id,
    at,
    actor_id: ctx.actor.id,
    branch_id: ctx.actor.branchId,
    case_id: input.caseId,
    field: input.field,
    reason,
    hits: stored,
    pack_version: version,
  });
  await appendAudit(tx, {
    at,
    actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
    action: 'script.override',
    objectType: input.caseId ? 'case' : 'text',
    objectId: input.caseId,
    result: 'success',
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: { overrideId: id, field: input.field, phraseIds: stored.map((h) => h.phraseId), reason },
  });
  return { hits, overridden: true };
};

/**
 * Several customer-visible fields of one save (a complaint decision: decision, findings, basis, remedy; a claim
 * decision's reasons) checked as one: every hit of every field is refused together, so the person fixes them in
 * one go; with an override reason each field with hits is stored and audited like a single text.
 */
export const checkCustomerTexts = async (
  deps: Deps,
  tx: Tx,
  ctx: RequestCtx,
  input: {
    texts: readonly { field: string; text: string | null | undefined }[];
    caseId: string | null;
    overrideReason?: string | undefined;
  },
) => {
  const texts = input.texts.filter((t): t is { field: string; text: string } => !!t.text?.trim());
  const found = await Promise.all(texts.map((t) => findForbidden(deps, tx, t.text, t.field)));
  const hits = found.flatMap((f) => f.hits);
  if (hits.length === 0) return { hits, overridden: false };
  if (!input.overrideReason?.trim()) throw new AppError('FORBIDDEN_PHRASE', hits);
  for (const t of texts.filter((_t, i) => found[i]!.hits.length > 0))
    await checkCustomerText(deps, tx, ctx, {
      ...t,
      caseId: input.caseId,
      overrideReason: input.overrideReason,
    });
  return { hits, overridden: true };
};
