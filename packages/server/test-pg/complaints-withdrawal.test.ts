import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../src/jobs/deadline-sweeper.ts';
import { type Detail, tools } from './complaints-support.ts';
import { type TestSystem, testSystem } from './helpers.ts';

/** 银行业保险业消费投诉处理管理办法 (2020) art. 15: a withdrawn complaint's procedure ends that day. */
let sys: TestSystem;
let t: ReturnType<typeof tools>;
beforeAll(async () => {
  sys = await testSystem();
  t = tools(sys);
});
afterAll(() => sys.close());

type Withdrawn = Detail & {
  status: string;
  clockStopped: boolean;
  clockStops: { endedAt: string | null }[];
};
const ok = async (res: { statusCode: number; body: string; json(): unknown }) => {
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json() as Withdrawn;
};

const investigating = async (at: string, complexity: string) => {
  let d = await ok(await t.intake(await t.at(at)));
  const lead = await t.at(at, 'teamlead.bj');
  d = await ok(
    await t.event(lead, d.id, { event: 'classify', version: d.version, urgency: 'normal', complexity }),
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

describe('the complainant withdraws (art. 15)', () => {
  it('ends the procedure that day: closed, the waiting approval settled as withdrawn, no clock left to breach', async () => {
    let d = await investigating('2026-11-02 10:00', 'complex');
    const lead = await t.at('2026-11-05 10:00', 'teamlead.bj');
    d = await ok(
      await t.event(lead, d.id, { event: 'requestExtension', version: d.version, note: '需调取理赔档案' }),
    );
    expect(d.complaint.state).toBe('extensionRequested');
    expect(d.availableComplaintEvents).toContain('withdraw');

    const noNote = await t.event(lead, d.id, { event: 'withdraw', version: d.version, channel: 'phone' });
    expect(noNote.json().error.code).toBe('NOTE_REQUIRED');
    const noChannel = await t.event(lead, d.id, {
      event: 'withdraw',
      version: d.version,
      note: '客户来电撤回',
    });
    expect(noChannel.statusCode).toBe(400);
    expect(noChannel.json().error.details[0]).toMatchObject({ path: 'channel' });
    // Someone outside the complaint's branch never sees it, let alone withdraws it.
    const sh = await t.at('2026-11-05 10:30', 'teamlead.sh');
    expect(
      (await t.event(sh, d.id, { event: 'withdraw', version: d.version, note: 'x', channel: 'phone' }))
        .statusCode,
    ).toBe(404);

    const at = await t.at('2026-11-06 09:30', 'teamlead.bj');
    d = await ok(
      await t.event(at, d.id, {
        event: 'withdraw',
        version: d.version,
        note: '客户来电表示问题已自行解决，撤回投诉',
        channel: 'phone',
      }),
    );
    expect(d.complaint).toMatchObject({
      state: 'closed',
      withdrawnAt: new Date('2026-11-06T01:30:00Z').toISOString(),
      withdrawnChannel: 'phone',
    });
    expect(d.status).toBe('closed');
    expect(d.availableComplaintEvents).toEqual([]);
    expect(d.approvals.at(-1)).toMatchObject({ kind: 'extension', outcome: 'withdrawn' });
    expect(d.deadlines.filter((x) => x.state === 'open' || x.state === 'warned')).toEqual([]);

    const sup = await t.at('2026-11-06 10:00', 'supervisor.bj');
    const inbox = (await t.get(sup, '/api/complaints/approvals')).json() as { items: { caseId: string }[] };
    expect(inbox.items.map((i) => i.caseId)).not.toContain(d.id);

    // Long after the 15 days: nothing breaches or escalates on a withdrawn complaint.
    await t.at('2026-12-20 09:00', 'teamlead.bj');
    await sweepOnce({ db: sys.db, clock: sys.clock });
    const later = await ok(
      await t.get(await t.at('2026-12-20 09:05', 'teamlead.bj'), `/api/complaints/${d.id}`),
    );
    expect(later.events.filter((e) => e.type === 'deadlineBreached')).toEqual([]);

    const audit = await sys.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('object_id', '=', d.id)
      .where('action', '=', 'complaint.withdraw')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({ from: 'extensionRequested', to: 'closed', channel: 'phone' });

    const again = await t.event(await t.at('2026-12-20 09:10', 'teamlead.bj'), d.id, {
      event: 'withdraw',
      version: d.version,
      note: '再次',
      channel: 'phone',
    });
    expect(again.json().error.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('a withdrawal while the clock stands still for an appraisal ends the stop too', async () => {
    let d = await investigating('2026-11-09 10:00', 'simple');
    const lead = await t.at('2026-11-10 10:00', 'teamlead.bj');
    d = await ok(
      await t.event(lead, d.id, {
        event: 'stopClock',
        version: d.version,
        reason: 'appraisal',
        note: '送第三方鉴定',
        noticeChannel: 'phone',
      }),
    );
    expect(d.clockStopped).toBe(true);
    d = await ok(
      await t.event(await t.at('2026-11-12 16:00', 'teamlead.bj'), d.id, {
        event: 'withdraw',
        version: d.version,
        note: '客户书面撤回',
        channel: 'letter',
      }),
    );
    expect(d.complaint.state).toBe('closed');
    expect(d.clockStopped).toBe(false);
    expect(d.clockStops.map((s) => s.endedAt)).toEqual([new Date('2026-11-12T08:00:00Z').toISOString()]);
  });
});
