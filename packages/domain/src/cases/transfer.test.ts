import { describe, expect, expectTypeOf, it } from 'vitest';
import { allowedEvents, checkTable, next, type RefusalCodeOf } from '../workflow/index.ts';
import { TRANSFER_MACHINE, type TransferFacts, transferStateOf } from './transfer.ts';

const owner: TransferFacts = {
  isOwner: true,
  isTarget: false,
  caseClosed: false,
  targetIsOwner: false,
  targetInScope: true,
};
const target: TransferFacts = { ...owner, isOwner: false, isTarget: true };
const other: TransferFacts = { ...owner, isOwner: false };

describe('hand-over table', () => {
  it.each(checkTable(TRANSFER_MACHINE).map((c) => [c.name, c.problems] as const))('%s', (_name, problems) => {
    expect(problems).toEqual([]);
  });

  it('refuses with the codes the hand-over has always used', () => {
    expectTypeOf<RefusalCodeOf<typeof TRANSFER_MACHINE>>().toEqualTypeOf<
      | 'NOT_CASE_OWNER'
      | 'CASE_CLOSED'
      | 'TRANSFER_TO_SELF'
      | 'TRANSFER_TARGET_INVALID'
      | 'NOT_TRANSFER_TARGET'
      | 'TRANSFER_PENDING'
      | 'NO_PENDING_TRANSFER'
    >();
  });
});

describe('hand-over rows with real facts (首问负责)', () => {
  it.each([
    ['none', 'request', owner, 'pending', ['namePending']],
    ['pending', 'accept', target, 'none', ['changeOwner']],
    ['pending', 'decline', target, 'none', []],
    ['pending', 'cancel', owner, 'none', []],
  ] as const)('%s --%s--> %s', (from, event, facts, to, effects) => {
    expect(next(TRANSFER_MACHINE, from, event, facts)).toMatchObject({ ok: true, to, effects });
  });

  it.each([
    ['none', 'request', other, 'NOT_CASE_OWNER'],
    ['none', 'request', { ...owner, caseClosed: true }, 'CASE_CLOSED'],
    ['none', 'request', { ...owner, targetIsOwner: true }, 'TRANSFER_TO_SELF'],
    ['none', 'request', { ...owner, targetInScope: false }, 'TRANSFER_TARGET_INVALID'],
    ['pending', 'request', owner, 'TRANSFER_PENDING'],
    ['pending', 'accept', owner, 'NOT_TRANSFER_TARGET'],
    ['pending', 'decline', other, 'NOT_TRANSFER_TARGET'],
    ['pending', 'cancel', target, 'NOT_CASE_OWNER'],
    ['none', 'accept', target, 'NO_PENDING_TRANSFER'],
    ['none', 'decline', target, 'NO_PENDING_TRANSFER'],
    ['none', 'cancel', owner, 'NO_PENDING_TRANSFER'],
  ] as const)('%s --%s--> refused', (from, event, facts, code) => {
    expect(next(TRANSFER_MACHINE, from, event, facts)).toMatchObject({ ok: false, code });
  });

  it('reads the state off the case and offers each person only their moves', () => {
    expect(transferStateOf(null)).toBe('none');
    expect(transferStateOf('u1')).toBe('pending');
    expect(allowedEvents(TRANSFER_MACHINE, 'none', owner)).toEqual(['request']);
    expect(allowedEvents(TRANSFER_MACHINE, 'none', { ...owner, caseClosed: true })).toEqual([]);
    // The colleague is chosen in the dialog, so an owner is offered the request before naming anyone.
    expect(allowedEvents(TRANSFER_MACHINE, 'none', { ...owner, targetInScope: false })).toEqual(['request']);
    expect(allowedEvents(TRANSFER_MACHINE, 'pending', target)).toEqual(['accept', 'decline']);
    expect(allowedEvents(TRANSFER_MACHINE, 'pending', owner)).toEqual(['cancel']);
    expect(allowedEvents(TRANSFER_MACHINE, 'pending', other)).toEqual([]);
  });
});
