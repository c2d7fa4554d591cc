import type { LookupKind } from './intake.ts';

/**
 * Seed 003 §(二) 报案记录查询: a report is registered on a policy the look-up found, and when the look-up found
 * several insured persons of one name, only after the ID number is confirmed (报案记录查询 4). Binding the
 * registration to its look-up is what makes both hold: without it, a look-up of one policy, or of none, could
 * register on any other and never meet the same-name check.
 */
export type LookupForBinding = {
  by: LookupKind;
  /** The policies the look-up returned. */
  policyIds: readonly string[];
  /** Insured persons of the name looked up, as the agent was told (1 for the other kinds of look-up). */
  insuredPersons: number;
};

/** A policy by its insured person: `nameKey` and `idKey` are the blind indexes of the name and ID number. */
export type InsuredKeys = { id: string; nameKey: string; idKey: string };

export type LookupBinding =
  | { ok: false; code: 'CLAIM_POLICY_NOT_IN_LOOKUP' }
  | { ok: true; confirmIdentity: boolean };

export const bindToLookup = (
  lookup: LookupForBinding,
  chosen: InsuredKeys,
  returned: readonly InsuredKeys[],
): LookupBinding => {
  if (!lookup.policyIds.includes(chosen.id)) return { ok: false, code: 'CLAIM_POLICY_NOT_IN_LOOKUP' };
  // A plate or policy-no. look-up can also return two people of one name: the same confusion, the same check.
  const namesakes = new Set(returned.filter((p) => p.nameKey === chosen.nameKey).map((p) => p.idKey));
  const confirmIdentity = (lookup.by === 'insuredName' && lookup.insuredPersons > 1) || namesakes.size > 1;
  return { ok: true, confirmIdentity };
};
