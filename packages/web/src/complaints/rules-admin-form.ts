import {
  type ComplaintRuleSettings,
  complaintRulesProblems,
  diffComplaintRules,
} from '@claimline/domain/complaints';
import type { ErrorDetail } from '../api/client.ts';

/** What the editor's form holds: the rules as the body has them (numbers may be null while being typed). */
export type RulesFormValues = { rules: ComplaintRuleSettings; note?: string };

/** A path of the body ("rules.authority.1.maxAmount") as a form field name, numbers as list indexes. */
export const fieldName = (path: string): (string | number)[] =>
  path
    .replace(/^body\./, '')
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/** Error details (the server's VALIDATION_FAILED, or the domain's problems) onto the form, one entry per field. */
export const fieldErrors = (details: readonly ErrorDetail[]) => {
  const byName = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const d of details) {
    const name = fieldName(d.path);
    const key = name.join('.');
    const entry = byName.get(key) ?? { name, errors: [] };
    entry.errors.push(d.message);
    byName.set(key, entry);
  }
  return [...byName.values()];
};

/** Every typed number is a whole number (an empty limit is "no limit" in the authority table only). */
export const complete = (r: ComplaintRuleSettings | undefined): r is ComplaintRuleSettings =>
  r !== undefined &&
  Object.values(r.clock).every((v) => typeof v === 'string' || Number.isInteger(v)) &&
  r.authority.every((a) => a.maxAmount === null || Number.isInteger(a.maxAmount));

/**
 * The rules between values, checked in the browser with the domain's own function and messages before the
 * save, in the UI language, on the value to fix.
 */
export const localProblems = (r: ComplaintRuleSettings, english: boolean): ErrorDetail[] =>
  complaintRulesProblems(r).map((p) => ({
    path: ['rules', ...p.path].join('.'),
    message: english ? p.en : p.zh,
  }));

/** The keys that differ from the rules in force, for the "changed" marks and the count. */
export const changedKeys = (inForce: ComplaintRuleSettings, typed: ComplaintRuleSettings | undefined) =>
  complete(typed) ? new Set(diffComplaintRules(inForce, typed).map((c) => c.key)) : new Set<string>();

/** A form's rules with an emptied amount as null (InputNumber gives undefined for an empty box). */
export const normalise = (r: ComplaintRuleSettings): ComplaintRuleSettings => ({
  ...r,
  authority: r.authority.map((a) => ({ ...a, maxAmount: a.maxAmount ?? null })),
});
