import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, type TestSystem, testSystem } from './helpers.ts';

/**
 * Issue #17 part 7, "QA that holds": the probe that turned a QA failure into a pass by replacing the transcript
 * of one's own call, and the silent-call log that turned "customer hung up first" into n/a on a spoken call.
 */
let sys: TestSystem;
let agent: string;
let lead: string;
let pbx: string;
let agentNo: string;
beforeAll(async () => {
  sys = await testSystem({ demoCases: 0 });
  agent = await sys.login('agent.bj');
  lead = await sys.login('teamlead.bj');
  pbx = await sys.login('branchadmin.bj');
  agentNo = (
    await sys.db
      .selectFrom('users')
      .select('agent_no')
      .where('username', '=', 'agent.bj')
      .executeTakeFirstOrThrow()
  ).agent_no!;
});
afterAll(() => sys.close());

const send = (method: 'POST' | 'PUT', url: string, cookie: string, payload: object) =>
  sys.app.inject({ method, url, headers: { cookie }, payload });
const get = (url: string, cookie: string) => sys.app.inject({ url, headers: { cookie } });
const count = async (sql: string) => (await adminQuery(sql, sys.dbName)).rows[0].n as number;
const T0 = Date.parse('2026-11-22T01:00:00Z');
const at = (s: number) => new Date(T0 + s * 1000).toISOString();
const cti = (body: object) => send('POST', '/api/cti/events', pbx, body);
type Item = { id: string; result: string };
const resultOf = (call: { scorecard: { card: { items: Item[] } } }, id: string) =>
  call.scorecard.card.items.find((i) => i.id === id)?.result;

const perfect = (no: string) => ({
  text: [
    `[00:01] 坐席：您好，农保，${no}号为您服务！`,
    '[00:05] 客户：我想问一下理赔进度。',
    '[00:12] 坐席：好的，请问还有什么可以帮助您？感谢您的来电，再见！',
  ].join('\n'),
});

describe('transcripts are versioned; never the call’s own agent', () => {
  let id = '';
  let failing = 0;

  it('the probe: the agent’s PUT on their own call is refused and the score stays', async () => {
    const call = (await send('POST', '/api/calls/simulate', agent, { scenario: 'forbidden' })).json();
    id = call.id;
    failing = call.scorecard.score;
    expect(failing).toBeLessThan(60);
    // Version 1 scored before the PBX said who hung up (the probe's 46.2); the agent's hang-up rescored it.
    const v1 = call.transcriptVersions[0];
    expect(v1).toMatchObject({ version: 1, source: 'simulator' });
    expect(call.scoreHistory.map((h: { cause: string }) => h.cause)).toEqual(['transcript', 'hangUp']);
    expect(call.scoreHistory[1]).toMatchObject({ scoreBefore: v1.score, scoreAfter: failing });
    const res = await send('PUT', `/api/calls/${id}/transcript`, agent, perfect(agentNo));
    expect([res.statusCode, res.json().error.code]).toEqual([403, 'TRANSCRIPT_OWN_CALL']);
    expect(res.json().error.message).toMatch(/不能为自己接听的通话/);
    const withReason = await send('PUT', `/api/calls/${id}/transcript`, agent, {
      ...perfect(agentNo),
      reason: '识别错误',
    });
    expect(withReason.json().error.code).toBe('TRANSCRIPT_OWN_CALL');
    const after = (await get(`/api/calls/${id}`, agent)).json();
    expect(after.scorecard.score).toBe(failing);
    expect(after.transcriptVersions).toHaveLength(1);
  });

  it('a team lead with qa.review is refused on a call they answered themselves', async () => {
    const own = (await send('POST', '/api/calls/simulate', lead, { scenario: 'forbidden' })).json();
    const res = await send('PUT', `/api/calls/${own.id}/transcript`, lead, {
      ...perfect(own.agent.agentNo),
      reason: '自己更正',
    });
    expect([res.statusCode, res.json().error.code]).toEqual([403, 'TRANSCRIPT_OWN_CALL']);
  });

  it('nobody else: a claims handler is refused, an auditor never reaches it', async () => {
    const other = await send('PUT', `/api/calls/${id}/transcript`, await sys.login('claimshandler.bj'), {
      ...perfect(agentNo),
    });
    expect([other.statusCode, other.json().error.code]).toEqual([403, 'TRANSCRIPT_SOURCE_FORBIDDEN']);
  });

  it('the CTI account adds version 2: rescored, with a history row and a qa.rescore audit', async () => {
    const res = await send('PUT', `/api/calls/${id}/transcript`, pbx, perfect(agentNo));
    expect(res.statusCode).toBe(200);
    const call = res.json();
    expect(call.transcript).toMatchObject({ version: 2, source: 'cti' });
    expect(call.transcriptVersions.map((v: { source: string }) => v.source)).toEqual(['simulator', 'cti']);
    const rescored = call.scorecard.score;
    expect(rescored).toBeGreaterThan(failing);
    expect(call.transcriptVersions[1]).toMatchObject({ version: 2, score: rescored, reason: null });
    expect(call.scoreHistory.at(-1)).toMatchObject({
      cause: 'transcript',
      transcriptVersion: 2,
      scoreBefore: failing,
      scoreAfter: rescored,
      actor: expect.any(String),
    });
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'qa.rescore' AND object_id = '${id}'`,
      ),
    ).toBeGreaterThanOrEqual(1);
  });

  it('a reviewer’s correction needs a reason, is kept as version 3 and audited with it', async () => {
    const none = await send('PUT', `/api/calls/${id}/transcript`, lead, perfect(agentNo));
    expect([none.statusCode, none.json().error.code]).toEqual([400, 'TRANSCRIPT_REASON_REQUIRED']);
    const res = await send('PUT', `/api/calls/${id}/transcript`, lead, {
      text: `[00:01] 坐席：您好，农保，${agentNo}号为您服务！\n[00:09] 坐席：这个我不知道。再见`,
      reason: '转写漏掉第二句，按录音更正',
    });
    expect(res.statusCode).toBe(200);
    const call = res.json();
    expect(call.transcriptVersions[2]).toMatchObject({
      version: 3,
      source: 'reviewer',
      reason: '转写漏掉第二句，按录音更正',
    });
    expect(call.scoreHistory.at(-1)).toMatchObject({
      cause: 'transcript',
      reason: '转写漏掉第二句，按录音更正',
    });
    const audit = await adminQuery(
      `SELECT details FROM audit_log WHERE action = 'call.transcript' AND object_id = '${id}' ORDER BY id`,
      sys.dbName,
    );
    expect(audit.rows.at(-1).details).toMatchObject({
      version: 3,
      source: 'reviewer',
      reason: expect.any(String),
    });
  });

  it('versions and score history are append-only in the database', async () => {
    await expect(
      adminQuery(`UPDATE transcript_versions SET reason = 'x' WHERE call_id = '${id}'`, sys.dbName),
    ).rejects.toThrow(/append-only/);
    await expect(
      adminQuery(`DELETE FROM qa_score_history WHERE call_id = '${id}'`, sys.dbName),
    ).rejects.toThrow(/append-only/);
  });

  it('a reviewer’s override and a hang-up event leave history rows too', async () => {
    const call = (await get(`/api/calls/${id}`, lead)).json();
    await send('POST', `/api/calls/${id}/review`, lead, {
      version: call.scorecard.version,
      overrides: [{ id: 'closing', result: 'pass', comment: '结束语已说，转写漏字' }],
    });
    const reviewed = (await get(`/api/calls/${id}`, lead)).json();
    expect(reviewed.scoreHistory.at(-1)).toMatchObject({
      cause: 'review',
      reason: expect.stringContaining('结束语已说'),
      scoreBefore: call.scorecard.score,
      scoreAfter: reviewed.scorecard.score,
    });
  });
});

describe('the silent-call log is checked against the transcript and the PBX', () => {
  const silentLog = {
    entries: [
      { step: 0, atMs: 0 },
      { step: 1, atMs: 5000 },
      { step: 2, atMs: 10_000 },
    ],
    hungUpAtMs: 15_000,
    customerSpoke: false,
  };
  const spoken = perfect('0000');

  it('is refused on a call whose transcript has the customer speaking', async () => {
    const id = (await cti({ callId: 'QH-1', event: 'answered', at: at(3), agentNo, branchCode: 'BJ' })).json()
      .id;
    await send('PUT', `/api/calls/${id}/transcript`, pbx, spoken);
    const res = await send('POST', `/api/calls/${id}/silent-protocol`, agent, silentLog);
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'SILENT_CALL_CONTRADICTED']);
    expect(res.json().error.details.contradictions).toContain('CUSTOMER_TURNS');
    expect((await get(`/api/calls/${id}`, agent)).json().silentLog).toBeNull();
  });

  it('logged before the evidence, it no longer turns “customer hung up first” into n/a, and is flagged', async () => {
    const id = (await cti({ callId: 'QH-2', event: 'answered', at: at(0), agentNo, branchCode: 'BJ' })).json()
      .id;
    expect((await send('POST', `/api/calls/${id}/silent-protocol`, agent, silentLog)).statusCode).toBe(200);
    await cti({ callId: 'QH-2', event: 'ended', at: at(95), hungUpBy: 'agent' });
    const call = (await send('PUT', `/api/calls/${id}/transcript`, pbx, spoken)).json();
    expect(resultOf(call, 'customerHungUpFirst')).toBe('fail');
    expect(call.silentCheck.contradictions).toEqual(['CUSTOMER_TURNS', 'TALK_TIME']);
  });

  it('a silent call that is silent on every record still excuses the protocol hang-up', async () => {
    const id = (await cti({ callId: 'QH-3', event: 'answered', at: at(0), agentNo, branchCode: 'BJ' })).json()
      .id;
    expect((await send('POST', `/api/calls/${id}/silent-protocol`, agent, silentLog)).statusCode).toBe(200);
    await cti({ callId: 'QH-3', event: 'ended', at: at(15), hungUpBy: 'agent' });
    const call = (
      await send('PUT', `/api/calls/${id}/transcript`, pbx, {
        text: `[00:00] 坐席：您好，农保，${agentNo}号为您服务！\n[00:10] 坐席：您的电话没有声音，请您重新拨打。再见`,
      })
    ).json();
    expect(resultOf(call, 'customerHungUpFirst')).toBe('na');
    expect(call.silentCheck.contradictions).toEqual([]);
    const late = await send('POST', `/api/calls/${id}/silent-protocol`, agent, {
      ...silentLog,
      hungUpAtMs: 60_000,
    });
    expect(late.json().error.details.contradictions).toEqual(['TALK_TIME']);
  });
});
