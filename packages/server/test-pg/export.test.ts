import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody } from './complaints-support.ts';
import { consultation, createCase, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let agentBj: string;
let agentSh: string;
let faxCaseNumber: string;
beforeAll(async () => {
  sys = await testSystem({ demoCases: 30 });
  agentBj = await sys.login('agent.bj');
  agentSh = await sys.login('agent.sh');
  const fax = await createCase(
    sys,
    agentBj,
    consultation({ channel: 'fax', subject: '=HYPERLINK("http://x")导出', customerName: '欧阳娜娜' }),
  );
  faxCaseNumber = fax.json().number;
  await createCase(sys, agentSh, consultation({ channel: 'fax', subject: '上海传真案件' }));
});
afterAll(() => sys.close());

const get = (url: string, cookie: string) => sys.app.inject({ url, headers: { cookie } });

const parseCsv = (text: string): string[][] => parse(text, { relaxColumnCount: false });

const readXlsx = async (body: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return rows;
};

describe('case list export', () => {
  it('CSV: BOM, Chinese headers, labels, the list filters and branch scope, masked names, escaped formulas', async () => {
    const res = await get('/api/exports/cases?format=csv&channel=fax&lang=zh', agentBj);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('服务案件'));
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(res.body.slice(1));
    expect(header?.slice(0, 4)).toEqual(['案件编号', '类型', '渠道', '状态']);
    const list = (await get('/api/cases?channel=fax&pageSize=200', agentBj)).json();
    expect(rows.map((r) => r[0])).toEqual(list.items.map((i: { number: string }) => i.number));
    expect(rows.every((r) => r[2] === '传真')).toBe(true);
    expect(res.body).not.toContain('上海传真案件');
    const mine = rows.find((r) => r[0] === faxCaseNumber);
    expect(mine?.[1]).toBe('咨询');
    expect(mine?.[4]).toBe(`'=HYPERLINK("http://x")导出`);
    expect(mine?.[5]).not.toContain('欧阳娜娜');
    expect(res.body).not.toContain('13812345678');
    // Beijing time: the frozen clock is 10:00 in Beijing.
    expect(mine?.[9]).toBe('2026-11-22 10:00:00');
  });

  it('XLSX reads back with English headers when asked, and the same rows', async () => {
    const res = await get('/api/exports/cases?format=xlsx&channel=fax&lang=en', agentBj);
    expect(res.statusCode).toBe(200);
    const rows = await readXlsx(res.rawPayload);
    expect(rows[0]?.slice(0, 3)).toEqual(['Case number', 'Kind', 'Channel']);
    expect(rows.slice(1).map((r) => r[0])).toContain(faxCaseNumber);
    expect(rows.slice(1).every((r) => r[2] === 'Fax')).toBe(true);
  });

  it('pages through every row (keyset), as many as the list counts', async () => {
    const res = await get('/api/exports/cases?format=csv', agentBj);
    const total = (await get('/api/cases?pageSize=1&count=true', agentBj)).json().total;
    expect(parseCsv(res.body.slice(1))).toHaveLength(total + 1);
  });

  it('is audited: who, which list, which filters, how many rows', async () => {
    await get('/api/exports/cases?format=csv&channel=fax&status=new', agentBj);
    // The audit row is written once the last byte is out, just after the response ends.
    const latest = () =>
      sys.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'export.run')
        .where(sql<boolean>`details->'filters'->>'status' = 'new'`)
        .executeTakeFirst();
    let row = await latest();
    for (let i = 0; i < 40 && !row; i++) {
      await new Promise((r) => setTimeout(r, 50));
      row = await latest();
    }
    if (!row) throw new Error('no audit row');
    expect(row.actor_name).toBeTruthy();
    expect(row).toMatchObject({ object_type: 'export', object_id: 'cases', result: 'success' });
    const details = row.details as { filters: Record<string, string>; rows: number; format: string };
    expect(details.filters).toEqual({ channel: 'fax', status: 'new' });
    expect(details.rows).toBeGreaterThan(0);
    expect(details.format).toBe('csv');
  });

  it('claim reports export only cases of kind 报案', async () => {
    const res = await get('/api/exports/claim-reports?format=csv', agentBj);
    expect(res.statusCode).toBe(200);
    expect(parseCsv(res.body.slice(1))[0]).not.toContain('类型');
    expect(res.body).not.toContain(faxCaseNumber);
  });
});

describe('background export', () => {
  it('reports progress, then the file; only its starter sees it', async () => {
    const started = await sys.app.inject({
      method: 'POST',
      url: '/api/exports/cases/jobs?format=xlsx&channel=fax',
      headers: { cookie: agentBj },
    });
    expect(started.statusCode).toBe(200);
    const job = started.json();
    expect(job.total).toBeGreaterThan(0);
    let state = job.state;
    for (let i = 0; i < 50 && state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = (await get(`/api/export-jobs/${job.id}`, agentBj)).json().state;
    }
    const done = (await get(`/api/export-jobs/${job.id}`, agentBj)).json();
    expect(done).toMatchObject({ state: 'done', done: done.total });
    expect((await get(`/api/export-jobs/${job.id}`, agentSh)).statusCode).toBe(404);
    expect((await get(`/api/export-jobs/${job.id}/file`, agentSh)).statusCode).toBe(404);
    const file = await get(`/api/export-jobs/${job.id}/file`, agentBj);
    expect(file.statusCode).toBe(200);
    const rows = await readXlsx(file.rawPayload);
    expect(rows[0]?.[0]).toBe('案件编号');
    expect(rows).toHaveLength(done.total + 1);
  });
});

describe('other lists', () => {
  it('calls: the list filters (mine), masked caller, labels', async () => {
    const sim = await sys.app.inject({
      method: 'POST',
      url: '/api/calls/simulate',
      headers: { cookie: agentBj },
      payload: { scenario: 'claimReport' },
    });
    expect(sim.statusCode).toBe(200);
    const call = sim.json();
    const res = await get('/api/exports/calls?format=csv&mine=true', agentBj);
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = parseCsv(res.body.slice(1));
    expect(header?.slice(0, 4)).toEqual(['通话编号', '方向', '来电号码', '队列']);
    const mine = rows.find((r) => r[0] === call.callId);
    expect(mine?.[1]).toBe('呼入');
    expect(mine?.[2]).toBe(call.callerMasked);
    expect(mine?.[3]).toBe('报案专线');
    const list = (await get('/api/calls?mine=true&pageSize=200', agentBj)).json();
    expect(rows).toHaveLength(list.total);
    expect((await get('/api/exports/calls?format=csv&mine=true', agentSh)).body).not.toContain(call.callId);
  });

  it('audit log: only for those who may read it, with action words', async () => {
    expect((await get('/api/exports/audit?format=csv', agentBj)).statusCode).toBe(403);
    const auditor = await sys.login('auditor.ho');
    const res = await get('/api/exports/audit?format=csv&action=export.run', auditor);
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = parseCsv(res.body.slice(1));
    expect(header?.[3]).toBe('操作');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[3] === '导出列表' && r[4] === '导出')).toBe(true);
  });

  it('complaints: the board filters and scope, masked complainant, labels', async () => {
    const intake = await sys.app.inject({
      method: 'POST',
      url: '/api/complaints',
      headers: { cookie: agentBj, 'idempotency-key': 'export-complaint-1' },
      payload: complaintBody(),
    });
    expect(intake.statusCode).toBe(201);
    const number = intake.json().number;
    const res = await get('/api/exports/complaints?format=csv&mine=true', agentBj);
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = parseCsv(res.body.slice(1));
    expect(header?.slice(0, 3)).toEqual(['案件编号', '状态', '投诉来源']);
    const board = (await get('/api/complaints?mine=true', agentBj)).json();
    expect(rows.map((r) => r[0]).toSorted()).toEqual(
      board.items.map((i: { number: string }) => i.number).toSorted(),
    );
    const row = rows.find((r) => r[0] === number);
    expect(row?.[2]).toBe('客户投诉');
    expect(row?.[5]).toBe('服务态度');
    expect(res.body).not.toContain('王小明');
    expect((await get('/api/exports/complaints?format=csv', agentSh)).body).not.toContain(number);
  });

  it('claim applications and QA answer with their headers; QA needs the QA permission', async () => {
    const apps = await get('/api/exports/claim-applications?format=csv', agentBj);
    expect(apps.statusCode).toBe(200);
    expect(parseCsv(apps.body.slice(1))[0]?.slice(0, 3)).toEqual(['案件编号', '状态', '索赔类型']);
    expect((await get('/api/exports/qa?format=csv', agentBj)).statusCode).toBe(403);
    const lead = await sys.login('teamlead.bj');
    const qa = await get('/api/exports/qa?format=xlsx&days=30&lang=en', lead);
    expect(qa.statusCode).toBe(200);
    const rows = await readXlsx(qa.rawPayload);
    expect(rows[0]?.slice(0, 3)).toEqual(['Agent', 'Agent no.', 'Calls']);
    const list = (await get('/api/qa/agents?days=30', lead)).json();
    expect(rows).toHaveLength(list.items.length + 1);
  });
});

describe('background export limits', () => {
  it('refuses a second running export of the same person', async () => {
    const start = () =>
      sys.app.inject({
        method: 'POST',
        url: '/api/exports/cases/jobs?format=csv',
        headers: { cookie: agentSh },
      });
    const [a, b] = await Promise.all([start(), start()]);
    expect([a.statusCode, b.statusCode].toSorted()).toEqual([200, 429]);
    expect([a, b].find((r) => r.statusCode === 429)?.json().error.code).toBe('EXPORT_BUSY');
    const settle = async (id: string) => {
      for (
        let i = 0;
        i < 50 && (await get(`/api/export-jobs/${id}`, agentSh)).json().state === 'running';
        i++
      )
        await new Promise((r) => setTimeout(r, 50));
    };
    await settle([a, b].find((r) => r.statusCode === 200)?.json().id);
    const again = await start();
    expect(again.statusCode).toBe(200);
    await settle(again.json().id);
  });
});

describe('KPI and assessment exports', () => {
  it('exports a branch’s month per agent, the same figures the KPI report gives, and refuses an agent the branch', async () => {
    const sup = await sys.login('supervisor.bj');
    const res = await get('/api/exports/kpis?format=csv&scope=branch&period=month&lang=zh', sup);
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = parseCsv(res.body.slice(1));
    expect(header?.slice(0, 3)).toEqual(['坐席', '工号', '客户满意度（%）']);
    expect(header?.some((h) => h.endsWith('（秒）'))).toBe(true);
    // Everyone with figures in the month, and only staff of the Beijing subtree.
    const staff = await sys.db
      .selectFrom('users as u')
      .innerJoin('branches as b', 'b.id', 'u.branch_id')
      .select('u.display_name')
      .where('b.code', 'like', 'BJ%')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(staff.map((u) => u.display_name)).toContain(r[0]);
    const refused = await get('/api/exports/kpis?format=csv&scope=branch', agentBj);
    expect(refused.statusCode).toBe(403);
  });

  it('exports the assessments a supervisor oversees, with the state in words', async () => {
    const sup = await sys.login('supervisor.bj');
    const agentId = (
      await sys.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'agent.bj01')
        .executeTakeFirstOrThrow()
    ).id;
    const opened = await sys.app.inject({
      method: 'POST',
      url: '/api/assessments',
      headers: { cookie: sup },
      payload: { agentId, periodKind: 'month', periodKey: '2026-11' },
    });
    expect(opened.statusCode).toBe(201);
    const res = await get('/api/exports/assessments?format=csv&queue=all&lang=zh', sup);
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = parseCsv(res.body.slice(1));
    expect(header).toEqual(['坐席', '考核周期', '状态', '总分']);
    expect(rows).toContainEqual(expect.arrayContaining(['2026-11（月度）', '待自评']));
  });
});
