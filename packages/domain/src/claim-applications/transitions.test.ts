import { describe, expect, it } from 'vitest';
import { checkTable, movesFrom, next } from '../workflow/index.ts';
import type { ClaimApplicationFacts } from './guards.ts';
import { caseStatusOfClaimApplication, CLAIM_APPLICATION_MACHINE as M } from './transitions.ts';

const desk: ClaimApplicationFacts = {
  isOwner: true,
  isClaimsHandler: false,
  canSupervise: false,
  setComplete: false,
  receiptConfirmed: false,
  hasAssessment: false,
  decision: null,
  note: undefined,
  recipient: undefined,
  outcome: undefined,
  decisionWithinAuthority: true,
  coversPending: false,
  isRequester: false,
  advancePaid: false,
  advanceAmountFen: undefined,
  payee: undefined,
  basis: undefined,
};
const handler = { ...desk, isOwner: false, isClaimsHandler: true };

describe('claim application machine, with real facts', () => {
  it('holds to its own table', () => {
    expect(checkTable(M).flatMap((c) => c.problems.map((p) => `${c.name}: ${p}`))).toEqual([]);
  });

  it('an incomplete set gives one notice; a complete one is marked complete instead', () => {
    expect(next(M, 'received', 'sendMissingNotice', desk)).toMatchObject({
      ok: true,
      to: 'documentsIncomplete',
    });
    expect(next(M, 'received', 'markComplete', desk)).toMatchObject({ code: 'CLAIM_DOCUMENTS_INCOMPLETE' });
    const full = { ...desk, setComplete: true };
    expect(next(M, 'received', 'sendMissingNotice', full)).toMatchObject({
      code: 'CLAIM_DOCUMENTS_ALREADY_COMPLETE',
    });
    expect(next(M, 'documentsIncomplete', 'markComplete', full)).toMatchObject({ ok: true, to: 'complete' });
    // 保险法第二十二条 "一次性": no second notice.
    expect(next(M, 'documentsIncomplete', 'sendMissingNotice', desk)).toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
    });
  });

  it('hand-over names the recipient; the insurer’s receipt is confirmed once, before the investigation', () => {
    expect(next(M, 'complete', 'handOver', desk)).toMatchObject({
      code: 'CLAIM_HANDOVER_RECIPIENT_REQUIRED',
    });
    expect(next(M, 'complete', 'handOver', { ...desk, recipient: '承保公司理赔部' }).ok).toBe(true);
    expect(next(M, 'handedOver', 'startInvestigation', handler)).toMatchObject({
      code: 'CLAIM_RECEIPT_NOT_CONFIRMED',
    });
    expect(
      next(M, 'handedOver', 'confirmReceipt', { ...desk, note: '已签收', receiptConfirmed: true }),
    ).toMatchObject({ code: 'CLAIM_RECEIPT_ALREADY_CONFIRMED' });
  });

  it('only a claims handler investigates and decides, and a decision needs an assessment', () => {
    expect(next(M, 'handedOver', 'startInvestigation', { ...desk, receiptConfirmed: true })).toMatchObject({
      code: 'CLAIMS_HANDLER_REQUIRED',
    });
    const deciding = { ...handler, outcome: 'refuse' as const, note: '不属保险责任' };
    expect(next(M, 'assessed', 'decide', deciding)).toMatchObject({ code: 'CLAIM_ASSESSMENT_REQUIRED' });
    expect(next(M, 'assessed', 'decide', { ...deciding, hasAssessment: true }).ok).toBe(true);
    expect(next(M, 'decided', 'pay', { ...handler, decision: 'refuse' })).toMatchObject({
      code: 'CLAIM_DECISION_NOT_PAY',
    });
  });

  it('sends a decision above the handler’s authority for approval, approved by another, higher level', () => {
    const deciding = { ...handler, outcome: 'pay' as const, note: '按合同赔付', hasAssessment: true };
    const within = next(M, 'assessed', 'decide', deciding);
    expect(within).toMatchObject({ ok: true, to: 'decided', name: 'decide' });
    const above = next(M, 'assessed', 'decide', { ...deciding, decisionWithinAuthority: false });
    expect(above).toMatchObject({ ok: true, to: 'decisionProposed', name: 'proposeDecision' });
    expect(next(M, 'decisionProposed', 'approveDecision', { ...desk, coversPending: true })).toMatchObject({
      ok: true,
      to: 'decided',
    });
    expect(
      next(M, 'decisionProposed', 'approveDecision', { ...desk, coversPending: true, isRequester: true }),
    ).toMatchObject({ code: 'SELF_APPROVAL_FORBIDDEN' });
    expect(next(M, 'decisionProposed', 'approveDecision', desk)).toMatchObject({
      code: 'APPROVAL_AUTHORITY_EXCEEDED',
    });
    expect(
      next(M, 'decisionProposed', 'rejectDecision', { ...desk, coversPending: true, note: '金额依据不足' }),
    ).toMatchObject({ ok: true, to: 'assessed' });
  });

  it('pays the determinable amount in advance once, after the insurer’s receipt and before the decision (art. 25)', () => {
    const paying = {
      ...handler,
      receiptConfirmed: true,
      advanceAmountFen: 3_000_00,
      payee: '被保险人 李明',
      basis: '已核实的住院收据 3,000 元',
    };
    // The row table: where the move exists and where it leads (it stays where it is).
    expect(M.rows.filter((r) => r.event === 'advancePay').map((r) => [r.from, r.to])).toEqual([
      ['handedOver', 'handedOver'],
      ['investigating', 'investigating'],
      ['assessed', 'assessed'],
    ]);
    for (const from of ['handedOver', 'investigating', 'assessed'] as const)
      expect(next(M, from, 'advancePay', paying)).toMatchObject({ ok: true, to: from, name: 'advancePay' });
    // Guards, each with its own code.
    const cases: [Partial<ClaimApplicationFacts>, string][] = [
      [{ isClaimsHandler: false }, 'CLAIMS_HANDLER_REQUIRED'],
      [{ advancePaid: true }, 'CLAIM_ADVANCE_ALREADY_PAID'],
      [{ advanceAmountFen: undefined }, 'CLAIM_ADVANCE_AMOUNT_REQUIRED'],
      [{ advanceAmountFen: 0 }, 'CLAIM_ADVANCE_AMOUNT_REQUIRED'],
      [{ payee: '  ' }, 'CLAIM_ADVANCE_PAYEE_REQUIRED'],
      [{ basis: undefined }, 'CLAIM_ADVANCE_BASIS_REQUIRED'],
    ];
    for (const [change, code] of cases)
      expect(next(M, 'investigating', 'advancePay', { ...paying, ...change })).toMatchObject({ code });
    expect(next(M, 'handedOver', 'advancePay', { ...paying, receiptConfirmed: false })).toMatchObject({
      code: 'CLAIM_RECEIPT_NOT_CONFIRMED',
    });
    for (const from of ['received', 'complete', 'decisionProposed', 'decided', 'paid'] as const)
      expect(next(M, from, 'advancePay', paying)).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('has no move out of archived', () => {
    expect(M.rows.filter((r) => r.from === 'archived')).toEqual([]);
  });

  it('offers a front-desk person the desk moves and shows the handler’s as another role’s', () => {
    const offered = movesFrom(M, 'handedOver', { ...desk, receiptConfirmed: true });
    expect(offered.find((o) => o.event === 'startInvestigation')).toMatchObject({
      allowed: false,
      refusedBy: 'actor',
    });
    expect(caseStatusOfClaimApplication('archived')).toBe('closed');
  });
});
