import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST, type HandoverAnswer, handoverTools } from './handover-support.ts';
import { consultation, createCase, type TestSystem, testSystem } from './helpers.ts';

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

const ok = async (res: { statusCode: number; body: string; json(): unknown }) => {
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json() as HandoverAnswer;
};
const refused = (res: { statusCode: number; json(): unknown }) => [
  res.statusCode,
  (res.json() as { error: { code: string } }).error.code,
];

/** agent.bj hands the post over to teamlead.bj at `start` (the outgoing shift began 8 hours earlier). */
const scheduled = async (day: string, start: string, end: string, post = '热线1号席') => {
  const lead = await t.at(`${day} 07:00`, 'teamlead.bj');
  const [h1, h2] = [Number(start.slice(0, 2)) - 8, start.slice(3)];
  return ok(
    await t.schedule(lead, {
      post,
      outgoingStart: `${day} ${String(h1).padStart(2, '0')}:${h2}`,
      start: `${day} ${start}`,
      end: `${day} ${end}`,
      outgoing: ids.agent,
      incoming: ids.lead,
    }),
  );
};

describe('check-in (seed 000 第九条, 第十条)', () => {
  it('on time 5 minutes before the shift; later is recorded as late with the minutes; the checklist is required', async () => {
    const a = await scheduled('2026-11-23', '16:00', '23:00');
    const b = await scheduled('2026-11-23', '17:00', '23:00', '热线2号席');
    let lead = await t.at('2026-11-23 15:55', 'teamlead.bj');
    const onTime = await ok(await t.move(lead, a.id, { event: 'checkIn', checklist: CHECKLIST }));
    expect([onTime.state, onTime.lateMinutes]).toEqual(['incomingCheckedIn', null]);

    lead = await t.at('2026-11-23 16:58', 'teamlead.bj');
    expect(
      refused(await t.move(lead, b.id, { event: 'checkIn', checklist: { ...CHECKLIST, badge: false } })),
    ).toEqual([400, 'PRE_SHIFT_CHECK_INCOMPLETE']);
    const late = await ok(await t.move(lead, b.id, { event: 'checkIn', checklist: CHECKLIST }));
    expect([late.state, late.lateMinutes]).toEqual(['incomingCheckedIn', 3]);
    const audit = await sys.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', 'in', [a.id, b.id])
      .where('action', 'like', 'dutyHandover.checkIn%')
      .orderBy('id')
      .execute();
    expect(audit.map((r) => r.action)).toEqual(['dutyHandover.checkIn', 'dutyHandover.checkInLate']);
  });
});

describe('the two-party hand-over (seed 000 第十条, 第十一条)', () => {
  it('statistics from the outgoing window; only the incoming agent confirms; the outgoing agent signs after it; one of two signs wins', async () => {
    // The outgoing shift is 2026-11-24 06:00–14:00: three calls and two open cases in it, one call and one case outside.
    await t.call(ids.bj, '2026-11-24 09:00', 10);
    await t.call(ids.bj, '2026-11-24 10:00', 40);
    await t.call(ids.bj, '2026-11-24 11:00', null);
    await t.call(ids.bj, '2026-11-24 15:00', 5);
    for (const time of ['09:30', '10:30']) {
      const agent = await t.at(`2026-11-24 ${time}`, 'agent.bj');
      expect((await createCase(sys, agent, consultation({ subject: `咨询 ${time}` }))).statusCode).toBe(201);
    }
    const h = await scheduled('2026-11-24', '14:00', '22:00');
    let lead = await t.at('2026-11-24 13:50', 'teamlead.bj');
    await ok(await t.move(lead, h.id, { event: 'checkIn', checklist: CHECKLIST }));
    let agent = await t.at('2026-11-24 13:52', 'agent.bj');
    const stats = await ok(await t.move(agent, h.id, { event: 'generateStatistics' }));
    expect(stats.statistics).toEqual({
      callsOffered: 3,
      callsAnswered: 2,
      answeredWithinRings: 1,
      callsAbandoned: 1,
      complaints: 0,
      claimReports: 0,
      openItems: 2,
      forbiddenPhraseHits: 0,
    });
    expect(stats.openItems.map((o) => o.subject)).toEqual(['咨询 09:30', '咨询 10:30']);
    // The outgoing agent's sign is offered greyed with the reason, and refused for it (第十一条).
    expect(stats.moves.find((m) => m.event === 'sign')).toMatchObject({
      allowed: false,
      reason: { code: 'INCOMING_NOT_CONFIRMED' },
    });
    expect(refused(await t.move(agent, h.id, { event: 'sign' }))).toEqual([409, 'INCOMING_NOT_CONFIRMED']);
    // Nobody confirms for the incoming agent: not the outgoing one, not a manager.
    expect(refused(await t.move(agent, h.id, { event: 'confirm' }))).toEqual([403, 'NOT_INCOMING_AGENT']);
    const manager = await t.at('2026-11-24 13:53', 'servicemanager.bj');
    expect(refused(await t.move(manager, h.id, { event: 'confirm' }))).toEqual([403, 'NOT_INCOMING_AGENT']);

    lead = await t.at('2026-11-24 13:55', 'teamlead.bj');
    const confirmed = await ok(await t.move(lead, h.id, { event: 'confirm' }));
    expect([confirmed.state, confirmed.confirmedBy?.id]).toEqual(['incomingConfirmed', ids.lead]);

    agent = await t.at('2026-11-24 13:56', 'agent.bj');
    const both = await Promise.all([1, 2].map(() => t.move(agent, h.id, { event: 'sign' })));
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const signs = await sys.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', h.id)
      .where('action', '=', 'dutyHandover.sign')
      .execute();
    expect(signs).toHaveLength(1);

    const register = await t.inject(lead, 'GET', '/api/handovers/register');
    const items = (register.json() as { items: HandoverAnswer[] }).items;
    expect(items.map((i) => i.id)).toContain(h.id);
    expect(items.every((i) => i.signedBy !== null)).toBe(true);
    expect(items.find((i) => i.id === h.id)?.signedBy?.id).toBe(ids.agent);
    // Read-only: there is no way to change or remove an entry.
    for (const method of ['PUT', 'DELETE', 'PATCH'] as const)
      expect(
        (await sys.app.inject({ method, url: `/api/handovers/${h.id}`, headers: { cookie: lead } }))
          .statusCode,
      ).toBe(404);
    const pdf = await t.inject(lead, 'GET', '/api/handovers/register.pdf');
    expect([pdf.statusCode, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a missing relief at the shift start escalates to the service manager; the late check-in is still recorded', async () => {
    const h = await scheduled('2026-11-25', '14:00', '22:00');
    let agent = await t.at('2026-11-25 13:59', 'agent.bj');
    expect(refused(await t.move(agent, h.id, { event: 'escalateMissingRelief' }))).toEqual([
      409,
      'SHIFT_NOT_STARTED',
    ]);
    agent = await t.at('2026-11-25 14:05', 'agent.bj');
    expect((await ok(await t.move(agent, h.id, { event: 'escalateMissingRelief' }))).state).toBe(
      'reliefMissing',
    );
    const notices = await sys.db
      .selectFrom('notifications')
      .select(['user_id', 'kind'])
      .where('kind', '=', 'escalate')
      .where('message_zh', 'like', '交接班%')
      .execute();
    expect(notices.map((n) => n.user_id)).toContain(ids.manager);
    const lead = await t.at('2026-11-25 14:20', 'teamlead.bj');
    const late = await ok(await t.move(lead, h.id, { event: 'checkIn', checklist: CHECKLIST }));
    expect([late.state, late.lateMinutes]).toEqual(['incomingCheckedIn', 25]);
  });

  it('today’s list also shows a change just after midnight, prepared before it', async () => {
    const lead = await t.at('2026-12-14 07:00', 'teamlead.bj');
    const night = await ok(
      await t.schedule(lead, {
        post: '夜班席',
        outgoingStart: '2026-12-14 16:15',
        start: '2026-12-15 00:15',
        end: '2026-12-15 08:15',
        outgoing: ids.agent,
        incoming: ids.lead,
      }),
    );
    const listed = async (cookie: string, url = '/api/handovers?mine=true') =>
      ((await t.inject(cookie, 'GET', url)).json() as { items: { id: string }[] }).items.map((h) => h.id);
    // At 23:50 the incoming agent sees it on today's list; at noon, twelve hours before, not yet.
    expect(await listed(await t.at('2026-12-14 23:50', 'teamlead.bj'))).toContain(night.id);
    expect(await listed(await t.at('2026-12-14 12:00', 'teamlead.bj'))).not.toContain(night.id);
    // A day asked for by date is that day only.
    expect(
      await listed(await t.at('2026-12-14 23:50', 'teamlead.bj'), '/api/handovers?day=2026-12-14'),
    ).not.toContain(night.id);
  });

  it('another branch answers 404', async () => {
    const h = await scheduled('2026-11-26', '14:00', '22:00');
    const sh = await t.at('2026-11-26 13:00', 'agent.sh');
    expect(refused(await t.inject(sh, 'GET', `/api/handovers/${h.id}`))).toEqual([404, 'HANDOVER_NOT_FOUND']);
    expect(refused(await t.move(sh, h.id, { event: 'checkIn', checklist: CHECKLIST }))).toEqual([
      404,
      'HANDOVER_NOT_FOUND',
    ]);
    const list = (await t.inject(sh, 'GET', '/api/handovers?day=2026-11-26')).json() as { items: unknown[] };
    expect(list.items).toEqual([]);
  });
});

describe('presence (seed 000 第三条, 第四条, 第七条)', () => {
  it('alerts the team lead when the post of a running hand-over has nobody ready, and flags a long not-ready', async () => {
    await scheduled('2026-11-27', '14:00', '22:00', '热线9号席');
    let agent = await t.at('2026-11-27 10:00', 'agent.bj');
    const ready = await t.inject(agent, 'PUT', '/api/presence/me', { state: 'ready' });
    expect(ready.json()).toMatchObject({ state: 'ready', alertedPosts: [] });
    agent = await t.at('2026-11-27 10:05', 'agent.bj');
    const onBreak = await t.inject(agent, 'PUT', '/api/presence/me', { state: 'notReady' });
    expect(onBreak.json()).toMatchObject({ state: 'notReady', alertedPosts: ['热线9号席'] });
    const alerts = await sys.db
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'warn')
      .where('message_zh', 'like', '岗位「热线9号席」%')
      .execute();
    expect(alerts.map((a) => a.user_id)).toContain(ids.lead);

    const lead = await t.at('2026-11-27 10:16', 'teamlead.bj');
    const wall = (await t.inject(lead, 'GET', '/api/presence')).json() as {
      people: { userId: string; state: string; flag: string | null }[];
      posts: { post: string; staffed: boolean }[];
    };
    expect(wall.people.find((p) => p.userId === ids.agent)).toMatchObject({
      state: 'notReady',
      flag: 'longNotReady',
    });
    expect(wall.posts.find((p) => p.post === '热线9号席')).toMatchObject({ staffed: false });
    // The PBX reports the agent ready again by agent number; the post is staffed.
    const pbx = await t.at('2026-11-27 10:18', 'branchadmin.bj');
    const agentNo = (
      await sys.db
        .selectFrom('users')
        .select('agent_no')
        .where('id', '=', ids.agent)
        .executeTakeFirstOrThrow()
    ).agent_no;
    const fromCti = await t.inject(pbx, 'POST', '/api/cti/presence', { agentNo, state: 'ready' });
    expect(fromCti.json()).toMatchObject({ state: 'ready' });
    const lead2 = await t.at('2026-11-27 10:19', 'teamlead.bj');
    const after = (await t.inject(lead2, 'GET', '/api/presence')).json() as typeof wall;
    expect(after.posts.find((p) => p.post === '热线9号席')).toMatchObject({ staffed: true });
    const source = await sys.db
      .selectFrom('presence_events')
      .select('source')
      .where('user_id', '=', ids.agent)
      .orderBy('at', 'desc')
      .executeTakeFirstOrThrow();
    expect(source.source).toBe('cti');
    // An agent has no presence wall.
    expect(
      (await t.inject(await t.at('2026-11-27 10:17', 'agent.bj'), 'GET', '/api/presence')).statusCode,
    ).toBe(403);
  });
});

describe('equipment faults (seed 002 §八)', () => {
  it('reported → repairing → fixed with the repair record; fixed is final; another branch cannot see it', async () => {
    const agent = await t.at('2026-11-28 09:00', 'agent.bj');
    const f = (
      await t.inject(agent, 'POST', '/api/equipment-faults', {
        equipment: '耳麦',
        location: '热线1号席',
        description: '右耳无声',
      })
    ).json() as { id: string; status: string; version: number };
    expect(f.status).toBe('reported');
    const repair = (body: object) => t.inject(agent, 'POST', `/api/equipment-faults/${f.id}/repair`, body);
    const r1 = (await repair({ status: 'repairing', note: '已报修，信息部处理中', version: 1 })).json() as {
      version: number;
    };
    const r2 = (await repair({ status: 'fixed', note: '更换耳麦', version: r1.version })).json() as {
      status: string;
      version: number;
      repairRecord: { status: string; note: string }[];
    };
    expect(r2.status).toBe('fixed');
    expect(r2.repairRecord.map((e) => e.status)).toEqual(['repairing', 'fixed']);
    expect(refused(await repair({ status: 'repairing', note: '再修', version: r2.version }))).toEqual([
      409,
      'EQUIPMENT_FAULT_STATUS_NOT_ALLOWED',
    ]);
    const sh = await t.at('2026-11-28 09:10', 'agent.sh');
    expect(
      refused(
        await t.inject(sh, 'POST', `/api/equipment-faults/${f.id}/repair`, {
          status: 'fixed',
          note: 'x',
          version: 3,
        }),
      ),
    ).toEqual([404, 'EQUIPMENT_FAULT_NOT_FOUND']);
  });
});
