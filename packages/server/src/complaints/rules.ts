import {
  type AuthorityRow,
  type ClassificationMatrix,
  type ComplaintClockRules,
  DEFAULT_AUTHORITY_TABLE,
  DEFAULT_CLASSIFICATION_MATRIX,
  DEFAULT_COMPLAINT_CLOCK,
  validateAuthorityTable,
  validateClockRules,
} from '@claimline/domain/complaints';
import { DomainError } from '@claimline/domain/core';
import { z } from 'zod';
import type { Db, Tx } from '../db/database.ts';

/** The settings row an administrator edits; every part falls back to the domain default. */
export const COMPLAINT_RULES_SETTING = 'complaintRules';
export const DECISION_RULE_ID = 'complaint-decision';
export const REPLY_RULE_ID = 'complaint-reply';
export const CALLBACK_RULE_ID = 'complaint-callback';
export const REVIEW_RULE_ID = 'complaint-review';

const level = z.enum(['agent', 'teamLead', 'supervisor']);
const cell = z.object({ handlerRole: level });
const row = z.object({ simple: cell, complex: cell, veryComplex: cell });
const stored = z.object({
  clock: z
    .object({
      complexTotalDays: z.number().int(),
      veryComplexExtraDays: z.number().int(),
      defaultReplyHours: z.number().int(),
      callbackWorkingDays: z.number().int(),
      satisfiedFromScore: z.number().int(),
    })
    .partial()
    .optional(),
  matrix: z.object({ normal: row, urgent: row, critical: row }).optional(),
  authority: z
    .array(
      z.object({
        level: z.enum(['teamLead', 'supervisor', 'branch', 'headOffice']),
        maxAmount: z.number().nonnegative().nullable(),
        maxSeverity: z.enum(['normal', 'urgent', 'critical']),
      }),
    )
    .optional(),
});

const metaSchema = z.object({
  version: z.number().int().min(0),
  note: z.string(),
  savedAt: z.string(),
  savedById: z.string(),
  savedBy: z.string(),
});
export type ComplaintRulesMeta = z.infer<typeof metaSchema>;

/** The last save from the console editor; a row without one (none yet, or written by hand) is version 0. */
export const complaintRulesMeta = (value: unknown): ComplaintRulesMeta | null => {
  const parsed = metaSchema.safeParse((value as { meta?: unknown } | undefined)?.meta);
  return parsed.success ? parsed.data : null;
};

export type ComplaintRules = {
  clock: ComplaintClockRules;
  matrix: ClassificationMatrix;
  authority: readonly AuthorityRow[];
  /** Where the unit and the 15 days come from: the decision deadline rule, the one place they are set. */
  decisionRuleSource: string;
};

/**
 * The complaint rules in force. The unit and base days of the decision clock are the `complaint-decision`
 * deadline rule's (data an administrator edits with the other deadline rules), so they are never set twice.
 */
export const complaintRules = async (q: Db | Tx): Promise<ComplaintRules> => {
  const setting = await q
    .selectFrom('settings')
    .select('value')
    .where('key', '=', COMPLAINT_RULES_SETTING)
    .executeTakeFirst();
  const parsed = stored.safeParse(setting?.value ?? {});
  if (!parsed.success) throw new DomainError('COMPLAINT_RULES_INVALID', { problems: ['setting'] });
  const decision = await q
    .selectFrom('deadline_rules')
    .select(['unit', 'amount', 'source'])
    .where('id', '=', DECISION_RULE_ID)
    .executeTakeFirst();
  const clock: ComplaintClockRules = {
    ...DEFAULT_COMPLAINT_CLOCK,
    ...parsed.data.clock,
    ...(decision ? { unit: decision.unit as ComplaintClockRules['unit'], baseDays: decision.amount } : {}),
  };
  validateClockRules(clock);
  const authority = parsed.data.authority ?? DEFAULT_AUTHORITY_TABLE;
  validateAuthorityTable(authority);
  return {
    clock,
    matrix: parsed.data.matrix ?? DEFAULT_CLASSIFICATION_MATRIX,
    authority,
    decisionRuleSource: decision?.source ?? '',
  };
};
