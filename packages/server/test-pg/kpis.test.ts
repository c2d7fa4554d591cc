import { COUNTER_NAMES, callCounters, sumCounters } from '@claimline/domain/kpis';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshKpis } from '../src/kpis/refresher.ts';
import { columnOf } from '../src/kpis/rollup.ts';
import { agentPeriodValues } from '../src/kpis/service.ts';
import { createCase, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let pbx: string;
let agent: string;
let lead: string;
let head: string;
let agentNo: string;
let agentId: string;
let bjId: string;

beforeAll(async () => {
  sys = await testSystem({ demoCases: 0 });
  pbx = await sys.login('branchadmin.bj');
  agent = await sys.login('agent.bj');
  lead = await sys.login('teamlead.bj');
  head = await sys.login('headoffice.ho');
  const u = await sys.db
    .selectFrom('users')
    .select(['id', 'agent_no', 'branch_id'])
    .where('username', '=', 'agent.bj')
    .executeTakeFirstOrThrow();
  agentNo = u.agent_no ?? '';
  agentId = u.id;
  bjId = u.branch_id;
});
afterAll(() => sys.close());

// 2026-11-22 09:00 Beijing, the test clock's day.
const T0 = Date.parse('2026-11-22T01:00:00Z');
const at = (s: number) => new Date(T0 + s * 1000).toISOString();
const cti = (body: object) =>
  sys.app.inject({ method: 'POST', url: '/api/cti/events', headers: { cookie: pbx }, payload: body });
const get = (url: string, cookie: string) => sys.app.inject({ url, headers: { cookie } });
type Value = { id: string; value: number | null; numerator: number; denominator: number | null };
const value = (res: { json(): { values: Value[] } }, id: string) =>
  res.json().values.find((v) => v.id === id);

describe('KPIs from the rollup', () => {
  beforeAll(async () => {
    // A: answered in the second ring and handled 120 s. B: rang 40 s, never answered, offered to nobody.
    // C: answered after 30 s (late), handled 60 s.
    await cti({ callId: 'K-A', event: 'ringing', at: at(0), branchCode: 'BJ' });
    await cti({ callId: 'K-A', event: 'answered', at: at(8), agentNo });
    await cti({ callId: 'K-A', event: 'ended', at: at(128), hungUpBy: 'customer' });
    await cti({ callId: 'K-B', event: 'ringing', at: at(100), branchCode: 'BJ' });
    await cti({ callId: 'K-B', event: 'ended', at: at(140), hungUpBy: 'customer' });
    await cti({ callId: 'K-C', event: 'ringing', at: at(200), branchCode: 'BJ' });
    await cti({ callId: 'K-C', event: 'answered', at: at(230), agentNo });
    await cti({ callId: 'K-C', event: 'ended', at: at(290), hungUpBy: 'agent' });
  });

  it('counts the call that rang and was never answered: offered, abandoned, a 3-ring miss', async () => {
    const res = await get('/api/kpis?scope=team&period=day&key=2026-11-22', lead);
    expect(res.statusCode).toBe(200);
    expect(value(res, 'answeredWithinRings')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(value(res, 'abandonment')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(value(res, 'averageSpeedOfAnswer')?.value).toBe(19);
    expect(value(res, 'averageHandlingTime')?.value).toBe(90);
    // The week and the quarter hold the same day; the agent's own figures leave out the call nobody was offered.
    const quarter = await get('/api/kpis?scope=team&period=quarter&key=2026-Q4', lead);
    expect(value(quarter, 'abandonment')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(quarter.json()).toMatchObject({ period: { from: '2026-10-01', to: '2026-12-31' } });
    const week = await get('/api/kpis?scope=team&period=week&key=2026-W47', lead);
    expect(week.json()).toMatchObject({ period: { from: '2026-11-16', to: '2026-11-22' } });
    expect(value(week, 'answeredWithinRings')).toMatchObject({ numerator: 1, denominator: 3 });
    const forAssessment = await agentPeriodValues(sys.deps, agentId, [bjId], 'month', '2026-11');
    expect(forAssessment.values.find((v) => v.id === 'answeredWithinRings')).toMatchObject({
      denominator: 2,
    });
    const mine = await get('/api/kpis?period=day&key=2026-11-22', agent);
    expect(value(mine, 'answeredWithinRings')).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
  });

  it('holds the SQL rollup to the domain formula over the raw calls', async () => {
    await refreshKpis(sys.deps);
    const raw = await sys.db
      .selectFrom('calls')
      .select(['ring_started_at', 'answered_at', 'ended_at', 'answered_within_rings'])
      .where('branch_id', '=', bjId)
      .where('direction', '=', 'inbound')
      .execute();
    const expected = sumCounters(
      raw.map((c) =>
        callCounters({
          ringStartedAt: c.ring_started_at,
          answeredAt: c.answered_at,
          endedAt: c.ended_at,
          answeredWithinRings: c.answered_within_rings,
        }),
      ),
    );
    const cols = COUNTER_NAMES.filter((n) => n.startsWith('calls') || n.endsWith('Ms'));
    const row = (
      await sql<
        Record<string, string>
      >`SELECT ${sql.raw(cols.map((n) => `sum(${columnOf(n)}) AS "${n}"`).join(', '))}
        FROM kpi_agent_days WHERE branch_id = ${bjId}`.execute(sys.db)
    ).rows[0];
    for (const n of cols) expect(Number(row?.[n]), n).toBe(expected[n]);
  });

  it('follows a late change: the resolved case moves first-contact resolution on the day it was resolved', async () => {
    const c = (await createCase(sys, agent)).json();
    const ev = (payload: object) =>
      sys.app.inject({
        method: 'POST',
        url: `/api/cases/${c.id}/events`,
        headers: { cookie: agent },
        payload,
      });
    await ev({ event: 'answer', version: 1, note: '已答复' });
    await ev({ event: 'resolve', version: 2, firstContactResolution: true });
    const res = await get('/api/kpis?period=month&key=2026-11', agent);
    expect(value(res, 'firstContactResolution')).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    expect(value(res, 'problemResolution')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(res.json()).toMatchObject({ period: { key: '2026-11', from: '2026-11-01', to: '2026-11-30' } });
    expect(res.json().workingDays).toBe(21);
  });

  it('keeps an agent to their own figures, and a lead to their scope', async () => {
    expect((await get('/api/kpis?scope=team', agent)).json().error.code).toBe('KPI_SCOPE_FORBIDDEN');
    expect((await get('/api/kpis?scope=branch', agent)).statusCode).toBe(403);
    expect((await get(`/api/kpis?scope=agent&id=${agentId}`, lead)).statusCode).toBe(200);
    const sh = await sys.db
      .selectFrom('branches')
      .select('id')
      .where('code', '=', 'SH')
      .executeTakeFirstOrThrow();
    expect((await get(`/api/kpis?scope=branch&id=${sh.id}`, lead)).statusCode).toBe(404);
    expect((await get('/api/kpis?period=week&key=2026-W60', agent)).json().error.code).toBe(
      'KPI_PERIOD_INVALID',
    );
  });

  it('drills down to the rows behind a bar', async () => {
    const res = await get(
      '/api/kpis/rows?source=calls&scope=team&from=2026-11-22&to=2026-11-22&state=abandoned',
      lead,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      total: 1,
      rows: [{ ref: 'K-B', state: 'abandoned', agentName: null }],
    });
    const late = await get('/api/kpis/rows?source=calls&from=2026-11-22&to=2026-11-22&state=late', agent);
    expect(late.json().rows.map((r: { ref: string }) => r.ref)).toEqual(['K-C']);
  });

  it('answers each role’s home page', async () => {
    const mine = await get('/api/home/agent', agent);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().days).toHaveLength(7);
    const team = await get('/api/home/team', lead);
    expect(team.statusCode).toBe(200);
    expect(team.json().agents.map((a: { agentId: string }) => a.agentId)).toContain(agentId);
    expect((await get('/api/home/team', agent)).statusCode).toBe(403);
    const branch = await get('/api/home/branch', await sys.login('supervisor.bj'));
    expect(branch.json().trend).toHaveLength(6);
    const branches = await get('/api/home/branches', head);
    const bj = branches.json().branches.find((b: { code: string }) => b.code === 'BJ');
    expect(bj.values.find((v: { id: string }) => v.id === 'answeredWithinRings')).toMatchObject({
      denominator: 3,
    });
    expect(branches.json().branches.map((b: { code: string }) => b.code)).toEqual(['BJ', 'SH']);
  });
});
