import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../src/jobs/deadline-sweeper.ts';
import { bj, type Detail, tools } from './complaints-support.ts';
import { type TestSystem, testSystem } from './helpers.ts';

/** 银行业保险业消费投诉处理管理办法 (2020) arts. 18 ¶2-3 and 23 over the API, on a frozen clock. */
let sys: TestSystem;
let t: ReturnType<typeof tools>;
beforeAll(async () => {
  sys = await testSystem();
  t = tools(sys);
});
afterAll(() => sys.close());

type Clocked = Omit<Detail, 'deadlines'> & {
  clockStopped: boolean;
  clockStops: { reason: string; noticeChannel: string | null; endedAt: string | null }[];
  deadlines: (Detail['deadlines'][number] & { pausedAt: string | null })[];
};
const ok = async (res: { statusCode: number; body: string; json(): unknown }) => {
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json() as Clocked;
};
const decision = (d: Clocked) => d.deadlines.find((x) => x.kind === 'complaintDecision');

/** A complaint received at `at`, classified and assigned by the team lead to themself, under investigation. */
const investigating = async (at: string, complexity = 'simple') => {
  let d = await ok(await t.intake(await t.at(at)));
  const lead = await t.at(at, 'teamlead.bj');
  d = await ok(
    await t.event(lead, d.id, {
      event: 'classify',
      version: d.version,
      urgency: 'normal',
      complexity,
    }),
  );
  d = await ok(
    await t.event(lead, d.id, {
      event: 'assign',
      version: d.version,
      assigneeId: await t.userId('teamlead.bj'),
    }),
  );
  return ok(await t.event(lead, d.id, { event: 'startInvestigation', version: d.version }));
};

describe('the decision clock stops for an appraisal and resumes', () => {
  it('does not count the appraisal days, does not breach while stopped, and refuses a decision until resumed', async () => {
    let d = await investigating('2026-11-02 10:00');
    expect(decision(d)?.dueAt).toBe(bj('2026-11-18 00:00'));
    const lead = await t.at('2026-11-04 15:00', 'teamlead.bj');
    // Art. 18 ¶2: the complainant must be told; the notice is part of the stop.
    const missing = await t.event(lead, d.id, {
      event: 'stopClock',
      version: d.version,
      reason: 'appraisal',
      note: '送第三方鉴定车损',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0]).toMatchObject({ path: 'noticeChannel' });
    const noNote = await t.event(lead, d.id, {
      event: 'stopClock',
      version: d.version,
      reason: 'appraisal',
      noticeChannel: 'phone',
    });
    expect(noNote.json().error.code).toBe('NOTE_REQUIRED');
    d = await ok(
      await t.event(lead, d.id, {
        event: 'stopClock',
        version: d.version,
        reason: 'appraisal',
        note: '送第三方鉴定车损',
        noticeChannel: 'phone',
      }),
    );
    expect(d.clockStopped).toBe(true);
    expect(decision(d)?.pausedAt).toBe(bj('2026-11-04 15:00'));
    expect(d.availableComplaintEvents).toContain('resumeClock');
    expect(d.availableComplaintEvents).not.toContain('decide');
    const decide = await t.event(lead, d.id, {
      event: 'decide',
      version: d.version,
      decision: '赔付',
      findings: '属实',
      basis: '合同约定',
      note: 'x',
    });
    expect(decide.json().error.code).toBe('COMPLAINT_CLOCK_STOPPED');
    expect(
      (
        await t.event(lead, d.id, { event: 'stopClock', version: d.version, reason: 'mediation', note: 'x' })
      ).json().error.code,
    ).toBe('COMPLAINT_CLOCK_STOPPED');

    // Past the old limit the sweeper leaves a stopped clock alone.
    sys.clock.set(bj('2026-11-19 09:00'));
    await sweepOnce({ db: sys.db, clock: sys.clock });
    let now = await ok(await t.get(await t.at('2026-11-19 09:00', 'teamlead.bj'), `/api/complaints/${d.id}`));
    expect(decision(now)).toMatchObject({ state: 'open', escalationLevel: 0 });
    // (The reply promised on the phone is another clock; it may breach, the decision clock may not.)
    expect(
      now.events.filter((e) => e.type === 'deadlineBreached').map((e) => e.data.deadlineKind),
    ).not.toContain('complaintDecision');

    // The appraisal took from 4 Nov 15:00 to 20 Nov 10:00: 15 days 19 hours are left out.
    const back = await t.at('2026-11-20 10:00', 'teamlead.bj');
    d = await ok(
      await t.event(back, d.id, { event: 'resumeClock', version: now.version, note: '鉴定报告已收到' }),
    );
    expect(d.clockStopped).toBe(false);
    expect(d.clockStops).toEqual([
      expect.objectContaining({
        reason: 'appraisal',
        noticeChannel: 'phone',
        endedAt: bj('2026-11-20 10:00'),
      }),
    ]);
    // Receipt 2 Nov 10:00 moved by 15 d 19 h = 18 Nov 05:00, + 15 natural days = 3 Dec, ends 24:00.
    expect(decision(d)).toMatchObject({ dueAt: bj('2026-12-04 00:00'), pausedAt: null, state: 'open' });
    expect(d.events.map((e) => e.type).filter((x) => x.endsWith('Clock'))).toEqual([
      'stopClock',
      'resumeClock',
    ]);
    expect((await t.event(back, d.id, { event: 'resumeClock', version: d.version })).json().error.code).toBe(
      'COMPLAINT_CLOCK_RUNNING',
    );
    const audit = await sys.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', d.id)
      .where('action', 'in', ['complaint.stopClock', 'complaint.resumeClock'])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['complaint.resumeClock', 'complaint.stopClock']);

    // And the moved limit breaches when it comes.
    sys.clock.set(bj('2026-12-04 00:00'));
    await sweepOnce({ db: sys.db, clock: sys.clock });
    now = await ok(await t.get(await t.at('2026-12-04 00:05', 'teamlead.bj'), `/api/complaints/${d.id}`));
    expect(decision(now)?.state).toBe('breached');
  });

  it('a mediation (art. 23) needs no notice channel, and an approved extension keeps the stopped time out', async () => {
    let d = await investigating('2026-11-02 10:00', 'complex');
    const lead = await t.at('2026-11-03 09:00', 'teamlead.bj');
    d = await ok(
      await t.event(lead, d.id, {
        event: 'stopClock',
        version: d.version,
        reason: 'mediation',
        note: '双方同意调解',
      }),
    );
    const back = await t.at('2026-11-08 09:00', 'teamlead.bj');
    d = await ok(await t.event(back, d.id, { event: 'resumeClock', version: d.version }));
    // 5 days out: 2 Nov 10:00 + 5 d = 7 Nov 10:00, + 15 = 22 Nov.
    expect(decision(d)?.dueAt).toBe(bj('2026-11-23 00:00'));
    d = await ok(
      await t.event(back, d.id, { event: 'requestExtension', version: d.version, note: '情况复杂' }),
    );
    const sup = await t.at('2026-11-08 10:00', 'supervisor.bj');
    d = await ok(await t.event(sup, d.id, { event: 'approveExtension', version: d.version }));
    // 7 Nov 10:00 + 30 = 7 Dec.
    expect(decision(d)?.dueAt).toBe(bj('2026-12-08 00:00'));
  });
});

describe('new facts restart the clock (art. 18 ¶3)', () => {
  it('counts the limit again from the day the new material arrived and ends a running stop', async () => {
    let d = await investigating('2026-11-02 10:00');
    const lead = await t.at('2026-11-05 09:00', 'teamlead.bj');
    d = await ok(
      await t.event(lead, d.id, {
        event: 'stopClock',
        version: d.version,
        reason: 'appraisal',
        note: '鉴定',
        noticeChannel: 'letter',
      }),
    );
    const later = await t.at('2026-11-10 14:00', 'teamlead.bj');
    expect((await t.event(later, d.id, { event: 'newFacts', version: d.version })).json().error.code).toBe(
      'NOTE_REQUIRED',
    );
    d = await ok(
      await t.event(later, d.id, { event: 'newFacts', version: d.version, note: '投诉人补充维修发票' }),
    );
    expect(d.clockStopped).toBe(false);
    expect(decision(d)).toMatchObject({ dueAt: bj('2026-11-26 00:00'), pausedAt: null });
    expect(d.complaint.state).toBe('investigating');
    // An agent who neither owns nor supervises it may not.
    const agent = await t.at('2026-11-10 15:00', 'agent.sh');
    expect(
      (await t.event(agent, d.id, { event: 'newFacts', version: d.version, note: 'x' })).statusCode,
    ).toBe(404);
  });
});
