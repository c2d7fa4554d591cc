import {
  CLAIM_RULE_FIELDS,
  type ClaimRules,
  DEFAULT_CLAIM_RULES,
  diffClaimRules,
} from '@claimline/domain/claims';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Actor, Deps, RequestCtx } from '../http/context.ts';
import { claimRulesMeta, mergeClaimRules } from './rules.ts';
import { majorReportDeadlineRule, readClaimRulesRow, writeClaimRulesRow } from './rules-repository.ts';
import type { SaveClaimRulesInput } from './rules-schema.ts';

/**
 * One set of claim rules serves every branch, like the national calendar: only head-office staff (the root of
 * the branch tree) with claimRules.manage change it; a head-office role placed in a branch does not.
 */
const atRoot = (actor: Actor) => actor.branchPath.split('/').filter(Boolean).length === 1;
const mayEdit = (actor: Actor) => actor.permissions.includes('claimRules.manage') && atRoot(actor);

const view = async (q: Db | Tx, ctx: RequestCtx) => {
  const row = await readClaimRulesRow(q);
  const meta = claimRulesMeta(row?.value);
  const deadline = await majorReportDeadlineRule(q);
  return {
    version: meta?.version ?? 0,
    note: meta?.note ?? null,
    savedAt: meta?.savedAt ?? null,
    savedBy: meta?.savedBy ?? null,
    editable: mayEdit(ctx.actor),
    rules: mergeClaimRules(row?.value),
    defaults: DEFAULT_CLAIM_RULES,
    fields: CLAIM_RULE_FIELDS,
    // Read-only here: the 24-hour report is timed by this deadline rule, snapshotted on each flagged case.
    reportDeadline: deadline
      ? { ruleId: deadline.id, unit: deadline.unit, amount: deadline.amount, source: deadline.source }
      : null,
  };
};

export const getClaimRules = (deps: Deps, ctx: RequestCtx) => view(deps.db, ctx);

/**
 * Saves the rules as a new version: refused when the editor started from an older version, when nothing
 * changed, or for anyone but head office. The audit row carries every changed value, before and after, so the
 * audit log is the rules' history. The next registration reads the new rules (loadClaimRules).
 */
export const saveClaimRules = (deps: Deps, ctx: RequestCtx, input: SaveClaimRulesInput) =>
  deps.db.transaction().execute(async (tx) => {
    if (!mayEdit(ctx.actor)) throw new AppError('CLAIM_RULES_HEAD_OFFICE_ONLY');
    const row = await readClaimRulesRow(tx, true);
    const current = claimRulesMeta(row?.value)?.version ?? 0;
    if (current !== input.baseVersion)
      throw new AppError('CLAIM_RULES_VERSION_CONFLICT', { currentVersion: current });
    const before = mergeClaimRules(row?.value);
    const after: ClaimRules = {
      // Not editable here; kept as it is (see rule-settings.ts).
      majorCase: { ...input.rules.majorCase, reportWithinHours: before.majorCase.reportWithinHours },
      sameLoss: input.rules.sameLoss,
      scene: input.rules.scene,
      claimTimeLimitYears: input.rules.claimTimeLimitYears,
    };
    const changes = diffClaimRules(before, after);
    if (changes.length === 0) throw new AppError('CLAIM_RULES_UNCHANGED');
    const now = ctx.clock.now();
    const version = current + 1;
    const meta = {
      version,
      note: input.note,
      savedAt: now.toISOString(),
      savedById: ctx.actor.id,
      savedBy: ctx.actor.displayName,
    };
    if (!(await writeClaimRulesRow(tx, { ...after, meta }, current, now)))
      throw new AppError('CLAIM_RULES_VERSION_CONFLICT', { currentVersion: version });
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'claimRules.save',
      objectType: 'setting',
      objectId: 'claimRules',
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { version, note: input.note, changes },
    });
    return view(tx, ctx);
  });
