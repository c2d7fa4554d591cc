import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from './kinds.ts';
import {
  availableCaseEvents,
  CASE_EVENTS,
  CASE_TRANSITIONS,
  nextCaseState,
  type TransitionContext,
} from './transitions.ts';

const owner: TransitionContext = {
  isOwner: true,
  canSupervise: false,
  note: 'answered by phone',
  transferPending: false,
};
const lead: TransitionContext = {
  isOwner: false,
  canSupervise: true,
  note: 'reopened',
  transferPending: false,
};
const other: TransitionContext = { isOwner: false, canSupervise: false, note: 'x', transferPending: false };

describe('consultation transition table, row by row', () => {
  it.each([
    ['new', 'answer', owner, 'answered'],
    ['answered', 'answer', owner, 'answered'],
    ['answered', 'resolve', owner, 'resolved'],
    ['resolved', 'close', owner, 'closed'],
    ['resolved', 'close', lead, 'closed'],
    ['resolved', 'reopen', owner, 'answered'],
    ['closed', 'reopen', lead, 'answered'],
  ] as const)('%s --%s--> %s', (from, event, ctx, to) => {
    expect(nextCaseState('consultation', from, event, ctx)).toMatchObject({ ok: true, to });
  });

  it.each([
    ['new', 'answer', other, 'NOT_CASE_OWNER'],
    ['new', 'answer', { ...owner, note: '  ' }, 'NOTE_REQUIRED'],
    ['new', 'answer', { ...owner, transferPending: true }, 'TRANSFER_PENDING'],
    ['new', 'resolve', owner, 'TRANSITION_NOT_ALLOWED'],
    ['answered', 'resolve', other, 'NOT_CASE_OWNER'],
    ['answered', 'resolve', lead, 'NOT_CASE_OWNER'],
    ['resolved', 'close', other, 'NOT_CASE_OWNER'],
    ['closed', 'reopen', owner, 'SUPERVISOR_REQUIRED'],
    ['closed', 'close', owner, 'TRANSITION_NOT_ALLOWED'],
    ['closed', 'answer', owner, 'TRANSITION_NOT_ALLOWED'],
  ] as const)('%s --%s--> refused', (from, event, ctx, code) => {
    expect(nextCaseState('consultation', from, event, ctx)).toMatchObject({ ok: false, code });
  });

  it('refuses every state/event pair that is not a row', () => {
    for (const from of CASE_STATUSES) {
      for (const event of CASE_EVENTS) {
        const row = CASE_TRANSITIONS.find(
          (r) => r.flow === 'consultation' && r.from === from && r.event === event,
        );
        const result = nextCaseState('consultation', from, event, { ...owner, canSupervise: true });
        expect(result.ok).toBe(Boolean(row));
      }
    }
  });
});

describe('general flow for other kinds', () => {
  it('walks new → inProgress → resolved → closed', () => {
    expect(nextCaseState('suggestion', 'new', 'start', owner)).toMatchObject({ ok: true, to: 'inProgress' });
    expect(nextCaseState('suggestion', 'inProgress', 'resolve', owner)).toMatchObject({
      ok: true,
      to: 'resolved',
    });
    expect(nextCaseState('suggestion', 'resolved', 'close', owner)).toMatchObject({ ok: true, to: 'closed' });
    expect(nextCaseState('suggestion', 'new', 'answer', owner)).toMatchObject({ ok: false });
  });
});

describe('availableCaseEvents', () => {
  it('offers only what the owner may do', () => {
    expect(availableCaseEvents('consultation', 'new', owner)).toEqual(['answer']);
    expect(availableCaseEvents('consultation', 'answered', owner).sort()).toEqual(['answer', 'resolve']);
    expect(availableCaseEvents('consultation', 'answered', other)).toEqual([]);
    expect(availableCaseEvents('consultation', 'closed', lead)).toEqual(['reopen']);
  });
});

describe('complaints', () => {
  it('are refused by the general table: they move only through domain/complaints', () => {
    expect(nextCaseState('complaint', 'new', 'start', owner)).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
    });
    expect(availableCaseEvents('complaint', 'inProgress', lead)).toEqual([]);
  });
});
