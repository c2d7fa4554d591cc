import { randomBytes } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreClaimReport } from '../src/fraud/scoring.ts';
import type { RequestCtx } from '../src/http/context.ts';
import { idNumberOf } from '../src/seed/demo-policies.ts';
import { type TestSystem, testSystem } from './helpers.ts';

/** Issue #22: scoring at intake and after application moves, the queue, the SIU flow, settings, scope, audit. */
let sys: TestSystem;
let handler: string;
let ho: string;
beforeAll(async () => {
  sys = await testSystem();
  handler = await sys.login('claimshandler.bj');
  ho = await sys.login('headoffice.ho');
});
afterAll(() => sys.close());

const post = (url: string, cookie: string, payload: unknown, headers: Record<string, string> = {}) =>
  sys.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload: payload as object });
const get = (url: string, cookie: string) => sys.app.inject({ url, headers: { cookie } });
const put = (url: string, cookie: string, payload: unknown) =>
  sys.app.inject({ method: 'PUT', url, headers: { cookie }, payload: payload as object });

const PHONE = '138 0013 8000';
const ADDRESS = '北京市朝阳区建国路88号院3号楼1201';
/** A report told 12 days after the loss: "late" on the default settings (2 days). */
const registerLate = async (policyNo: string, over: Record<string, unknown> = {}) => {
  const lk = await post('/api/claim-reports/lookups', handler, { by: 'policyNo', value: policyNo });
  expect(lk.statusCode, lk.body).toBe(200);
  const res = await post(
    '/api/claim-reports',
    handler,
    {
      lookupId: lk.json().lookupId,
      policyId: lk.json().policies[0].id,
      channel: 'phone',
      occurredAt: '2026-11-10T07:00:00+08:00',
      place: '北京市朝阳区建国路',
      cause: 'collision',
      course: '倒车时撞到立柱。',
      injuryDegree: 'none',
      reporterName: '李明',
      reporterPhone: PHONE,
      reporterAddress: ADDRESS,
      reporterRelation: 'self',
      ...over,
    },
    { 'idempotency-key': randomBytes(8).toString('hex') },
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const scoreOf = async (caseId: string, cookie = handler) => {
  const r = await get(`/api/fraud/cases/${caseId}/score`, cookie);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const investigationOf = async (caseId: string) =>
  sys.db.selectFrom('fraud_investigations').selectAll().where('case_id', '=', caseId).executeTakeFirst();

let firstReport: string;
let flaggedReport: string;

describe('scoring at intake', () => {
  it('scores a report in its registration with the reasons; below the threshold nothing is queued', async () => {
    firstReport = await registerLate('PBJ2026000001');
    const s = await scoreOf(firstReport);
    expect(s).toMatchObject({ score: 10, flagged: false, threshold: 40, investigationId: null });
    expect(s.hits).toEqual([
      expect.objectContaining({
        code: 'lateReport',
        weight: 10,
        reason: expect.objectContaining({ zh: expect.stringContaining('2 天') }),
      }),
    ]);
    expect(await investigationOf(firstReport)).toBeUndefined();
    // The score is for the claims staff who investigate, not the front line.
    expect((await get(`/api/fraud/cases/${firstReport}/score`, await sys.login('agent.bj'))).statusCode).toBe(
      403,
    );
  });
});

describe('signal settings: versions with who and why, head office only', () => {
  it('saves a new version, refuses a stale base, a branch and a value out of bounds', async () => {
    const now = (await get('/api/fraud/settings', ho)).json();
    expect(now.version).toBe(0);
    const settings = { ...now.settings, threshold: 30 };
    const body = { baseVersion: 0, note: '试运行期间降低阈值', settings };
    expect((await put('/api/fraud/settings', await sys.login('supervisor.bj'), body)).statusCode).toBe(403);
    const bad = await put('/api/fraud/settings', ho, {
      ...body,
      settings: {
        ...settings,
        signals: {
          ...settings.signals,
          earlyLoss: { ...settings.signals.earlyLoss, params: { days: 9999 } },
        },
      },
    });
    expect(bad.json().error.code).toBe('FRAUD_SETTINGS_INVALID');
    const saved = await put('/api/fraud/settings', ho, body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, settings: { threshold: 30 } });
    expect(saved.json().history[0]).toMatchObject({
      version: 1,
      note: '试运行期间降低阈值',
      changes: [{ path: 'threshold', before: 40, after: 30 }],
    });
    expect((await put('/api/fraud/settings', ho, body)).json().error.code).toBe(
      'FRAUD_SETTINGS_VERSION_CONFLICT',
    );
  });
});

describe('the queue and a score that never blocks the claim', () => {
  it('queues a report that shares the phone and address of another claimant', async () => {
    flaggedReport = await registerLate('PBJ2026000002', { reporterName: '王芳' });
    const s = await scoreOf(flaggedReport);
    expect(s.hits.map((h: { code: string }) => h.code).sort()).toEqual(['lateReport', 'sharedContact']);
    expect(s).toMatchObject({ score: 35, flagged: true, investigationState: { zh: '待分派' } });
    const queue = (await get('/api/fraud/investigations?state=queued', handler)).json();
    expect(queue.items.map((i: { caseId: string }) => i.caseId)).toContain(flaggedReport);
    // Scope: Shanghai neither lists nor opens it.
    const sh = await sys.login('claimshandler.sh');
    const shQueue = (await get('/api/fraud/investigations?state=open', sh)).json();
    expect(shQueue.items.map((i: { caseId: string }) => i.caseId)).not.toContain(flaggedReport);
    const inv = await investigationOf(flaggedReport);
    expect((await get(`/api/fraud/investigations/${inv?.id}`, sh)).statusCode).toBe(404);
    expect((await get(`/api/fraud/cases/${flaggedReport}/score`, sh)).statusCode).toBe(404);
  });

  it('rescores the application after each move; the art. 23 clock opens and runs while it is investigated', async () => {
    const policy = (await get('/api/claim-applications/policy?policyNo=PBJ2026000002', handler)).json();
    const app = await post(
      '/api/claim-applications',
      handler,
      {
        policyId: policy.id,
        reportCaseId: flaggedReport,
        claimType: 'motorDamage',
        relation: 'insured',
        applicantName: '王芳',
        applicantIdNumber: idNumberOf('110101', '19900101', 24),
        applicantPhone: '13900139000',
      },
      { 'idempotency-key': randomBytes(8).toString('hex') },
    );
    expect(app.statusCode, app.body).toBe(201);
    const d = app.json();
    expect(await investigationOf(d.id)).toMatchObject({ state: 'queued' });
    const docs = d.application.documents.map((x: { id: string }) => ({
      id: x.id,
      received: true,
      form: 'original',
      verified: true,
      returned: false,
    }));
    let r = await post(`/api/claim-applications/${d.id}/events`, handler, {
      event: 'recordDocuments',
      documents: docs,
    });
    expect(r.statusCode, r.body).toBe(200);
    r = await post(`/api/claim-applications/${d.id}/events`, handler, { event: 'markComplete' });
    expect(r.statusCode, r.body).toBe(200);
    const scores = await sys.db
      .selectFrom('fraud_scores')
      .select('trigger')
      .where('case_id', '=', d.id)
      .execute();
    expect(scores.length).toBe(3);
    expect(new Set(scores.map((x) => x.trigger))).toEqual(new Set(['application']));
    const clocks = await sys.db
      .selectFrom('deadlines')
      .select(['rule_id', 'met_at', 'paused_at'])
      .where('case_id', '=', d.id)
      .execute();
    expect(clocks.length).toBeGreaterThan(0);
    expect(clocks.every((c) => c.met_at === null && c.paused_at === null)).toBe(true);
  });
});

describe('the investigation (SIU) flow', () => {
  it('assign → evidence → interview → conclude → four-eyes approval; each look audited; precision moves', async () => {
    const inv = await investigationOf(flaggedReport);
    const id = inv?.id as string;
    const me = await sys.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'claimshandler.bj')
      .executeTakeFirstOrThrow();
    const move = (cookie: string, body: Record<string, unknown>) =>
      post(`/api/fraud/investigations/${id}/moves`, cookie, body);
    expect((await move(handler, { event: 'assign', assigneeId: me.id })).json().error.code).toBe(
      'FRAUD_NOT_MANAGER',
    );
    let r = await move(ho, { event: 'assign', assigneeId: me.id });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().state).toBe('investigating');
    r = await post(`/api/fraud/investigations/${id}/evidence`, handler, {
      note: '修理厂报价单与现场照片不符，客户电话 13912345678',
      documentRef: 'ATT-001',
    });
    expect(r.statusCode, r.body).toBe(200);
    // Free text about people is sealed: the phone number shows masked.
    expect(r.json().entries[0].note).not.toContain('13912345678');
    r = await move(handler, { event: 'interview', note: '询问报案人，说法前后不一' });
    expect(r.json().state).toBe('interviewing');
    expect((await move(handler, { event: 'conclude', note: '伪造事故' })).json().error.code).toBe(
      'FRAUD_OUTCOME_REQUIRED',
    );
    r = await move(handler, { event: 'conclude', outcome: 'confirmed', note: '伪造事故现场，证据确凿' });
    expect(r.json()).toMatchObject({ state: 'concluded', outcome: { zh: '确认欺诈' } });
    r = await move(ho, { event: 'approve' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ state: 'closed', approvedBy: { name: expect.any(String) } });

    const views = await sys.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'fraudInvestigation.view')
      .where('object_id', '=', id)
      .execute();
    const before = views.length;
    await get(`/api/fraud/investigations/${id}`, handler);
    await get(`/api/fraud/cases/${flaggedReport}/score`, handler);
    const after = await sys.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'fraudInvestigation.view')
      .where('object_id', '=', id)
      .execute();
    expect(after.length).toBe(before + 2);

    const settings = (await get('/api/fraud/settings', ho)).json();
    const shared = settings.signals.find((s: { code: string }) => s.code === 'sharedContact');
    expect(shared).toMatchObject({ confirmed: 1, cleared: 0, precision: 1 });
  });

  it('a later claim sharing a key with the confirmed case is linked to it', async () => {
    const later = await registerLate('PBJ2026000004', {
      reporterName: '赵敏',
      occurredAt: '2026-11-12T07:00:00+08:00',
    });
    const s = await scoreOf(later);
    expect(s.hits.map((h: { code: string }) => h.code)).toContain('linkedToFraud');
  });
});

describe('no plaintext personal data is read for scoring', () => {
  it('selects keyed hashes, dates and amounts only', async () => {
    const seen: string[] = [];
    const spy: KyselyPlugin = {
      transformQuery: (args) => {
        seen.push(JSON.stringify(args.node));
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const user = await sys.db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('username', '=', 'claimshandler.bj')
      .executeTakeFirstOrThrow();
    const ctx = {
      actor: { id: user.id, displayName: user.display_name },
      requestId: 'test',
      ip: '127.0.0.1',
      clock: sys.clock,
    } as unknown as RequestCtx;
    await sys.db
      .withPlugin(spy)
      .transaction()
      .execute((tx) => scoreClaimReport(sys.deps, tx, ctx, firstReport));
    expect(seen.length).toBeGreaterThan(3);
    const text = seen.join('\n');
    for (const column of [
      '_enc',
      '_masked',
      'reporter_name',
      'course',
      'current_state',
      'measures',
      '"place"',
      'sealed_texts',
      // Providers are read as the keyed hashes of their normalised names, never by name.
      '"name":"hospital"',
      '"name":"repair_shop"',
      '"name":"doctor"',
    ])
      expect(text, column).not.toContain(column);
  });
});
