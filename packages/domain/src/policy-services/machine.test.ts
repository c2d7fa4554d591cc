import { describe, expect, it } from 'vitest';
import { checkTable, movesFrom, next } from '../workflow/index.ts';
import {
  caseStatusOfPolicyService,
  ENDORSEMENT_MACHINE as E,
  type PolicyServiceFacts,
  SURRENDER_MACHINE as S,
} from './machine.ts';

const owner: PolicyServiceFacts = {
  isOwner: true,
  canSupervise: false,
  documentsComplete: false,
  note: undefined,
  recipient: undefined,
  refundKnown: false,
};
const colleague = { ...owner, isOwner: false };

describe('surrender and endorsement machines, with real facts', () => {
  it('hold to their own tables', () => {
    for (const m of [S, E])
      expect(checkTable(m).flatMap((c) => c.problems.map((p) => `${c.name}: ${p}`))).toEqual([]);
  });

  it('hand over only a complete set, to a named recipient, by the owner or a lead', () => {
    expect(next(S, 'received', 'handOver', { ...owner, recipient: '承保公司保全部' })).toMatchObject({
      code: 'POLICY_SERVICE_DOCUMENTS_INCOMPLETE',
    });
    const complete = { ...owner, documentsComplete: true };
    expect(next(S, 'received', 'handOver', complete)).toMatchObject({
      code: 'POLICY_SERVICE_RECIPIENT_REQUIRED',
    });
    expect(next(E, 'received', 'handOver', { ...complete, recipient: '保全部' })).toMatchObject({
      ok: true,
      to: 'handedOver',
    });
    expect(
      next(E, 'received', 'handOver', { ...colleague, documentsComplete: true, recipient: 'x' }),
    ).toMatchObject({ code: 'NOT_CASE_OWNER' });
    expect(
      next(E, 'received', 'handOver', {
        ...colleague,
        canSupervise: true,
        documentsComplete: true,
        recipient: 'x',
      }).ok,
    ).toBe(true);
  });

  it('completes a surrender only with its refund amount; an endorsement without one', () => {
    expect(next(S, 'handedOver', 'complete', owner)).toMatchObject({ code: 'SURRENDER_REFUND_REQUIRED' });
    expect(next(S, 'handedOver', 'complete', { ...owner, refundKnown: true })).toMatchObject({
      ok: true,
      to: 'completed',
      effects: ['recordRefund', 'recordOutcome'],
    });
    expect(next(E, 'handedOver', 'complete', owner)).toMatchObject({ ok: true, effects: ['recordOutcome'] });
    expect(next(S, 'received', 'complete', { ...owner, refundKnown: true })).toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
    });
  });

  it('a decline or a withdrawal needs the words; finished requests have no moves', () => {
    expect(next(S, 'handedOver', 'decline', owner)).toMatchObject({ code: 'NOTE_REQUIRED' });
    expect(next(S, 'received', 'withdraw', { ...owner, note: '客户改变主意' })).toMatchObject({
      to: 'withdrawn',
    });
    for (const done of ['completed', 'declined', 'withdrawn'] as const) {
      expect(movesFrom(S, done, owner)).toEqual([]);
      expect(caseStatusOfPolicyService(done)).toBe('closed');
    }
    expect(caseStatusOfPolicyService('handedOver')).toBe('inProgress');
  });
});
