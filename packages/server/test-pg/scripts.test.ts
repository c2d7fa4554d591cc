import { DEFAULT_FORBIDDEN_PACK } from '@claimline/domain/scripts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery, createCase, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let agent: string;
let lead: string;
let manager: string;
beforeAll(async () => {
  sys = await testSystem({ demoCases: 0 });
  agent = await sys.login('agent.bj');
  lead = await sys.login('teamlead.bj');
  manager = await sys.login('servicemanager.bj');
});
afterAll(() => sys.close());

const get = (url: string, cookie: string) => sys.app.inject({ url, headers: { cookie } });
const send = (method: 'POST' | 'PUT', url: string, cookie: string, payload: unknown) =>
  sys.app.inject({ method, url, headers: { cookie }, payload: payload as object });

const forbiddenPack = (extra: object[] = [], allow = DEFAULT_FORBIDDEN_PACK.allowContexts) => ({
  phrases: [...DEFAULT_FORBIDDEN_PACK.phrases, ...extra],
  allowContexts: allow,
});
const noTime = {
  id: 'no-time',
  phrase: '我没空',
  alternative: '请您稍等，我马上为您处理。',
  severity: 'minor',
  source: 'authored',
  alternativeSource: 'authored',
};

describe('phrase packs: editable and versioned', () => {
  it('serves the shipped packs as version 0 with the values the agent desk fills in', async () => {
    const res = await get('/api/scripts/desk', agent);
    expect(res.statusCode).toBe(200);
    const desk = res.json();
    expect(desk.settings).toMatchObject({ lineName: '农保', ringSeconds: 5, answerWithinRings: 3 });
    expect(desk.agentNo).toMatch(/^\d+$/);
    expect(desk.standard.version).toBe(0);
    expect(desk.standard.data.situations.map((s: { id: string }) => s.id)).toContain('silentCall');
    expect(desk.forbidden.data.phrases).toHaveLength(DEFAULT_FORBIDDEN_PACK.phrases.length);
  });

  it('lets the service manager save a new version, and only on the latest one', async () => {
    const denied = await send('POST', '/api/scripts/packs/forbidden', agent, {
      baseVersion: 0,
      note: 'x',
      data: forbiddenPack([noTime]),
    });
    expect(denied.statusCode).toBe(403);
    const saved = await send('POST', '/api/scripts/packs/forbidden', manager, {
      baseVersion: 0,
      note: '新增 我没空',
      data: forbiddenPack([noTime]),
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(1);
    const stale = await send('POST', '/api/scripts/packs/forbidden', manager, {
      baseVersion: 0,
      note: 'stale',
      data: forbiddenPack(),
    });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'PACK_VERSION_CONFLICT']);
    const versions = (await get('/api/scripts/packs/forbidden/versions', agent)).json();
    expect(versions.items.map((v: { version: number }) => v.version)).toEqual([1, 0]);
    const v0 = (await get('/api/scripts/packs/forbidden/versions/0', agent)).json();
    expect(v0.data.phrases.map((p: { id: string }) => p.id)).not.toContain('no-time');
    expect((await get('/api/scripts/packs/forbidden/versions/7', agent)).statusCode).toBe(404);
    const audit = await adminQuery(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'script.pack.save'`,
      sys.dbName,
    );
    expect(audit.rows[0].n).toBe(1);
    // The new phrase is in force at once.
    const check = (await send('POST', '/api/scripts/check', agent, { text: '今天我没 空' })).json();
    expect(check.hits).toMatchObject([{ phraseId: 'no-time', start: 2, end: 6 }]);
    expect(check.version).toBe(1);
  });

  it('refuses a pack the matcher cannot use, with a stable code', async () => {
    const dupe = await send('POST', '/api/scripts/packs/forbidden', manager, {
      baseVersion: 1,
      note: 'dupe',
      data: forbiddenPack([{ ...noTime, id: 'dont-know' }]),
    });
    expect([dupe.statusCode, dupe.json().error.code]).toEqual([400, 'FORBIDDEN_PHRASE_DUPLICATE_ID']);
    const ctx = await send('POST', '/api/scripts/packs/forbidden', manager, {
      baseVersion: 1,
      note: 'ctx',
      data: forbiddenPack([], [{ context: '您好', reason: 'x', source: 'x' }]),
    });
    expect(ctx.json().error.code).toBe('ALLOW_CONTEXT_WITHOUT_PHRASE');
    const std = await send('POST', '/api/scripts/packs/standard', manager, {
      baseVersion: 0,
      note: 'bad',
      data: { variables: {}, situations: [{ id: 'x' }] },
    });
    expect(std.json().error.code).toBe('PHRASE_PACK_INVALID');
    const qa = await send('POST', '/api/scripts/packs/qa', manager, {
      baseVersion: 0,
      note: 'bad',
      data: { items: [] },
    });
    expect(qa.json().error.code).toBe('QA_CONFIG_INVALID');
  });

  it('edits the standard pack: the new wording is what the desk serves', async () => {
    const current = (await get('/api/scripts/packs/standard', agent)).json();
    const data = structuredClone(current.data);
    data.situations[0].steps[0].say = '您好，{lineName}客户服务专线，{agentNo}号为您服务！';
    const saved = await send('POST', '/api/scripts/packs/standard', manager, {
      baseVersion: 0,
      note: '问候语加“客户服务专线”',
      data,
    });
    expect(saved.statusCode).toBe(200);
    const desk = (await get('/api/scripts/desk', agent)).json();
    expect(desk.standard.version).toBe(1);
    expect(desk.standard.data.situations[0].steps[0].say).toContain('客户服务专线');
  });

  it('hotline settings: managers change them, {hours} in alternatives follows', async () => {
    expect(
      (
        await send('PUT', '/api/scripts/settings', agent, {
          lineName: 'x',
          ringSeconds: 5,
          answerWithinRings: 3,
          complaintReplyHours: 24,
        })
      ).statusCode,
    ).toBe(403);
    const put = await send('PUT', '/api/scripts/settings', manager, {
      lineName: '农保',
      ringSeconds: 5,
      answerWithinRings: 3,
      complaintReplyHours: 48,
    });
    expect(put.statusCode).toBe(200);
    const check = (await send('POST', '/api/scripts/check', agent, { text: '你去找总公司解决吧' })).json();
    expect(check.hits[0].alternative).toContain('48小时之内');
  });
});

describe('guard on customer-visible case text (server side)', () => {
  it('refuses an answer with a forbidden phrase, listing hits and alternatives; nothing is saved', async () => {
    const kase = (await createCase(sys, agent)).json();
    const res = await send('POST', `/api/cases/${kase.id}/events`, agent, {
      event: 'answer',
      version: kase.version,
      note: '这个我不-知-道，你自己看吧',
    });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.error.code).toBe('FORBIDDEN_PHRASE');
    expect(
      body.error.details.map((d: { phraseId: string; start: number; end: number }) => [
        d.phraseId,
        d.start,
        d.end,
      ]),
    ).toEqual([
      ['dont-know', 3, 8],
      ['see-for-yourself', 9, 13],
    ]);
    expect(body.error.details[0].alternative).toBeTruthy();
    expect(body.error.details[0].path).toBe('note');
    const after = (await get(`/api/cases/${kase.id}`, agent)).json();
    expect([after.status, after.version]).toEqual(['new', kase.version]);
  });

  it('accepts it with an override reason: logged, audited and counted for QA', async () => {
    const kase = (await createCase(sys, agent)).json();
    const res = await send('POST', `/api/cases/${kase.id}/events`, agent, {
      event: 'answer',
      version: kase.version,
      note: '客户原话：你们是不是不知道？已解释。',
      overrideReason: '引用客户原话',
    });
    expect(res.statusCode).toBe(200);
    const rows = await adminQuery(
      `SELECT field, reason, hits, case_id FROM guard_overrides WHERE case_id = '${kase.id}'`,
      sys.dbName,
    );
    expect(rows.rows).toEqual([
      {
        field: 'note',
        reason: '引用客户原话',
        hits: [{ phraseId: 'dont-know', start: 10, end: 13 }],
        case_id: kase.id,
      },
    ]);
    const audit = await adminQuery(
      `SELECT details FROM audit_log WHERE action = 'script.override' AND object_id = '${kase.id}'`,
      sys.dbName,
    );
    expect(audit.rows[0].details).toMatchObject({ field: 'note', phraseIds: ['dont-know'] });
    const list = (await get('/api/scripts/overrides', lead)).json();
    expect(list.items.some((o: { caseId: string }) => o.caseId === kase.id)).toBe(true);
    // Another branch's team lead does not see it.
    const shList = (await get('/api/scripts/overrides', await sys.login('teamlead.sh'))).json();
    expect(shList.items.some((o: { caseId: string }) => o.caseId === kase.id)).toBe(false);
    expect((await get('/api/scripts/overrides', agent)).statusCode).toBe(403);
  });

  it('guards notes too, and lets clean text and allow-listed contexts through', async () => {
    const kase = (await createCase(sys, agent)).json();
    const bad = await send('POST', `/api/cases/${kase.id}/notes`, agent, { note: '找我们领导解决' });
    expect(bad.json().error.code).toBe('FORBIDDEN_PHRASE');
    const ok = await send('POST', `/api/cases/${kase.id}/notes`, agent, {
      note: '如果您不知道保单号，可以提供车牌号',
    });
    expect(ok.statusCode).toBe(200);
    const tooShort = await send('POST', `/api/cases/${kase.id}/notes`, agent, {
      note: '找我们领导解决',
      overrideReason: ' ',
    });
    expect(tooShort.statusCode).toBe(400);
  });
});
