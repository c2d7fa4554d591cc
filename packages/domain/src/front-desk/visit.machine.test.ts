import { describe, expect, it } from 'vitest';
import { next } from '../workflow/index.ts';
import { VISIT_MACHINE, VISIT_STAGES, type VisitFacts } from './visit.machine.ts';

const all: VisitFacts = {
  isCounterStaff: true,
  infoGiven: true,
  identityChecked: true,
  assessmentNoted: true,
  topicsCovered: true,
  checklistTicked: true,
  followUpNoted: true,
  satisfactionGiven: true,
};

// The table, row by row: stage, event, next stage, and the input guard whose absence refuses the move.
const TABLE = [
  ['reception', 'call', 'collection', null],
  ['collection', 'collect', 'verification', 'infoGiven'],
  ['verification', 'verify', 'assessment', 'identityChecked'],
  ['assessment', 'assess', 'explanation', 'assessmentNoted'],
  ['explanation', 'explain', 'documents', 'topicsCovered'],
  ['documents', 'organise', 'followUp', 'checklistTicked'],
  ['followUp', 'followUp', 'feedback', 'followUpNoted'],
  ['feedback', 'feedback', 'closing', 'satisfactionGiven'],
  ['closing', 'archive', 'archived', null],
] as const;

const CODES: Record<string, string> = {
  infoGiven: 'VISIT_INFO_REQUIRED',
  identityChecked: 'VISIT_IDENTITY_REQUIRED',
  assessmentNoted: 'VISIT_ASSESSMENT_REQUIRED',
  topicsCovered: 'VISIT_EXPLANATION_REQUIRED',
  checklistTicked: 'VISIT_CHECKLIST_INCOMPLETE',
  followUpNoted: 'VISIT_FOLLOW_UP_REQUIRED',
  satisfactionGiven: 'VISIT_SATISFACTION_REQUIRED',
};

describe('walk-in visit machine (seed 004 §二)', () => {
  it.each(TABLE)('%s --%s--> %s, refused without %s', (from, event, to, needs) => {
    expect(next(VISIT_MACHINE, from, event, all)).toMatchObject({ ok: true, to });
    expect(next(VISIT_MACHINE, from, event, { ...all, isCounterStaff: false })).toMatchObject({
      ok: false,
      code: 'VISIT_NOT_COUNTER_STAFF',
    });
    if (needs)
      expect(next(VISIT_MACHINE, from, event, { ...all, [needs]: false })).toMatchObject({
        ok: false,
        code: CODES[needs],
      });
  });

  it('walks the nine stages in seed order and no stage can be skipped', () => {
    expect(TABLE.map((r) => r[0])).toEqual([...VISIT_STAGES]);
    const events = TABLE.map((r) => r[1]);
    for (const [i, from] of VISIT_STAGES.entries())
      for (const [j, event] of events.entries()) {
        if (i === j) continue;
        expect(next(VISIT_MACHINE, from, event, all), `${from} ${event}`).toMatchObject({
          ok: false,
          code: 'VISIT_STAGE_ORDER',
        });
      }
  });

  it('an archived visit has no moves', () => {
    for (const [, event] of TABLE.entries())
      expect(next(VISIT_MACHINE, 'archived', event[1], all)).toMatchObject({ ok: false });
  });
});
