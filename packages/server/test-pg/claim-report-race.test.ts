import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let agent: string;
beforeAll(async () => {
  sys = await testSystem({ demoCases: 0 });
  agent = await sys.login('agent.bj');
});
afterAll(() => sys.close());

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  sys.app.inject({ method: 'POST', url, headers: { cookie: agent, ...headers }, payload });

/** A phone report on a demo policy; `over` changes the accident. */
const register = async (policyNo: string, over: Record<string, unknown> = {}) => {
  const l = (await post('/api/claim-reports/lookups', { by: 'policyNo', value: policyNo })).json();
  const res = await post(
    '/api/claim-reports',
    {
      lookupId: l.lookupId,
      policyId: l.policies[0].id,
      channel: 'phone',
      occurredAt: '2026-11-22T06:00:00+08:00',
      place: '北京市朝阳区建国路与东三环交叉口',
      cause: 'collision',
      course: '等红灯时被后车追尾，车尾受损。',
      injuryDegree: 'none',
      measures: '已报交警',
      currentState: '车辆可以行驶',
      reporterName: '李明',
      reporterPhone: '138 0013 8000',
      reporterRelation: 'self',
      confirmDistinctFrom: l.existingReports.map((r: { number: string }) => r.number),
      ...over,
    },
    { 'idempotency-key': randomBytes(8).toString('hex') },
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

const timeline = async (caseId: string, type: string) =>
  (
    await sys.db
      .selectFrom('case_events')
      .select('id')
      .where('case_id', '=', caseId)
      .where('type', '=', type)
      .execute()
  ).length;

const audits = async (caseId: string, action: string) =>
  (
    await sys.db
      .selectFrom('audit_log')
      .select('id')
      .where('object_id', '=', caseId)
      .where('action', '=', action)
      .execute()
  ).length;

type Move = { event: string; allowed: boolean; reason: { code: string } | null };
const offered = (detail: { claimReport: { moves: Move[] } }) =>
  detail.claimReport.moves.filter((m) => m.allowed).map((m) => m.event);

const majorReport = {
  summary: '京A12345 侧翻，两人死亡，已通知承保公司查勘。',
  measuresTaken: '已派员赶赴现场',
  estimatedLossYuan: 800000,
  reportedTo: '总公司理赔部',
};

describe('claim-report follow-ups under a row lock', () => {
  it('of 10 concurrent major-case reports exactly one is taken, with one timeline event and one audit row', async () => {
    const c = await register('PBJ2026000001', {
      course: '车辆侧翻，车上两人当场死亡。',
      cause: 'rollover',
      injuryDegree: 'death',
      deaths: 2,
    });
    expect(c.claimReport.major.flagged).toBe(true);
    expect(offered(c)).toEqual(['updateMajorFacts', 'submitMajorReport']);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => post(`/api/claim-reports/${c.id}/major-report`, majorReport)),
    );
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, ...Array(9).fill(409)]);
    const refused = results.filter((r) => r.statusCode === 409).map((r) => r.json().error.code);
    expect(new Set(refused)).toEqual(new Set(['MAJOR_CASE_ALREADY_REPORTED']));
    expect(await timeline(c.id, 'majorCaseReported')).toBe(1);
    expect(await audits(c.id, 'claimReport.majorReport')).toBe(1);
    const taken = results.find((r) => r.statusCode === 200)!.json();
    expect(taken.claimReport.major.reportedAt).not.toBeNull();
    expect(offered(taken)).toEqual(['updateMajorFacts']);
    const deadline = await sys.db
      .selectFrom('deadlines')
      .select('state')
      .where('case_id', '=', c.id)
      .where('kind', '=', 'majorCaseReport')
      .executeTakeFirstOrThrow();
    expect(deadline.state).toBe('met');
  });

  it('flags a report once when concurrent fact updates make it major', async () => {
    const c = await register('PBJ2026000003', { occurredAt: '2026-10-02T10:00:00+08:00' });
    expect(c.claimReport.major.flagged).toBe(false);
    const refused = await post(`/api/claim-reports/${c.id}/major-report`, majorReport);
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'MAJOR_CASE_NOT_FLAGGED']);
    const facts = {
      deaths: 2,
      outcomeUncertain: false,
      disputeTakenTo: [],
      mediaInvolved: false,
      litigation: 'none',
    };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => post(`/api/claim-reports/${c.id}/major-facts`, facts)),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(5).fill(200));
    expect(await timeline(c.id, 'majorCaseFlagged')).toBe(1);
    expect(await timeline(c.id, 'majorFactsUpdated')).toBe(4);
    expect(await audits(c.id, 'claimReport.majorFacts')).toBe(5);
    const deadlines = await sys.db
      .selectFrom('deadlines')
      .select('id')
      .where('case_id', '=', c.id)
      .where('kind', '=', 'majorCaseReport')
      .execute();
    expect(deadlines).toHaveLength(1);
  });

  it('offers the notice only for a report that failed the preliminary check, and records it', async () => {
    const passed = await register('PBJ2026000001', { occurredAt: '2026-06-01T10:00:00+08:00' });
    expect(offered(passed)).toEqual(['updateMajorFacts']);
    expect(passed.claimReport.moves.find((m: Move) => m.event === 'recordNotice').reason.code).toBe(
      'CLAIM_NOTICE_NOT_NEEDED',
    );
    const notice = { copiesArchived: true, originalsReturned: false };
    const no = await post(`/api/claim-reports/${passed.id}/notice`, notice);
    expect([no.statusCode, no.json().error.code]).toEqual([409, 'CLAIM_NOTICE_NOT_NEEDED']);
    const failed = await register('PBJ2026000001', { occurredAt: '2025-12-31T23:30:00+08:00' });
    expect(offered(failed)).toEqual(['updateMajorFacts', 'recordNotice']);
    const recorded = (await post(`/api/claim-reports/${failed.id}/notice`, notice)).json();
    expect(recorded.claimReport.notice).toMatchObject(notice);
    expect(await timeline(failed.id, 'refusalNoticeIssued')).toBe(1);
    expect(await audits(failed.id, 'claimReport.notice')).toBe(1);
  });
});
