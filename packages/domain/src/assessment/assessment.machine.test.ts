import { describe, expect, it } from 'vitest';
import { next } from '../workflow/index.ts';
import { ASSESSMENT_MACHINE, type AssessmentFacts } from './assessment.machine.ts';

const none: AssessmentFacts = {
  isAgent: false,
  isTeamLead: false,
  isSupervisor: false,
  selfComplete: true,
  qualitativeComplete: true,
  appealOpen: true,
  hasReason: true,
};
const agent = { ...none, isAgent: true };
const lead = { ...none, isTeamLead: true };
const sup = { ...none, isSupervisor: true };

const cases: [string, string, AssessmentFacts, string][] = [
  // [from, event, facts, to-state or refusal code]
  ['selfAssessment', 'submitSelf', agent, 'leadReview'],
  ['selfAssessment', 'submitSelf', { ...agent, selfComplete: false }, 'ASSESSMENT_SELF_INCOMPLETE'],
  ['selfAssessment', 'submitSelf', lead, 'ASSESSMENT_NOT_AGENT'],
  ['leadReview', 'review', lead, 'signOff'],
  ['leadReview', 'review', agent, 'ASSESSMENT_NOT_REVIEWER'],
  ['leadReview', 'review', { ...lead, qualitativeComplete: false }, 'ASSESSMENT_QUALITATIVE_INCOMPLETE'],
  ['leadReview', 'returnToAgent', lead, 'selfAssessment'],
  ['leadReview', 'returnToAgent', { ...lead, hasReason: false }, 'ASSESSMENT_REASON_REQUIRED'],
  ['signOff', 'signOff', sup, 'signedOff'],
  ['signOff', 'signOff', lead, 'ASSESSMENT_NOT_SUPERVISOR'],
  ['signOff', 'signOff', agent, 'ASSESSMENT_NOT_SUPERVISOR'],
  ['signOff', 'returnToLead', sup, 'leadReview'],
  ['signedOff', 'appeal', agent, 'appealed'],
  ['signedOff', 'appeal', { ...agent, appealOpen: false }, 'ASSESSMENT_APPEAL_CLOSED'],
  ['signedOff', 'appeal', { ...agent, hasReason: false }, 'ASSESSMENT_REASON_REQUIRED'],
  ['signedOff', 'appeal', sup, 'ASSESSMENT_NOT_AGENT'],
  ['signedOff', 'accept', agent, 'final'],
  ['appealed', 'decideAppeal', sup, 'final'],
  ['appealed', 'decideAppeal', agent, 'ASSESSMENT_NOT_SUPERVISOR'],
  ['signedOff', 'correct', sup, 'signedOff'],
  ['final', 'correct', sup, 'final'],
  ['final', 'correct', { ...sup, hasReason: false }, 'ASSESSMENT_REASON_REQUIRED'],
  // Nobody edits the record that judges them: the agent has no move that touches scores.
  ['signedOff', 'correct', agent, 'ASSESSMENT_NOT_SUPERVISOR'],
  ['final', 'correct', agent, 'ASSESSMENT_NOT_SUPERVISOR'],
  ['leadReview', 'signOff', sup, 'ASSESSMENT_MOVE_NOT_ALLOWED'],
  ['final', 'appeal', agent, 'ASSESSMENT_MOVE_NOT_ALLOWED'],
  ['appealed', 'appeal', agent, 'ASSESSMENT_MOVE_NOT_ALLOWED'],
];

describe('assessment machine', () => {
  it.each(cases)('%s --%s--> %#', (from, event, facts, expected) => {
    const r = next(ASSESSMENT_MACHINE, from, event, facts);
    expect(r.ok ? r.to : r.code).toBe(expected);
  });

  it('no row lets the assessed agent change a score (review, correct, decideAppeal, signOff)', () => {
    const scoreMoves = ['review', 'correct', 'decideAppeal', 'signOff'];
    for (const row of ASSESSMENT_MACHINE.rows.filter((r) => scoreMoves.includes(r.event)))
      expect(next(ASSESSMENT_MACHINE, row.from, row.event, agent).ok).toBe(false);
  });
});
