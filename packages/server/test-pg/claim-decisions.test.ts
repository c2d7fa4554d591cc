import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberOf } from '../src/seed/demo-policies.ts';
import { type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
beforeAll(async () => {
  sys = await testSystem();
});
afterAll(() => sys.close());

const LI_MING_ID = idNumberOf('110105', '19850315', 12);
const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();
const post = (url: string, cookie: string, payload: unknown, headers: Record<string, string> = {}) =>
  sys.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload: payload as object });
const get = (url: string, cookie: string) => sys.app.inject({ url, headers: { cookie } });
const move = (id: string, cookie: string, body: Record<string, unknown>) =>
  post(`/api/claim-applications/${id}/events`, cookie, body);
type Dl = { kind: string; state: string; dueAt: string; metAt: string | null };
const deadline = (d: { deadlines: Dl[] }, kind: string) => d.deadlines.find((x) => x.kind === kind);

/** An application up to `investigating` on the handler's clock. */
const investigating = async (cookie: string) => {
  const policy = (await get('/api/claim-applications/policy?policyNo=PBJ2026000001', cookie)).json();
  const d = (
    await post(
      '/api/claim-applications',
      cookie,
      {
        policyId: policy.id,
        claimType: 'motorDamage',
        relation: 'insured',
        applicantName: '李明',
        applicantIdNumber: LI_MING_ID,
        applicantPhone: '13800138000',
      },
      { 'idempotency-key': randomBytes(8).toString('hex') },
    )
  ).json();
  const documents = d.application.documents.map((x: { id: string }) => ({
    id: x.id,
    received: true,
    form: 'original',
    verified: true,
    returned: false,
  }));
  for (const body of [
    { event: 'recordDocuments', documents },
    { event: 'markComplete' },
    { event: 'handOver', recipient: '保险公司理赔部' },
    { event: 'confirmReceipt', note: '签收' },
    { event: 'startInvestigation' },
  ]) {
    const r = await move(d.id, cookie, body);
    expect(r.statusCode, r.body).toBe(200);
  }
  return d.id as string;
};

describe('assessment, decision under authority, letters and legal clocks (issue #14 parts 4–7)', () => {
  it('computes the payout, sends a decision above authority for approval, starts and meets the clocks', async () => {
    sys.clock.set(bj('2026-03-02 09:00'));
    let handler = await sys.login('claimshandler.bj');
    const id = await investigating(handler);
    let r = await move(id, handler, {
      event: 'recordAssessment',
      note: '定损完成',
      items: [
        { zh: '车辆损失', en: 'Vehicle damage', lossFen: 2_500_000 },
        { zh: '施救费用', en: 'Rescue costs', lossFen: 500_000, limitFen: 200_000 },
      ],
    });
    expect(r.statusCode, r.body).toBe(200);
    const payout = r.json().application.payout;
    expect(payout.lossFen).toBe(3_000_000);
    expect(payout.steps[0]).toMatchObject({ code: 'loss', zh: '核定损失金额', amountFen: 3_000_000 });
    expect(payout.steps).toContainEqual(expect.objectContaining({ code: 'itemLimit', changeFen: -300_000 }));
    expect(payout.steps.at(-1)).toMatchObject({ code: 'payable', amountFen: payout.payableFen });
    expect(deadline(r.json(), 'claimDecision')).toMatchObject({ state: 'open' });

    // A reason citing an internal reference is refused; an amount above the payable too.
    r = await move(id, handler, {
      event: 'decide',
      outcome: 'pay',
      amountFen: payout.payableFen + 1,
      note: 'x',
    });
    expect(r.json().error.code).toBe('CLAIM_DECISION_INVALID');
    r = await move(id, handler, {
      event: 'decide',
      outcome: 'refuse',
      note: '拒赔',
      reasons: [{ text: '见 seed 003', basis: { source: 'contract', clause: '第十条' } }],
    });
    expect(r.json().error.code).toBe('CLAIM_DECISION_INVALID');

    // Above the handler's 10,000 yuan: proposed, waiting for a higher level.
    sys.clock.set(bj('2026-03-05 10:00'));
    handler = await sys.login('claimshandler.bj');
    r = await move(id, handler, {
      event: 'decide',
      outcome: 'pay',
      amountFen: payout.payableFen,
      note: '按合同赔付',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().application).toMatchObject({
      state: 'decisionProposed',
      pendingApproval: { requiredLevel: 'supervisor' },
    });
    expect((await move(id, handler, { event: 'approveDecision' })).json().error.code).toBe(
      'APPROVAL_AUTHORITY_EXCEEDED',
    );
    const lead = await sys.login('teamlead.bj');
    const inbox = (await get('/api/claim-applications/approvals', lead)).json();
    expect(inbox.items.map((i: { caseId: string }) => i.caseId)).toContain(id);
    r = await move(id, lead, { event: 'approveDecision', note: '同意' });
    expect(r.statusCode, r.body).toBe(200);
    const d = r.json();
    expect(d.application).toMatchObject({ state: 'decided', decision: 'pay', pendingApproval: null });
    expect(deadline(d, 'claimDecision')).toMatchObject({ state: 'met', metAt: bj('2026-03-05 10:00') });
    expect(deadline(d, 'claimAdvancePayment')).toMatchObject({ state: 'met' });
    // Art. 23: 10 days, the decision's day not counted → Sun 15 March, a day off, moves to Mon 16 (Civil Code
    // art. 203): 24:00 of the 16th.
    expect(deadline(d, 'claimPayment')).toMatchObject({ state: 'open', dueAt: bj('2026-03-17 00:00') });
    expect(deadline(d, 'claimRefusalNotice')).toBeUndefined();

    const letter = await get(`/api/claim-applications/${id}/payout-notice.pdf`, handler);
    expect(letter.statusCode).toBe(200);
    expect(letter.headers['content-type']).toBe('application/pdf');
    expect((await get(`/api/claim-applications/${id}/refusal-notice.pdf`, handler)).json().error.code).toBe(
      'CLAIM_LETTER_NOT_READY',
    );
    const printed = await sys.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', id)
      .where('action', '=', 'claimApplication.payoutLetter')
      .execute();
    expect(printed).toHaveLength(1);

    sys.clock.set(bj('2026-03-10 10:00'));
    handler = await sys.login('claimshandler.bj');
    r = await move(id, handler, { event: 'pay' });
    expect(deadline(r.json(), 'claimPayment')).toMatchObject({ state: 'met', metAt: bj('2026-03-10 10:00') });
    r = await move(id, handler, { event: 'close' });
    r = await move(id, handler, { event: 'archive' });
    expect(r.json().application).toMatchObject({ state: 'archived', retention: { days: 3650 } });
    expect(r.json().moves).toEqual([]);
    expect((await move(id, handler, { event: 'close' })).json().error.code).toBe('TRANSITION_NOT_ALLOWED');
    sys.clock.set('2026-11-22T02:00:00Z');
  });

  it('decides a refusal within authority and starts the 3-day notice, met by the refusal', async () => {
    sys.clock.set(bj('2026-03-02 09:00'));
    const handler = await sys.login('claimshandler.bj');
    const id = await investigating(handler);
    await move(id, handler, { event: 'recordAssessment', note: '定损', assessedAmountFen: 100_000 });
    let r = await move(id, handler, {
      event: 'decide',
      outcome: 'refuse',
      note: '不属保险责任',
      reasons: [{ text: '事故发生在保险期间之外', basis: { source: 'contract', clause: '第三条' } }],
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().application.state).toBe('decided');
    expect(deadline(r.json(), 'claimRefusalNotice')).toMatchObject({
      state: 'open',
      dueAt: bj('2026-03-06 00:00'),
    });
    expect(deadline(r.json(), 'claimPayment')).toBeUndefined();
    const letter = await get(`/api/claim-applications/${id}/refusal-notice.pdf`, handler);
    expect(letter.statusCode).toBe(200);
    r = await move(id, handler, { event: 'refuse', note: '已寄送拒赔通知书' });
    expect(deadline(r.json(), 'claimRefusalNotice')).toMatchObject({ state: 'met' });
    sys.clock.set('2026-11-22T02:00:00Z');
  });
});
