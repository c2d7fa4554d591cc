import {
  COMPLAINT_CLOCK_FIELDS,
  COMPLAINT_TABLE_SOURCES,
  type ComplaintRuleSettings,
  complaintRulesProblems,
  DEFAULT_COMPLAINT_RULES,
  diffComplaintRules,
} from '@claimline/domain/complaints';
import { usesCalendar } from '@claimline/domain/deadlines';
import { appendAudit } from '../audit/audit.ts';
import type { Db, Tx } from '../db/database.ts';
import { SEED_RULE_CALENDAR } from '../deadlines/seed-rules.ts';
import { AppError } from '../errors.ts';
import type { Actor, Deps, RequestCtx } from '../http/context.ts';
import { COMPLAINT_RULES_SETTING, complaintRules, complaintRulesMeta } from './rules.ts';
import {
  decisionDeadlineRule,
  readComplaintRulesRow,
  updateDecisionDeadlineRule,
  writeComplaintRulesRow,
} from './rules-repository.ts';
import type { SaveComplaintRulesInput } from './rules-schema.ts';

/**
 * One complaint policy serves every branch, and the Measures' second extension is a head-office approval: only
 * head-office staff at the root of the branch tree with complaintRules.manage change the complaint rules or the
 * routing rules; a head-office role placed in a branch does not.
 */
const atRoot = (actor: Actor) => actor.branchPath.split('/').filter(Boolean).length === 1;
export const mayManageComplaintRules = (actor: Actor) =>
  actor.permissions.includes('complaintRules.manage') && atRoot(actor);

const view = async (q: Db | Tx, ctx: RequestCtx) => {
  const row = await readComplaintRulesRow(q);
  const meta = complaintRulesMeta(row?.value);
  const { clock, matrix, authority } = await complaintRules(q);
  const decision = await decisionDeadlineRule(q);
  return {
    version: meta?.version ?? 0,
    note: meta?.note ?? null,
    savedAt: meta?.savedAt ?? null,
    savedBy: meta?.savedBy ?? null,
    editable: mayManageComplaintRules(ctx.actor),
    rules: { clock, matrix, authority },
    defaults: DEFAULT_COMPLAINT_RULES,
    fields: COMPLAINT_CLOCK_FIELDS,
    sources: COMPLAINT_TABLE_SOURCES,
    // Where the unit and base days live: this deadline rule, snapshotted by each new complaint's deadline.
    decisionRule: decision
      ? { ruleId: decision.id, unit: decision.unit, amount: decision.amount, source: decision.source }
      : null,
  };
};

export const getComplaintRules = (deps: Deps, ctx: RequestCtx) => view(deps.db, ctx);

/**
 * Saves the rules as a new version: refused when the editor started from an older version, when nothing
 * changed, or for anyone but head office. The unit and base days are written to the `complaint-decision`
 * deadline rule (never stored twice), the rest to the setting; the audit row lists every changed value. Running
 * complaints keep the deadline they started with; the next complaint gets the new clock.
 */
export const saveComplaintRules = (deps: Deps, ctx: RequestCtx, input: SaveComplaintRulesInput) =>
  deps.db.transaction().execute(async (tx) => {
    if (!mayManageComplaintRules(ctx.actor)) throw new AppError('COMPLAINT_RULES_HEAD_OFFICE_ONLY');
    const row = await readComplaintRulesRow(tx, true);
    const current = complaintRulesMeta(row?.value)?.version ?? 0;
    if (current !== input.baseVersion)
      throw new AppError('COMPLAINT_RULES_VERSION_CONFLICT', { currentVersion: current });
    const inForce = await complaintRules(tx);
    const before: ComplaintRuleSettings = {
      clock: inForce.clock,
      matrix: inForce.matrix,
      authority: inForce.authority,
    };
    const after: ComplaintRuleSettings = input.rules;
    // The schema checked this already; the domain is still the judge of what may be stored.
    const problems = complaintRulesProblems(after);
    if (problems.length > 0) throw new AppError('COMPLAINT_RULES_INVALID', { problems });
    const changes = diffComplaintRules(before, after);
    if (changes.length === 0) throw new AppError('COMPLAINT_RULES_UNCHANGED');

    const now = ctx.clock.now();
    const version = current + 1;
    const meta = {
      version,
      note: input.note,
      savedAt: now.toISOString(),
      savedById: ctx.actor.id,
      savedBy: ctx.actor.displayName,
    };
    const { unit, baseDays, ...clock } = after.clock;
    const value = { clock, matrix: after.matrix, authority: after.authority, meta };
    if (!(await writeComplaintRulesRow(tx, value, current, now)))
      throw new AppError('COMPLAINT_RULES_VERSION_CONFLICT', { currentVersion: version });
    if (unit !== before.clock.unit || baseDays !== before.clock.baseDays) {
      const decision = await decisionDeadlineRule(tx);
      if (!decision) throw new AppError('COMPLAINT_RULES_INVALID', { problems: ['complaint-decision'] });
      // Day units count on the branch calendar layered over the national one, like the seeded rule.
      const calendarId = usesCalendar(unit) ? (decision.calendar_id ?? SEED_RULE_CALENDAR) : null;
      await updateDecisionDeadlineRule(tx, { unit, amount: baseDays, calendarId }, now);
    }
    await appendAudit(tx, {
      at: now,
      actor: { id: ctx.actor.id, displayName: ctx.actor.displayName },
      action: 'complaintRules.save',
      objectType: 'setting',
      objectId: COMPLAINT_RULES_SETTING,
      result: 'success',
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: { version, note: input.note, changes },
    });
    return view(tx, ctx);
  });
