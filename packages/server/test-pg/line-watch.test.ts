import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDutyOnce } from '../src/jobs/deadline-sweeper.ts';
import { bj, CHECKLIST, type HandoverAnswer, handoverTools } from './handover-support.ts';
import { type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let t: ReturnType<typeof handoverTools>;
let ids: Record<'agent' | 'lead' | 'manager' | 'bj', string>;
beforeAll(async () => {
  sys = await testSystem({ demoCases: 0 });
  t = handoverTools(sys);
  ids = {
    agent: await t.userId('agent.bj'),
    lead: await t.userId('teamlead.bj'),
    manager: await t.userId('servicemanager.bj'),
    bj: (await sys.db.selectFrom('branches').select('id').where('code', '=', 'BJ').executeTakeFirstOrThrow())
      .id,
  };
});
afterAll(() => sys.close());

const sweepAt = (local: string) => {
  sys.clock.set(bj(local));
  return sweepDutyOnce({ db: sys.db, clock: sys.clock });
};

/** An inbound call of BJ as the CTI log keeps it: ringing (queued), answered by someone, or abandoned. */
const call = async (
  ringLocal: string,
  how: 'ringing' | 'answered' | 'abandoned',
  agentId: string | null = null,
) => {
  const ring = new Date(bj(ringLocal));
  const id = randomUUID();
  await sys.db
    .insertInto('calls')
    .values({
      id,
      call_id: `LW-${id}`,
      branch_id: ids.bj,
      direction: 'inbound',
      queue: null,
      line_name: '农保',
      caller_masked: null,
      caller_enc: null,
      caller_bidx: null,
      agent_id: agentId,
      state: how === 'ringing' ? 'ringing' : 'ended',
      events: [],
      ring_started_at: ring,
      answered_at: how === 'answered' ? new Date(ring.getTime() + 10_000) : null,
      ended_at: how === 'ringing' ? null : new Date(ring.getTime() + 60_000),
      hung_up_by: how === 'ringing' ? null : 'customer',
      rings: null,
      answered_within_rings: null,
      silent_log: null,
      simulated: false,
      created_at: ring,
      updated_at: ring,
    })
    .execute();
  return id;
};

type Wall = {
  people: { userId: string; flag: string | null }[];
  busyLines: { branchCode: string; queued: number; peakQueued: number }[];
};
const wallAt = async (local: string) =>
  (await t.inject(await t.at(local, 'teamlead.bj'), 'GET', '/api/presence')).json() as Wall;

const busyNotices = () =>
  sys.db
    .selectFrom('notifications')
    .select(['user_id', 'message_zh'])
    .where('message_zh', 'like', '%专线繁忙%')
    .execute();

describe('busy-line alert (seed 000 第二条, 第七条)', () => {
  it('a queue over the threshold raises one alert per episode, shown on the wall; it clears when the line calms', async () => {
    expect(await sweepAt('2026-12-01 09:00')).toMatchObject({ busyLinesRaised: 0 });
    const queued = [];
    for (const m of ['01', '02', '03', '04', '05']) queued.push(await call(`2026-12-01 09:${m}`, 'ringing'));
    expect(await sweepAt('2026-12-01 09:06')).toMatchObject({ busyLinesRaised: 1 });
    const first = await busyNotices();
    expect(first.map((n) => n.user_id)).toContain(ids.lead);
    expect(first.map((n) => n.user_id)).toContain(ids.manager);
    expect(first.map((n) => n.user_id)).not.toContain(ids.agent);

    // A minute later the line is still busy (one more caller): no second notice, the peak is kept.
    await call('2026-12-01 09:06', 'ringing');
    expect(await sweepAt('2026-12-01 09:07')).toMatchObject({ busyLinesRaised: 0, busyLinesCleared: 0 });
    expect((await busyNotices()).length).toBe(first.length);
    const wall = await wallAt('2026-12-01 09:07');
    expect(wall.busyLines).toEqual([expect.objectContaining({ branchCode: 'BJ', queued: 5, peakQueued: 6 })]);

    // The callers are answered: the queue is empty, but 0 of 6 abandoned keeps it calm on the rate too.
    await sys.db
      .updateTable('calls')
      .set({
        state: 'ended',
        answered_at: new Date(bj('2026-12-01 09:08')),
        ended_at: new Date(bj('2026-12-01 09:12')),
      })
      .where('branch_id', '=', ids.bj)
      .where('state', '=', 'ringing')
      .execute();
    expect(await sweepAt('2026-12-01 09:13')).toMatchObject({ busyLinesCleared: 1 });
    expect((await wallAt('2026-12-01 09:13')).busyLines).toEqual([]);
    const audit = await sys.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'duty.busyLine.%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['duty.busyLine.raise', 'duty.busyLine.clear']);
  });

  it('callers giving up over the threshold in the window raise a new episode (abandonment, not the queue)', async () => {
    for (let i = 0; i < 9; i++) await call(`2026-12-02 14:0${i}`, 'answered');
    await call('2026-12-02 14:09', 'abandoned');
    await call('2026-12-02 14:10', 'abandoned');
    expect(await sweepAt('2026-12-02 14:11')).toMatchObject({ busyLinesRaised: 1 });
    // Past the window the abandoned calls no longer count: the line is calm again.
    expect(await sweepAt('2026-12-02 14:40')).toMatchObject({ busyLinesCleared: 1 });
    const episodes = await sys.db.selectFrom('duty_busy_line_episodes').select('cleared_at').execute();
    expect(episodes.length).toBe(2);
    expect(episodes.every((e) => e.cleared_at !== null)).toBe(true);
  });
});

describe('off-hook without a call (seed 000 第四条)', () => {
  it('the CTI reports the handset off the hook; past the setting with no call the wall flags it; a call or on-hook clears it', async () => {
    const agentNo = (
      await sys.db
        .selectFrom('users')
        .select('agent_no')
        .where('id', '=', ids.agent)
        .executeTakeFirstOrThrow()
    ).agent_no;
    const pbx = await t.at('2026-12-03 10:00', 'branchadmin.bj');
    const off = await t.inject(pbx, 'POST', '/api/cti/hook', {
      agentNo,
      event: 'offHook',
      at: bj('2026-12-03 10:00'),
    });
    expect(off.statusCode, off.body).toBe(200);
    const flagOf = async (local: string) =>
      (await wallAt(local)).people.find((p) => p.userId === ids.agent)?.flag ?? null;
    expect(await flagOf('2026-12-03 10:01')).not.toBe('offHookNoCall');
    expect(await flagOf('2026-12-03 10:03')).toBe('offHookNoCall');
    // An answered call after the handset went off: a real call, not a blocked line.
    await call('2026-12-03 10:04', 'answered', ids.agent);
    expect(await flagOf('2026-12-03 10:10')).not.toBe('offHookNoCall');
    // Off again with no call, then back on the hook.
    const pbx2 = await t.at('2026-12-03 10:20', 'branchadmin.bj');
    await t.inject(pbx2, 'POST', '/api/cti/hook', { agentNo, event: 'offHook' });
    expect(await flagOf('2026-12-03 10:25')).toBe('offHookNoCall');
    await t.inject(await t.at('2026-12-03 10:26', 'branchadmin.bj'), 'POST', '/api/cti/hook', {
      agentNo,
      event: 'onHook',
    });
    expect(await flagOf('2026-12-03 10:30')).not.toBe('offHookNoCall');
    // An agent is not the PBX.
    const agent = await t.at('2026-12-03 10:31', 'agent.bj');
    expect((await t.inject(agent, 'POST', '/api/cti/hook', { agentNo, event: 'offHook' })).statusCode).toBe(
      403,
    );
  });
});

describe('missing relief escalated by the sweeper (seed 000 第十一条)', () => {
  it('unconfirmed 15 minutes after the shift change goes to the manager once; a confirmed hand-over does not', async () => {
    const lead = await t.at('2026-12-04 07:00', 'teamlead.bj');
    const schedule = async (post: string) =>
      (
        await t.schedule(lead, {
          post,
          outgoingStart: '2026-12-04 08:00',
          start: '2026-12-04 16:00',
          end: '2026-12-04 23:00',
          outgoing: ids.agent,
          incoming: ids.lead,
        })
      ).json() as HandoverAnswer;
    const missing = await schedule('热线5号席');
    const done = await schedule('热线6号席');
    // The relief of 6号席 checks in, the statistics are out, and they confirm in time.
    await t.move(await t.at('2026-12-04 15:50', 'teamlead.bj'), done.id, {
      event: 'checkIn',
      checklist: CHECKLIST,
    });
    await t.move(await t.at('2026-12-04 16:00', 'agent.bj'), done.id, { event: 'generateStatistics' });
    const confirmed = await t.move(await t.at('2026-12-04 16:05', 'teamlead.bj'), done.id, {
      event: 'confirm',
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);

    expect(await sweepAt('2026-12-04 16:14')).toMatchObject({ reliefsEscalated: 0 });
    expect(await sweepAt('2026-12-04 16:15')).toMatchObject({ reliefsEscalated: 1 });
    expect(await sweepAt('2026-12-04 16:30')).toMatchObject({ reliefsEscalated: 0 });

    const notices = await sys.db
      .selectFrom('notifications')
      .select(['user_id', 'kind'])
      .where('message_zh', 'like', '%热线5号席%仍未确认接班%')
      .execute();
    expect(notices).toEqual([{ user_id: ids.manager, kind: 'escalate' }]);
    const audit = await sys.db
      .selectFrom('audit_log')
      .select(['object_id', 'actor_id'])
      .where('action', '=', 'dutyHandover.reliefOverdue')
      .execute();
    expect(audit).toEqual([{ object_id: missing.id, actor_id: null }]);
    const view = (
      await t.inject(
        await t.at('2026-12-04 16:31', 'servicemanager.bj'),
        'GET',
        `/api/handovers/${missing.id}`,
      )
    ).json() as { reliefEscalatedAt: string | null; state: string };
    expect(view.reliefEscalatedAt).toBe(bj('2026-12-04 16:15'));
    expect(view.state).toBe('scheduled');
  });
});

describe('hand-overs from the published plan (seed 000 第一条, 第十条)', () => {
  it('the plan proposes who relieves whom; scheduling names both assignments; the register shows the shift', async () => {
    const now = new Date(bj('2026-12-05 07:00'));
    const manager = ids.manager;
    const postId = randomUUID();
    await sys.db
      .insertInto('duty_posts')
      .values({
        id: postId,
        branch_id: ids.bj,
        kind: 'hotlineSeat',
        name_zh: '专线坐席',
        name_en: 'Hotline seat',
        skills: [],
        staffed: JSON.stringify('24x7'),
        min_agents: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const shift = async (code: string, start: string, end: string) => {
      const id = randomUUID();
      await sys.db
        .insertInto('duty_shift_templates')
        .values({
          id,
          branch_id: ids.bj,
          post_id: postId,
          code,
          start_time: start,
          end_time: end,
          skills: [],
          created_at: now,
          updated_at: now,
        })
        .execute();
      return id;
    };
    const early = await shift('E', '08:00', '16:00');
    const late = await shift('L', '16:00', '24:00');
    const planId = randomUUID();
    await sys.db
      .insertInto('duty_plans')
      .values({
        id: planId,
        branch_id: ids.bj,
        month: '2026-12',
        state: 'published',
        published_at: now,
        published_by: manager,
        created_by: manager,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const assign = async (userId: string, shiftId: string) => {
      const id = randomUUID();
      await sys.db
        .insertInto('duty_assignments')
        .values({
          id,
          plan_id: planId,
          user_id: userId,
          shift_id: shiftId,
          day: '2026-12-05',
          swap_replaces: null,
          swap_approved_by: null,
          created_at: now,
        })
        .execute();
      return id;
    };
    const out = await assign(ids.agent, early);
    const inc = await assign(ids.lead, late);

    const lead = await t.at('2026-12-05 07:00', 'teamlead.bj');
    const proposed = (await t.inject(lead, 'GET', '/api/handovers/from-plan?day=2026-12-05')).json() as {
      items: {
        outgoingAssignmentId: string;
        incomingAssignmentId: string;
        incoming: { id: string; shiftCode: string };
        shiftStart: string;
        handoverId: string | null;
      }[];
    };
    expect(proposed.items).toEqual([
      expect.objectContaining({
        outgoingAssignmentId: out,
        incomingAssignmentId: inc,
        incoming: expect.objectContaining({ id: ids.lead, shiftCode: 'L' }),
        shiftStart: bj('2026-12-05 16:00'),
        handoverId: null,
      }),
    ]);
    // The wrong way round is not a pair of the plan.
    const wrong = await t.inject(lead, 'POST', '/api/handovers/from-plan', {
      outgoingAssignmentId: inc,
      incomingAssignmentId: out,
    });
    expect([wrong.statusCode, (wrong.json() as { error: { code: string } }).error.code]).toEqual([
      422,
      'HANDOVER_PLAN_PAIR_INVALID',
    ]);
    const made = await t.inject(lead, 'POST', '/api/handovers/from-plan', {
      outgoingAssignmentId: out,
      incomingAssignmentId: inc,
    });
    expect(made.statusCode, made.body).toBe(201);
    const h = made.json() as {
      id: string;
      post: string;
      incoming: { id: string };
      incomingShift: { code: string; day: string } | null;
      outgoingShift: { code: string } | null;
    };
    expect([h.post, h.incoming.id, h.incomingShift, h.outgoingShift?.code]).toEqual([
      '专线坐席',
      ids.lead,
      { code: 'L', day: '2026-12-05' },
      'E',
    ]);
    const again = await t.inject(lead, 'POST', '/api/handovers/from-plan', {
      outgoingAssignmentId: out,
      incomingAssignmentId: inc,
    });
    expect(again.statusCode).toBe(409);
    const listed = (
      await t.inject(lead, 'GET', '/api/handovers/from-plan?day=2026-12-05')
    ).json() as typeof proposed;
    expect(listed.items[0]?.handoverId).toBe(h.id);
  });
});
