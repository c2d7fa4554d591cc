import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bj, type Detail, tools } from './complaints-support.ts';
import { type TestSystem, testSystem } from './helpers.ts';

/*
 * 银行业保险业消费投诉处理管理办法 (2020) art. 20: "投诉人对银行保险机构分支机构消费投诉处理结果有异议的，可以自收到处理决定
 * 之日起30日内向其上级机构书面申请核查。核查机构应当……自收到核查申请之日起30日内作出核查决定并告知投诉人".
 */
let sys: TestSystem;
let t: ReturnType<typeof tools>;
beforeAll(async () => {
  sys = await testSystem();
  t = tools(sys);
});
afterAll(() => sys.close());

type Reviewed = Detail & {
  status: string;
  complaint: Detail['complaint'] & {
    reviewLastDay: string | null;
    review: { channel: string; request: string; outcome: string | null; findings: string | null } | null;
  };
};
const ok = async (res: { statusCode: number; body: string; json(): unknown }) => {
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json() as Reviewed;
};
const code = (res: { json(): { error?: { code: string } } }) => res.json().error?.code;

/** A complaint taken in by `branchUser`, decided by `handler` (its branch's team lead) and told at `toldAt`. */
const decidedAndTold = async (
  intakeAt: string,
  toldAt: string,
  branchUser = 'agent.bj',
  handler = branchUser.replace('agent', 'teamlead'),
) => {
  let d = await ok(await t.intake(await t.at(intakeAt, branchUser)));
  const lead = await t.at(intakeAt, handler);
  const me = await t.userId(handler);
  for (const body of [
    { event: 'classify', urgency: 'normal', complexity: 'simple' },
    { event: 'assign', assigneeId: me },
    { event: 'startInvestigation' },
    {
      event: 'decide',
      decision: '向客户致歉',
      findings: '理赔员未及时告知进度',
      basis: '理赔服务规范',
      note: '处理意见',
    },
  ])
    d = await ok(await t.event(lead, d.id, { ...body, version: d.version }));
  const told = await t.at(toldAt, handler);
  return ok(await t.event(told, d.id, { event: 'inform', version: d.version, channel: 'phone' }));
};

describe('review by the institution above (art. 20)', () => {
  it('is recorded by a lead above the branch, in writing, within 30 days of the complainant being told', async () => {
    let d = await decidedAndTold('2026-11-02 10:00', '2026-11-05 10:00');
    expect(d.complaint.state).toBe('informed');
    // Told on Thu 11-05: day 1 is 11-06, day 30 is Sat 12-05, a day off, so the last day is Mon 12-07
    // (民法典 art. 203 ¶1).
    expect(d.complaint.reviewLastDay).toBe('2026-12-07');

    // The branch that decided cannot review itself.
    const branchLead = await t.at('2026-11-20 10:00', 'teamlead.bj');
    expect(
      (await t.get(branchLead, `/api/complaints/${d.id}`)).json().availableComplaintEvents,
    ).not.toContain('requestReview');
    const own = await t.event(branchLead, d.id, {
      event: 'requestReview',
      version: d.version,
      note: '申请核查',
      channel: 'letter',
    });
    expect(code(own)).toBe('REVIEW_BY_SUPERIOR_ONLY');

    // Head office's supervisor: offered the move; a phone call is not a written application; a note is needed.
    let ho = await t.at('2026-12-08 00:00', 'supervisor.ho');
    const late = await t.event(ho, d.id, {
      event: 'requestReview',
      version: d.version,
      note: '来信申请核查',
      channel: 'letter',
    });
    expect(code(late)).toBe('REVIEW_TOO_LATE');
    ho = await t.at('2026-12-07 23:59', 'supervisor.ho');
    expect((await t.get(ho, `/api/complaints/${d.id}`)).json().availableComplaintEvents).toContain(
      'requestReview',
    );
    const byPhone = await t.event(ho, d.id, {
      event: 'requestReview',
      version: d.version,
      note: '电话要求核查',
      channel: 'phone',
    });
    expect(byPhone.statusCode).toBe(400);
    expect(byPhone.json().error.details[0]).toMatchObject({ path: 'channel' });
    const noNote = await t.event(ho, d.id, { event: 'requestReview', version: d.version, channel: 'letter' });
    expect(code(noNote)).toBe('NOTE_REQUIRED');

    d = await ok(
      await t.event(ho, d.id, {
        event: 'requestReview',
        version: d.version,
        note: '客户来信认为致歉不足，要求补偿',
        channel: 'letter',
      }),
    );
    expect(d.complaint.state).toBe('reviewing');
    expect(d.status).toBe('inProgress');
    expect(d.complaint.review).toMatchObject({
      channel: 'letter',
      request: '客户来信认为致歉不足，要求补偿',
      outcome: null,
    });
    // The review body decides within 30 natural days of the application: 12-07 + 30 = 2027-01-06, until 24:00.
    const review = d.deadlines.find((x) => x.kind === 'complaintReview');
    expect(review).toMatchObject({ state: 'open', dueAt: bj('2027-01-07 00:00') });
    expect(d.events.at(-1)).toMatchObject({
      type: 'requestReview',
      data: { channel: 'letter', applicationLastDay: '2026-12-07' },
    });

    // Only the institution above decides it, with its findings.
    const branchAgain = await t.at('2026-12-10 10:00', 'supervisor.bj');
    expect(
      code(
        await t.event(branchAgain, d.id, {
          event: 'decideReview',
          version: d.version,
          outcome: 'upheld',
          note: '维持',
        }),
      ),
    ).toBe('REVIEW_BY_SUPERIOR_ONLY');
    ho = await t.at('2026-12-20 10:00', 'supervisor.ho');
    expect(
      code(await t.event(ho, d.id, { event: 'decideReview', version: d.version, outcome: 'upheld' })),
    ).toBe('NOTE_REQUIRED');
    d = await ok(
      await t.event(ho, d.id, {
        event: 'decideReview',
        version: d.version,
        outcome: 'changed',
        note: '分公司处理过程合规，但补偿不足，改为书面致歉并补偿 200 元',
      }),
    );
    expect(d.complaint.state).toBe('closed');
    expect(d.status).toBe('closed');
    expect(d.complaint.review).toMatchObject({
      outcome: 'changed',
      findings: expect.stringContaining('补偿 200 元'),
    });
    expect(d.deadlines.find((x) => x.kind === 'complaintReview')?.state).toBe('met');
    // A review decision is not reviewed again.
    expect(d.availableComplaintEvents).toEqual([]);
    const again = await t.event(ho, d.id, {
      event: 'requestReview',
      version: d.version,
      note: '再次申请',
      channel: 'letter',
    });
    expect(code(again)).toBe('REVIEW_NOT_AVAILABLE');
    const audit = await sys.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', d.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['complaint.requestReview', 'complaint.decideReview']),
    );
  });

  it('is not available against head office’s own decision, nor from a closed complaint that was never told', async () => {
    const d = await decidedAndTold('2026-11-02 10:00', '2026-11-03 10:00', 'agent.bj01');
    // A sub-branch's decision: its branch (BJ) is above it, and may review.
    const bjLead = await t.at('2026-11-10 10:00', 'supervisor.bj');
    expect((await t.get(bjLead, `/api/complaints/${d.id}`)).json().availableComplaintEvents).toContain(
      'requestReview',
    );

    const hoCookie = await t.at('2026-11-02 10:00', 'supervisor.ho');
    let h = await ok(await t.intake(hoCookie));
    const me = await t.userId('supervisor.ho');
    for (const body of [
      { event: 'classify', urgency: 'normal', complexity: 'simple' },
      { event: 'assign', assigneeId: me },
      { event: 'startInvestigation' },
      { event: 'decide', decision: '致歉', findings: '属实', basis: '服务规范', note: '处理意见' },
      { event: 'inform', channel: 'phone' },
    ])
      h = await ok(await t.event(hoCookie, h.id, { ...body, version: h.version }));
    expect(h.complaint.state).toBe('informed');
    expect(h.availableComplaintEvents).not.toContain('requestReview');
    const refused = await t.event(hoCookie, h.id, {
      event: 'requestReview',
      version: h.version,
      note: '申请核查',
      channel: 'letter',
    });
    expect(code(refused)).toBe('REVIEW_BY_SUPERIOR_ONLY');

    // Withdrawn before any decision was told: closed, but with nothing to review.
    let w = await ok(await t.intake(await t.at('2026-11-02 10:00')));
    const bjLead2 = await t.at('2026-11-02 11:00', 'teamlead.bj');
    w = await ok(
      await t.event(bjLead2, w.id, {
        event: 'withdraw',
        version: w.version,
        note: '客户撤回',
        channel: 'phone',
      }),
    );
    expect(w.complaint.state).toBe('closed');
    const ho = await t.at('2026-11-03 10:00', 'supervisor.ho');
    expect((await t.get(ho, `/api/complaints/${w.id}`)).json().availableComplaintEvents).toEqual([]);
    const never = await t.event(ho, w.id, {
      event: 'requestReview',
      version: w.version,
      note: '申请核查',
      channel: 'letter',
    });
    expect(code(never)).toBe('REVIEW_NOT_AVAILABLE');
  });
});
