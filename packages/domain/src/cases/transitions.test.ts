import { describe, expect, it } from 'vitest';
import { allowedEvents, next } from '../workflow/index.ts';
import {
  type CaseFacts,
  CONSULTATION_MACHINE,
  GENERAL_CASE_MACHINE,
  runsCaseMachine,
} from './transitions.ts';

const owner: CaseFacts = {
  isOwner: true,
  canSupervise: false,
  note: 'answered by phone',
  transferPending: false,
};
const lead: CaseFacts = { isOwner: false, canSupervise: true, note: 'reopened', transferPending: false };
const other: CaseFacts = { isOwner: false, canSupervise: false, note: 'x', transferPending: false };

describe('consultation transition table, row by row with real facts', () => {
  it.each([
    ['new', 'answer', owner, 'answered'],
    ['answered', 'answer', owner, 'answered'],
    ['answered', 'resolve', owner, 'resolved'],
    ['resolved', 'close', owner, 'closed'],
    ['resolved', 'close', lead, 'closed'],
    ['resolved', 'reopen', owner, 'answered'],
    ['closed', 'reopen', lead, 'answered'],
  ] as const)('%s --%s--> %s', (from, event, facts, to) => {
    expect(next(CONSULTATION_MACHINE, from, event, facts)).toMatchObject({ ok: true, to });
  });

  it.each([
    ['new', 'answer', other, 'NOT_CASE_OWNER'],
    ['new', 'answer', { ...owner, note: '  ' }, 'NOTE_REQUIRED'],
    ['new', 'answer', { ...owner, transferPending: true }, 'TRANSFER_PENDING'],
    ['new', 'resolve', owner, 'TRANSITION_NOT_ALLOWED'],
    ['new', 'start', owner, 'TRANSITION_NOT_ALLOWED'],
    ['answered', 'resolve', other, 'NOT_CASE_OWNER'],
    ['answered', 'resolve', lead, 'NOT_CASE_OWNER'],
    ['resolved', 'close', other, 'NOT_CASE_OWNER'],
    ['closed', 'reopen', owner, 'SUPERVISOR_REQUIRED'],
    ['closed', 'close', owner, 'TRANSITION_NOT_ALLOWED'],
    ['closed', 'answer', owner, 'TRANSITION_NOT_ALLOWED'],
    ['inProgress', 'resolve', owner, 'TRANSITION_NOT_ALLOWED'],
  ] as const)('%s --%s--> refused', (from, event, facts, code) => {
    expect(next(CONSULTATION_MACHINE, from, event, facts)).toMatchObject({ ok: false, code });
  });
});

describe('general flow for other kinds', () => {
  it('walks new → inProgress → resolved → closed', () => {
    expect(next(GENERAL_CASE_MACHINE, 'new', 'start', owner)).toMatchObject({ ok: true, to: 'inProgress' });
    expect(next(GENERAL_CASE_MACHINE, 'inProgress', 'resolve', owner)).toMatchObject({
      ok: true,
      to: 'resolved',
    });
    expect(next(GENERAL_CASE_MACHINE, 'resolved', 'close', owner)).toMatchObject({ ok: true, to: 'closed' });
    expect(next(GENERAL_CASE_MACHINE, 'new', 'answer', owner)).toMatchObject({ ok: false });
    expect(next(GENERAL_CASE_MACHINE, 'closed', 'reopen', lead)).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
    });
  });
});

describe('offered moves', () => {
  it('offers only what this person may do, the note being asked for by the dialog', () => {
    const noNote = (f: CaseFacts) => ({ ...f, note: undefined });
    expect(allowedEvents(CONSULTATION_MACHINE, 'new', noNote(owner))).toEqual(['answer']);
    expect(allowedEvents(CONSULTATION_MACHINE, 'answered', noNote(owner))).toEqual(['answer', 'resolve']);
    expect(allowedEvents(CONSULTATION_MACHINE, 'answered', noNote(other))).toEqual([]);
    expect(allowedEvents(CONSULTATION_MACHINE, 'closed', noNote(lead))).toEqual(['reopen']);
  });

  it('leaves complaints to their own machine', () => {
    expect(runsCaseMachine('complaint')).toBe(false);
    expect(runsCaseMachine('claimReport')).toBe(true);
  });
});
