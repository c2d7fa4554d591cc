/*
 * Claim applications (索赔申请, issue #14): the pure rules of a claim after its report. One `export *` line per
 * module, so each engineer adds theirs without touching the others.
 */

export * from './advance.ts';
export * from './checklist.ts';
export * from './decision.ts';
export * from './entitlement.ts';
export * from './guards.ts';
export * from './legal-clocks.ts';
export * from './letters.ts';
export * from './payout.ts';
export * from './transitions.ts';
export * from './vocabulary.ts';
