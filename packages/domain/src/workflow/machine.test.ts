import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  allowedEvents,
  checkTable,
  defineMachine,
  movesFrom,
  next,
  type RefusalCodeOf,
  toMarkdown,
} from './index.ts';

type Facts = { isOwner: boolean; hasAuthority: boolean; note: string | undefined };

// A small claim-like machine: decide within authority, or above it through approval.
const machine = defineMachine<Facts>()({
  id: 'toy',
  title: { zh: '示例', en: 'Example' },
  initial: 'open',
  states: {
    open: { zh: '待处理', en: 'Open' },
    proposed: { zh: '待审批', en: 'Proposed' },
    decided: { zh: '已决定', en: 'Decided' },
  },
  events: {
    decide: { zh: '决定', en: 'Decide' },
    approve: { zh: '批准', en: 'Approve' },
  },
  guards: {
    owner: { code: 'NOT_OWNER', kind: 'actor', test: (f) => f.isOwner, doc: 'the owner' },
    note: { code: 'NOTE_REQUIRED', kind: 'input', test: (f) => (f.note ?? '') !== '', doc: 'a note' },
    authority: { code: 'NO_AUTHORITY', kind: 'actor', test: (f) => f.hasAuthority, doc: 'an approver' },
    above: { code: 'WITHIN_AUTHORITY', kind: 'state', test: (f) => !f.hasAuthority, doc: 'above authority' },
  },
  effects: { record: 'records the decision', openApproval: 'asks for approval' },
  rows: [
    {
      from: 'open',
      event: 'decide',
      guards: ['owner', 'note', 'authority'],
      to: 'decided',
      effects: ['record'],
    },
    {
      from: 'open',
      event: 'decide',
      as: 'propose',
      guards: ['owner', 'note', 'above'],
      to: 'proposed',
      effects: ['record', 'openApproval'],
    },
    { from: 'proposed', event: 'approve', guards: ['authority'], to: 'decided', effects: [] },
  ],
  notAllowed: 'TRANSITION_NOT_ALLOWED',
});

const facts = (over: Partial<Facts> = {}): Facts => ({
  isOwner: true,
  hasAuthority: true,
  note: 'x',
  ...over,
});

describe('workflow kernel', () => {
  it('takes the first row whose guards pass', () => {
    expect(next(machine, 'open', 'decide', facts())).toMatchObject({
      ok: true,
      to: 'decided',
      name: 'decide',
    });
    // Above authority the same event is a second row, recorded under its own name.
    expect(next(machine, 'open', 'decide', facts({ hasAuthority: false }))).toMatchObject({
      ok: true,
      to: 'proposed',
      name: 'propose',
      effects: ['record', 'openApproval'],
    });
  });

  it('refuses with the first failing guard of the first row, or not allowed without a row', () => {
    expect(next(machine, 'open', 'decide', facts({ isOwner: false }))).toMatchObject({
      ok: false,
      code: 'NOT_OWNER',
    });
    expect(next(machine, 'open', 'decide', facts({ note: ' ' }))).toMatchObject({ ok: true });
    expect(next(machine, 'open', 'decide', facts({ note: undefined }))).toMatchObject({
      code: 'NOTE_REQUIRED',
    });
    expect(next(machine, 'decided', 'approve', facts())).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('types refusal codes as the union of its guards and its not-allowed code', () => {
    expectTypeOf<RefusalCodeOf<typeof machine>>().toEqualTypeOf<
      'NOT_OWNER' | 'NOTE_REQUIRED' | 'NO_AUTHORITY' | 'WITHIN_AUTHORITY' | 'TRANSITION_NOT_ALLOWED'
    >();
  });

  it('offers moves with input guards assumed and says why the others are not available', () => {
    expect(movesFrom(machine, 'open', facts({ note: undefined }))).toEqual([
      { event: 'decide', allowed: true, refusal: null, refusedBy: null, inputs: ['note'] },
    ]);
    expect(movesFrom(machine, 'proposed', facts({ hasAuthority: false }))).toEqual([
      { event: 'approve', allowed: false, refusal: 'NO_AUTHORITY', refusedBy: 'actor', inputs: [] },
    ]);
    expect(allowedEvents(machine, 'open', facts({ isOwner: false }))).toEqual([]);
  });

  it('passes its own table check', () => {
    for (const c of checkTable(machine)) expect(c.problems, c.name).toEqual([]);
  });

  it('finds a shadowed row, an undeclared name and an unreachable state', () => {
    const broken = {
      ...machine,
      states: { ...machine.states, lost: { zh: '孤立', en: 'Lost' } },
      rows: [
        { from: 'open', event: 'decide', guards: ['owner'], to: 'decided', effects: [] },
        { from: 'open', event: 'decide', guards: ['owner', 'note'], to: 'proposed', effects: ['nope'] },
      ],
    } as unknown as Parameters<typeof checkTable>[0];
    const problems = checkTable(broken).flatMap((c) => c.problems);
    expect(problems).toContain('shadowed by an earlier row with fewer guards');
    expect(problems.some((p) => p.includes('effect nope not declared'))).toBe(true);
    expect(problems).toContain('state lost is unreachable from open');
  });

  it('documents every row with who may make it', () => {
    const md = toMarkdown(machine);
    expect(md).toContain('open --> proposed: decide (propose)');
    expect(md).toContain('| open | decide → recorded as propose | proposed | the owner |');
  });
});
