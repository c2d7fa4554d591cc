import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let agent: string;
let lead: string;
let callId: string;
beforeAll(async () => {
  sys = await testSystem({ demoCases: 0 });
  agent = await sys.login('agent.bj');
  lead = await sys.login('teamlead.bj');
  const res = await sys.app.inject({
    method: 'POST',
    url: '/api/calls/simulate',
    headers: { cookie: agent },
    payload: { scenario: 'forbidden' },
  });
  callId = res.json().id;
});
afterAll(() => sys.close());

const send = (method: 'POST' | 'PUT', url: string, cookie: string, payload: object) =>
  sys.app.inject({ method, url, headers: { cookie }, payload });
const get = (url: string, cookie: string) => sys.app.inject({ url, headers: { cookie } });
type Item = { id: string; result: string; review?: { original: string; comment: string } };
const itemOf = (call: { scorecard: { card: { items: Item[] } } }, id: string) =>
  call.scorecard.card.items.find((i) => i.id === id);

describe('manual QA review', () => {
  it('a reviewer overrides an item with a comment; the automatic card stays beside it', async () => {
    const before = (await get(`/api/calls/${callId}`, lead)).json();
    expect(itemOf(before, 'customerHungUpFirst')?.result).toBe('fail');
    const res = await send('POST', `/api/calls/${callId}/review`, lead, {
      version: before.scorecard.version,
      overrides: [{ id: 'customerHungUpFirst', result: 'na', comment: '客户挂机信号丢失，无法判断' }],
    });
    expect(res.statusCode).toBe(200);
    const after = res.json();
    expect(itemOf(after, 'customerHungUpFirst')).toMatchObject({
      result: 'na',
      review: { original: 'fail' },
    });
    expect(after.scorecard.autoScore).toBe(before.scorecard.score);
    expect(after.scorecard.score).toBeGreaterThan(before.scorecard.score);
    expect(after.scorecard.reviews).toHaveLength(1);
    expect(after.scorecard.reviewedAt).not.toBeNull();
    const audit = await adminQuery(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'qa.review' AND object_id = '${callId}'`,
      sys.dbName,
    );
    expect(audit.rows[0].n).toBe(1);
    const stale = await send('POST', `/api/calls/${callId}/review`, lead, {
      version: before.scorecard.version,
      overrides: [{ id: 'closing', result: 'pass', comment: 'x' }],
    });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'SCORECARD_VERSION_CONFLICT']);
  });

  it('keeps the review when the call is rescored (a new transcript)', async () => {
    const call = (await get(`/api/calls/${callId}`, agent)).json();
    const turns = call.transcript.turns.map((t: object) => t);
    const res = await send('PUT', `/api/calls/${callId}/transcript`, lead, { turns, reason: '重新转写' });
    expect(itemOf(res.json(), 'customerHungUpFirst')).toMatchObject({
      result: 'na',
      review: { original: 'fail' },
    });
  });

  it('is for reviewers only, needs a comment and a card', async () => {
    const call = (await get(`/api/calls/${callId}`, agent)).json();
    const asAgent = await send('POST', `/api/calls/${callId}/review`, agent, {
      version: call.scorecard.version,
      overrides: [{ id: 'closing', result: 'pass', comment: '自评' }],
    });
    expect(asAgent.statusCode).toBe(403);
    const noComment = await send('POST', `/api/calls/${callId}/review`, lead, {
      version: call.scorecard.version,
      overrides: [{ id: 'closing', result: 'pass', comment: ' ' }],
    });
    expect(noComment.statusCode).toBe(400);
    const silent = (await send('POST', '/api/calls/simulate', agent, { scenario: 'silent' })).json();
    const none = await send('POST', `/api/calls/${silent.id}/review`, lead, {
      version: 1,
      overrides: [{ id: 'closing', result: 'pass', comment: 'x' }],
    });
    expect(none.json().error.code).toBe('SCORECARD_NOT_FOUND');
    const shLead = await sys.login('teamlead.sh');
    const other = await send('POST', `/api/calls/${callId}/review`, shLead, {
      version: call.scorecard.version,
      overrides: [{ id: 'closing', result: 'pass', comment: 'x' }],
    });
    expect(other.json().error.code).toBe('CALL_NOT_FOUND');
  });
});

describe('per-agent QA list and trend', () => {
  it('lists the agent with mean score, hits and overrides; another branch sees none of it', async () => {
    await send('POST', '/api/calls/simulate', agent, { scenario: 'standard' });
    const list = (await get('/api/qa/agents?days=7', lead)).json();
    const me = list.items.find(
      (i: { agentNo: string | null; calls: number }) => i.agentNo !== null && i.calls >= 2,
    );
    expect(me).toMatchObject({ calls: 2, reviewed: 1, withinRingsPct: 100 });
    expect(me.forbiddenHits).toBeGreaterThanOrEqual(3);
    const trend = (await get(`/api/qa/trend?days=7&agentId=${me.agentId}`, lead)).json();
    expect(trend.items).toHaveLength(1);
    expect(trend.items[0]).toMatchObject({ day: '2026-11-22', calls: 2 });
    const sh = (await get('/api/qa/agents?days=7', await sys.login('teamlead.sh'))).json();
    expect(sh.items).toEqual([]);
    expect((await get('/api/qa/agents', agent)).statusCode).toBe(403);
  });
});

describe('demo calls', () => {
  it('seeds scored calls across agents and days through the simulator path', async () => {
    const { seedDemoCalls } = await import('../src/seed/demo-calls.ts');
    const before = await adminQuery('SELECT count(*)::int AS n FROM qa_scorecards', sys.dbName);
    await seedDemoCalls(sys.deps, 7);
    const after = await adminQuery(
      `SELECT count(*)::int AS n, count(DISTINCT agent_id)::int AS agents FROM qa_scorecards`,
      sys.dbName,
    );
    expect(after.rows[0].n - before.rows[0].n).toBe(7);
    expect(after.rows[0].agents).toBeGreaterThan(1);
    const ho = await sys.login('headoffice.ho');
    const trend = (await get('/api/qa/trend?days=30', ho)).json();
    expect(trend.items.length).toBeGreaterThan(3);
  });
});
