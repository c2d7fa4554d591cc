import {
  APPROVAL_LEVELS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CLOCK_FIELDS,
  type ComplaintClockKey,
  complaintRulesProblems,
  DECISION_UNITS,
  HANDLER_ROLES,
  URGENCIES,
} from '@claimline/domain/complaints';
import { z } from 'zod';
import { answers, instant, named, stored } from '../http/answers.ts';

/** An integer inside the field's bounds, with the article when the statute sets the upper one. */
const bounded = (key: ComplaintClockKey) => {
  const f = COMPLAINT_CLOCK_FIELDS.find((x) => x.key === key);
  if (!f) throw new Error(`no field ${key}`);
  const max = f.maxReason ? `${f.maxReason.en}|${f.maxReason.zh}` : undefined;
  return z.number().int().min(f.min).max(f.max, max);
};

const cell = z.strictObject({ handlerRole: z.enum(HANDLER_ROLES) });
const row = z.strictObject({ simple: cell, complex: cell, veryComplex: cell });

/**
 * The complaint rules as the editor saves them. The unit and base days go to the `complaint-decision` deadline
 * rule, the rest to the `complaintRules` setting; the rules between values (complex total not below the base,
 * the matrix in order, the authority table rising by level) are the domain's, with their messages.
 */
export const complaintRulesInput = z
  .strictObject({
    clock: z.strictObject({
      unit: z.enum(DECISION_UNITS),
      baseDays: bounded('baseDays'),
      complexTotalDays: bounded('complexTotalDays'),
      veryComplexExtraDays: bounded('veryComplexExtraDays'),
      defaultReplyHours: bounded('defaultReplyHours'),
      callbackWorkingDays: bounded('callbackWorkingDays'),
      satisfiedFromScore: bounded('satisfiedFromScore'),
    }),
    matrix: z.strictObject({ normal: row, urgent: row, critical: row }),
    authority: z
      .array(
        z.strictObject({
          level: z.enum(APPROVAL_LEVELS),
          // Whole yuan; null = no limit.
          maxAmount: z.number().int().min(0).max(1_000_000_000).nullable(),
          maxSeverity: z.enum(URGENCIES),
        }),
      )
      .length(APPROVAL_LEVELS.length),
  })
  .superRefine((rules, ctx) => {
    for (const p of complaintRulesProblems(rules))
      ctx.addIssue({ code: 'custom', path: p.path, message: `${p.en}|${p.zh}` });
  });
export type ComplaintRulesInput = z.infer<typeof complaintRulesInput>;

export const saveComplaintRulesBody = z.strictObject({
  /** The version the editor started from; a save on an older one is refused (COMPLAINT_RULES_VERSION_CONFLICT). */
  baseVersion: z.number().int().min(0).max(1_000_000_000),
  /** Why the rules changed: kept with the version and in the audit log. */
  note: z.string().trim().min(1).max(500),
  rules: complaintRulesInput,
});
export type SaveComplaintRulesInput = z.infer<typeof saveComplaintRulesBody>;

const ruleId = z
  .string()
  .regex(
    /^[A-Za-z0-9_-]{1,40}$/,
    'Letters, digits, _ and - only, at most 40|只能包含字母、数字、_ 和 -，最多 40 位',
  );

export const routingRuleParams = z.object({ id: ruleId });

const routingRuleFields = {
  /** null: any branch. */
  branchId: z.uuid().nullable(),
  product: z.string().trim().min(1).max(60).nullable(),
  category: z.enum(COMPLAINT_CATEGORIES).nullable(),
  /** null: the least-loaded eligible person of the rule's branch. */
  assigneeId: z.uuid().nullable(),
  /** Among rules naming as many fields, the lower number wins. */
  priority: z.number().int().min(1).max(10_000).default(100),
  active: z.boolean().default(true),
};

// A rule that names nothing does what routing does without rules: refuse it rather than store a no-op.
const namesSomething = (b: { branchId: unknown; product: unknown; category: unknown; assigneeId: unknown }) =>
  b.branchId !== null || b.product !== null || b.category !== null || b.assigneeId !== null;
const NAMES_NOTHING = {
  path: ['branchId'],
  message:
    'Name a branch, product, category or assignee; an empty rule changes nothing|请至少指定机构、产品、投诉类别或处理人之一，空规则不起作用',
};

export const createRoutingRuleBody = z
  .strictObject({ id: ruleId.optional(), ...routingRuleFields })
  .refine(namesSomething, NAMES_NOTHING);
export type CreateRoutingRuleInput = z.infer<typeof createRoutingRuleBody>;

export const updateRoutingRuleBody = z
  .strictObject({
    ...routingRuleFields,
    /** The rule's updatedAt as the editor read it; someone else's save in between is a conflict. */
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .refine(namesSomething, NAMES_NOTHING);
export type UpdateRoutingRuleInput = z.infer<typeof updateRoutingRuleBody>;

export const routingPreviewBody = z.strictObject({
  branchId: z.uuid(),
  product: z.string().trim().min(1).max(60),
  category: z.enum(COMPLAINT_CATEGORIES),
  handlerRole: z.enum(HANDLER_ROLES).default('agent'),
  /** Avoidance: the person complained about is never picked. */
  complainedUserId: z.uuid().optional(),
});
export type RoutingPreviewInput = z.infer<typeof routingPreviewBody>;

// ——— Answers (rules-service.ts, routing-admin.ts) ———

/**
 * Settings whose shape the domain owns and checks (ComplaintRuleSettings, ComplaintClockField, RoutingTrace of
 * @claimline/domain/complaints): passed on whole as objects, and typed by the console with the domain's types.
 */
const domainObject = z.record(z.string(), z.unknown());
const text = z.object({ zh: z.string(), en: z.string() });
const deadlineRuleRef = z.object({
  ruleId: z.string(),
  unit: z.string(),
  amount: z.number(),
  source: z.string(),
});

export const complaintRulesViewResponse = answers({
  200: named(
    'ComplaintRulesView',
    z.object({
      version: z.number().int(),
      note: z.string().nullable(),
      savedAt: z.string().nullable(),
      savedBy: z.string().nullable(),
      editable: z.boolean(),
      rules: domainObject,
      defaults: domainObject,
      fields: z.array(domainObject).readonly(),
      sources: z.object({ matrix: text, authority: text }),
      decisionRule: deadlineRuleRef.nullable(),
    }),
  ),
});

export const routingRuleAnswer = named(
  'RoutingRuleView',
  z.object({
    id: z.string(),
    branchId: z.string().nullable(),
    branchName: z.string().nullable(),
    branchNameEn: z.string().nullable(),
    product: z.string().nullable(),
    category: stored(COMPLAINT_CATEGORIES).nullable(),
    assigneeId: z.string().nullable(),
    assigneeName: z.string().nullable(),
    priority: z.number().int(),
    active: z.boolean(),
    updatedAt: instant,
  }),
);

export const routingRulesResponse = answers({
  200: z.object({ editable: z.boolean(), rules: z.array(routingRuleAnswer) }),
});
export const routingRuleResponse = answers({ 200: routingRuleAnswer });
export const routingRuleCreatedResponse = answers({ 201: routingRuleAnswer });
export const routingRuleDeletedResponse = answers({ 200: z.object({ deleted: z.string() }) });

export const routingPreviewResponse = answers({
  200: named(
    'RoutingPreview',
    z.object({
      handlerRole: z.enum(HANDLER_ROLES),
      rules: z.array(domainObject),
      candidates: z.array(z.object({ id: z.string(), name: z.string(), block: z.string().nullable() })),
      fallback: z.boolean(),
      result: domainObject,
      picked: z
        .object({ id: z.string(), name: z.string().nullable(), ruleId: z.string().nullable() })
        .nullable(),
      avoided: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
    }),
  ),
});
