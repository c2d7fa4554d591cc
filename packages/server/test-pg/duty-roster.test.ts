import { randomUUID } from 'node:crypto';
import {
  DEFAULT_SERVICE_TARGET,
  erlangCAgents,
  scheduledAgents,
  trafficErlangs,
} from '@claimline/domain/duty';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUTY_SETTINGS } from '../src/duty/settings.ts';
import { type TestSystem, testSystem } from './helpers.ts';

/** Issue #16: the duty roster on a real database (seed 000 第一条, 第二条, 第三条). */
let sys: TestSystem;
let mgr: string;
const call = async (
  cookie: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
) => {
  const res = await sys.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
};
type Plan = {
  id: string;
  state: string;
  agents: { id: string; name: string }[];
  assignments: { id: string; agentId: string; date: string; shiftId: string }[];
  violations: { code: string; assignmentIds: string[] }[];
};
const userId = async (username: string) =>
  (await sys.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow())
    .id;

let seat: string;
let lead: string;
let day: string;
let side: string;
beforeAll(async () => {
  sys = await testSystem();
  mgr = await sys.login('servicemanager.sh');
  const post = await call(mgr, 'POST', '/api/duty/posts', {
    kind: 'hotlineSeat',
    nameZh: '专线坐席',
    nameEn: 'Hotline seat',
    staffed: [{ start: '09:00', end: '17:00' }],
    minAgents: 1,
  });
  expect(post.status, JSON.stringify(post.body)).toBe(201);
  seat = post.body.id as string;
  const other = await call(mgr, 'POST', '/api/duty/posts', {
    kind: 'dutyLead',
    nameZh: '值班长',
    nameEn: 'Duty lead',
    staffed: [],
    minAgents: 1,
  });
  lead = other.body.id as string;
  day = (
    await call(mgr, 'POST', '/api/duty/shifts', { postId: seat, code: 'D', start: '09:00', end: '17:00' })
  ).body.id as string;
  side = (
    await call(mgr, 'POST', '/api/duty/shifts', { postId: lead, code: 'L', start: '12:00', end: '16:00' })
  ).body.id as string;
});
afterAll(() => sys.close());

describe('shift templates', () => {
  it('a second template with the same code is refused with its own code, on create and on update', async () => {
    const again = await call(mgr, 'POST', '/api/duty/shifts', {
      postId: seat,
      code: 'D',
      start: '10:00',
      end: '18:00',
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'DUTY_SHIFT_CODE_EXISTS' } });
    const renamed = await call(mgr, 'PUT', `/api/duty/shifts/${side}`, {
      postId: lead,
      code: 'D',
      start: '12:00',
      end: '16:00',
    });
    expect(renamed.body).toMatchObject({ error: { code: 'DUTY_SHIFT_CODE_EXISTS' } });
  });
});

describe('the monthly duty plan', () => {
  let plan: Plan;
  it('a draft shows an empty post; double booking is answered as a violation on the cells', async () => {
    const res = await call(mgr, 'POST', '/api/duty/plans', { month: '2026-12' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    plan = res.body as unknown as Plan;
    expect(plan.violations.some((v) => v.code === 'EMPTY_POST')).toBe(true);
    const agent = await userId('agent.sh');
    await call(mgr, 'POST', `/api/duty/plans/${plan.id}/assignments`, {
      agentId: agent,
      shiftId: day,
      date: '2026-12-01',
    });
    const twice = await call(mgr, 'POST', `/api/duty/plans/${plan.id}/assignments`, {
      agentId: agent,
      shiftId: side,
      date: '2026-12-01',
    });
    expect(twice.status).toBe(200);
    const p = twice.body as unknown as Plan;
    const dbl = p.violations.find((v) => v.code === 'DOUBLE_BOOKED');
    expect(dbl?.assignmentIds).toHaveLength(2);
    expect((await call(mgr, 'POST', '/api/duty/plans', { month: '2026-12' })).body).toMatchObject({
      error: { code: 'DUTY_PLAN_EXISTS' },
    });
  });

  it('publish is refused with the list, then allowed after the proposal; every rostered agent is notified', async () => {
    const refused = await call(mgr, 'POST', `/api/duty/plans/${plan.id}/publish`);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('DOUBLE_BOOKED');
    const proposed = await call(mgr, 'POST', `/api/duty/plans/${plan.id}/propose`, { method: 'highs' });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
    expect(proposed.body.method).toBe('highs');
    plan = proposed.body.plan as unknown as Plan;
    expect(plan.violations).toEqual([]);
    const ok = await call(mgr, 'POST', `/api/duty/plans/${plan.id}/publish`);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.state).toBe('published');
    const rostered = [...new Set(plan.assignments.map((a) => a.agentId))];
    const notes = await sys.db
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'dutyPlanPublished')
      .execute();
    expect(new Set(notes.map((n) => n.user_id))).toEqual(new Set(rostered));
    expect(
      (
        await call(mgr, 'POST', `/api/duty/plans/${plan.id}/assignments`, {
          agentId: rostered[0],
          shiftId: day,
          date: '2026-12-02',
        })
      ).body,
    ).toMatchObject({ error: { code: 'DUTY_PLAN_PUBLISHED' } });
  });

  it('approved leave hands the assignments to the named replacement; the plan is re-checked', async () => {
    const manager = await sys.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'servicemanager.sh')
      .executeTakeFirstOrThrow();
    // Someone other than the deciding manager, and a replacement other than the manager too.
    const a = plan.assignments.find((x) => x.date >= '2026-12-10' && x.agentId !== manager.id)!;
    const who = plan.agents.find((x) => x.id === a.agentId)!;
    const username = (
      await sys.db.selectFrom('users').select('username').where('id', '=', who.id).executeTakeFirstOrThrow()
    ).username;
    const replacement = plan.agents.find((x) => x.id !== who.id && x.id !== manager.id)!;
    const me = await sys.login(username);
    const asked = await call(me, 'POST', '/api/duty/leave', {
      fromDay: a.date,
      toDay: a.date,
      reason: '病假',
      replacementId: replacement.id,
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(
      (await call(me, 'POST', `/api/duty/leave/${asked.body.id}/decision`, { approve: true })).status,
    ).toBe(403);
    const decided = await call(mgr, 'POST', `/api/duty/leave/${asked.body.id}/decision`, { approve: true });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(Array.isArray(decided.body.violations)).toBe(true);
    const row = await sys.db
      .selectFrom('duty_assignments')
      .select('user_id')
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row.user_id).toBe(replacement.id);
  });

  it('nobody decides a leave request of their own', async () => {
    const other = plan.agents.find((x) => x.id !== plan.agents[0]?.id)!;
    const own = await call(mgr, 'POST', '/api/duty/leave', {
      fromDay: '2026-12-20',
      toDay: '2026-12-20',
      reason: '事假',
      replacementId: other.id,
    });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const decided = await call(mgr, 'POST', `/api/duty/leave/${own.body.id}/decision`, { approve: true });
    expect(decided.status).toBe(403);
    expect(decided.body).toMatchObject({ error: { code: 'DUTY_OWN_REQUEST' } });
  });

  it('a swap takes effect only once approved, and is marked approved in the plan', async () => {
    const managerId = await userId('servicemanager.sh');
    // One still held by its planned agent (the leave above may have handed one over), not the manager's.
    const held = new Map(
      (
        await sys.db
          .selectFrom('duty_assignments')
          .select(['id', 'user_id'])
          .where('plan_id', '=', plan.id)
          .execute()
      ).map((r) => [r.id, r.user_id]),
    );
    const a = plan.assignments.find(
      (x) => x.date >= '2026-12-15' && x.agentId !== managerId && held.get(x.id) === x.agentId,
    )!;
    const username = (
      await sys.db
        .selectFrom('users')
        .select('username')
        .where('id', '=', a.agentId)
        .executeTakeFirstOrThrow()
    ).username;
    const to = plan.agents.find((x) => x.id !== a.agentId && x.id !== managerId)!;
    const me = await sys.login(username);
    const asked = await call(me, 'POST', '/api/duty/swaps', {
      assignmentId: a.id,
      toUserId: to.id,
      reason: '家中有事',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    let row = await sys.db
      .selectFrom('duty_assignments')
      .selectAll()
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row.user_id).toBe(a.agentId);
    expect(
      (await call(mgr, 'POST', `/api/duty/swaps/${asked.body.id}/decision`, { approve: true })).status,
    ).toBe(200);
    row = await sys.db
      .selectFrom('duty_assignments')
      .selectAll()
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      user_id: to.id,
      swap_replaces: a.agentId,
      swap_approved_by: await userId('servicemanager.sh'),
    });
  });

  it('another branch gets 404', async () => {
    const bj = await sys.login('servicemanager.bj');
    expect((await call(bj, 'GET', `/api/duty/plans/${plan.id}`)).status).toBe(404);
    expect((await call(bj, 'POST', `/api/duty/plans/${plan.id}/publish`)).status).toBe(404);
    const sh = (
      await sys.db.selectFrom('branches').select('id').where('code', '=', 'SH').executeTakeFirstOrThrow()
    ).id;
    expect((await call(bj, 'GET', `/api/duty/setup?branchId=${sh}`)).status).toBe(404);
  });

  it('setup items a published plan uses cannot be deleted (the months are named); an unused one can', async () => {
    const month = ((await call(mgr, 'GET', `/api/duty/plans/${plan.id}`)).body as { month: string }).month;
    const shift = await call(mgr, 'DELETE', `/api/duty/shifts/${day}`);
    expect([shift.status, (shift.body.error as { code: string }).code]).toEqual([
      409,
      'DUTY_IN_PUBLISHED_PLAN',
    ]);
    expect((shift.body.error as { details?: { months: string[] } }).details?.months).toEqual([month]);
    expect((await call(mgr, 'DELETE', `/api/duty/posts/${seat}`)).status).toBe(409);
    const spare = await call(mgr, 'POST', '/api/duty/shifts', {
      postId: seat,
      code: 'X',
      start: '13:00',
      end: '17:00',
    });
    expect((await call(mgr, 'DELETE', `/api/duty/shifts/${spare.body.id as string}`)).body).toEqual({
      deleted: true,
    });
    const setup = (await call(mgr, 'GET', '/api/duty/setup')).body as { shifts: { code: string }[] };
    expect(setup.shifts.map((s) => s.code)).not.toContain('X');
    // Skills: the posts here need none beyond the defaults, so a rostered agent's record may go (back to defaults).
    const rostered = plan.assignments[0]?.agentId ?? '';
    await call(mgr, 'PUT', `/api/duty/agents/${rostered}/skills`, {
      skills: ['hotline', 'dialects'],
      maxHoursPerWeek: 40,
    });
    expect((await call(mgr, 'DELETE', `/api/duty/agents/${rostered}/skills`)).body).toEqual({
      deleted: true,
    });
    // A published shift on a post needing 'claims' keeps the recorded skills of the agent on it.
    const desk = await call(mgr, 'POST', '/api/duty/posts', {
      kind: 'claimsDesk',
      nameZh: '理赔柜面',
      nameEn: 'Claims desk',
      skills: ['claims'],
      staffed: [{ start: '09:00', end: '12:00' }],
      minAgents: 1,
    });
    const deskShift = await call(mgr, 'POST', '/api/duty/shifts', {
      postId: desk.body.id,
      code: 'K',
      start: '09:00',
      end: '12:00',
    });
    await call(mgr, 'PUT', `/api/duty/agents/${rostered}/skills`, {
      skills: ['hotline', 'claims'],
      maxHoursPerWeek: 40,
    });
    await sys.db
      .insertInto('duty_assignments')
      .values({
        id: randomUUID(),
        plan_id: plan.id,
        user_id: rostered,
        shift_id: deskShift.body.id as string,
        day: `${month}-28`,
        swap_replaces: null,
        swap_approved_by: null,
        created_at: new Date(),
      })
      .execute();
    const kept = await call(mgr, 'DELETE', `/api/duty/agents/${rostered}/skills`);
    expect([kept.status, (kept.body.error as { code: string }).code]).toEqual([
      409,
      'DUTY_IN_PUBLISHED_PLAN',
    ]);
    const audit = await sys.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['duty.shift.delete', 'duty.post.delete'])
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['duty.shift.delete']);
  });
});

describe('staffing forecast', () => {
  it('counts seeded calls per interval, forecasts the same weekday and sizes it with Erlang C', async () => {
    const sh = (
      await sys.db.selectFrom('branches').select('id').where('code', '=', 'SH').executeTakeFirstOrThrow()
    ).id;
    await sys.db
      .deleteFrom('calls')
      .where('branch_id', '=', sh)
      .execute()
      .catch(() => undefined);
    // 40 calls between 10:00 and 10:30 Beijing time on each of the four Mondays before 2026-11-23.
    const rows = [];
    for (const monday of ['2026-11-16', '2026-11-09', '2026-11-02', '2026-10-26'])
      for (let i = 0; i < 40; i++) {
        const at = new Date(Date.parse(`${monday}T02:00:00Z`) + i * 30_000);
        rows.push({
          id: randomUUID(),
          call_id: randomUUID(),
          branch_id: sh,
          direction: 'inbound' as const,
          queue: null,
          line_name: 'test',
          caller_masked: null,
          caller_enc: null,
          caller_bidx: null,
          agent_id: null,
          state: 'ended' as const,
          events: [],
          ring_started_at: at,
          answered_at: at,
          ended_at: at,
          hung_up_by: null,
          rings: 1,
          answered_within_rings: true,
          silent_log: null,
          simulated: true,
          created_at: at,
          updated_at: at,
        });
      }
    await sys.db.insertInto('calls').values(rows).execute();
    const res = await call(mgr, 'GET', '/api/duty/forecast?date=2026-11-23');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const iv = (
      res.body.intervals as { interval: number; calls: number; needed: number; under: boolean }[]
    )[20]!;
    const traffic = trafficErlangs(40, DUTY_SETTINGS.ahtSeconds, 1800);
    const needed = scheduledAgents(erlangCAgents(traffic, DUTY_SETTINGS.ahtSeconds, DEFAULT_SERVICE_TARGET));
    expect(iv.calls).toBeCloseTo(40);
    expect(iv.needed).toBe(needed);
    expect(iv.under).toBe(true);
    expect(res.body.dayClass).toBe('mon');
    expect(res.body.basedOn).toEqual(['2026-11-16', '2026-11-09', '2026-11-02', '2026-10-26']);
  });
});
