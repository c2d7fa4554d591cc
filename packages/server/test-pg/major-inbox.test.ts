import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let agent: string;
let ho: string;
beforeAll(async () => {
  sys = await testSystem({ demoCases: 0 });
  agent = await sys.login('agent.bj');
  ho = await sys.login('headoffice.ho');
});
afterAll(() => sys.close());

const post = (url: string, cookie: string, payload: unknown = {}, headers: Record<string, string> = {}) =>
  sys.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload: payload as object });
const get = (url: string, cookie: string) => sys.app.inject({ method: 'GET', url, headers: { cookie } });

const facts = {
  deaths: 0,
  outcomeUncertain: false,
  disputeTakenTo: [],
  mediaInvolved: false,
  litigation: 'none',
};

/** Registers an ordinary report on a demo policy through the desk's own look-up. */
const registerOn = async (policyNo: string, over: Record<string, unknown> = {}) => {
  const l = (await post('/api/claim-reports/lookups', agent, { by: 'policyNo', value: policyNo })).json();
  const res = await post(
    '/api/claim-reports',
    agent,
    {
      lookupId: l.lookupId,
      policyId: l.policies[0].id,
      channel: 'phone',
      occurredAt: '2026-11-22T06:00:00+08:00',
      place: '北京市朝阳区建国路',
      cause: 'collision',
      course: '两车相撞。',
      injuryDegree: 'none',
      measures: '已报交警',
      currentState: '待处理',
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

/** The head-office notices of a case: who got them and what they say. */
const noticesOf = (caseId: string) =>
  sys.db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['u.username', 'n.kind', 'n.message_zh', 'n.message_en'])
    .where('n.case_id', '=', caseId)
    .where('n.kind', '=', 'report')
    .orderBy('u.username')
    .execute();

const majorReport = {
  summary: '两车相撞，两人死亡，已通知承保公司查勘。',
  measuresTaken: '已派员赶赴现场',
  estimatedLossYuan: 800000,
  reportedTo: '总公司理赔部',
};

describe('major cases reach head office (seed 003 重大案件 向总部呈报)', () => {
  it('notifies head office once when registered major, and once when the report is sent', async () => {
    const c = await registerOn('PBJ2026000001', { injuryDegree: 'death', deaths: 2, cause: 'rollover' });
    const flagged = await noticesOf(c.id);
    // headOffice and the supervisor placed at head office; nobody of a branch.
    expect(flagged.map((n) => n.username)).toEqual(['headoffice.ho', 'supervisor.ho']);
    expect(flagged[0]?.message_zh).toContain(c.number);
    expect(flagged[0]?.message_zh).toContain('2人或以上死亡');
    expect(flagged[0]?.message_en).toContain('two or more deaths');
    // New facts on a case already major notify nobody again.
    await post(`/api/claim-reports/${c.id}/major-facts`, agent, { ...facts, deaths: 3 });
    expect(await noticesOf(c.id)).toHaveLength(2);

    const sent = await post(`/api/claim-reports/${c.id}/major-report`, agent, majorReport);
    expect(sent.statusCode, sent.body).toBe(200);
    const all = await noticesOf(c.id);
    expect(all).toHaveLength(4);
    expect(all.filter((n) => n.message_zh.includes('已呈报'))).toHaveLength(2);
    // A second report is refused, so nothing more is sent.
    expect((await post(`/api/claim-reports/${c.id}/major-report`, agent, majorReport)).statusCode).toBe(409);
    expect(await noticesOf(c.id)).toHaveLength(4);
  });

  it('notifies once when new facts flag a report major', async () => {
    const c = await registerOn('PBJ2026000004', {
      cause: 'hospitalization',
      occurredAt: '2026-10-02T10:00:00+08:00',
    });
    expect(await noticesOf(c.id)).toEqual([]);
    const over = await post(`/api/claim-reports/${c.id}/major-facts`, agent, {
      ...facts,
      estimatedPayoutYuan: 600000,
    });
    expect(over.statusCode, over.body).toBe(200);
    const n = await noticesOf(c.id);
    expect(n).toHaveLength(2);
    expect(n[0]?.message_en).toContain('estimated payout over 500,000 CNY');
    await post(`/api/claim-reports/${c.id}/major-facts`, agent, { ...facts, estimatedPayoutYuan: 700000 });
    expect(await noticesOf(c.id)).toHaveLength(2);
  });

  it('lists major cases for head office, most urgent first, with the deadline and the filter', async () => {
    const res = await get('/api/major-cases', ho);
    expect(res.statusCode, res.body).toBe(200);
    const { items, canAcknowledge } = res.json();
    expect(canAcknowledge).toBe(true);
    expect(items.length).toBeGreaterThanOrEqual(2);
    const [first] = items;
    // The one still owed comes before the one already sent.
    expect(first.reportedAt).toBeNull();
    expect(first.deadline).toMatchObject({ kind: 'majorCaseReport', state: 'open' });
    expect(first.branch.code).toBe('BJ');
    expect(first.reasons.map((r: { code: string }) => r.code)).toEqual(['estimatedPayout']);
    const sent = items.find((i: { reportedAt: string | null }) => i.reportedAt !== null);
    expect(sent.report).toMatchObject({ summary: majorReport.summary, reportedTo: '总公司理赔部' });
    expect(sent.deadline.state).toBe('met');
    const owed = (await get('/api/major-cases?status=unreported', ho)).json().items;
    expect(owed.every((i: { reportedAt: string | null }) => i.reportedAt === null)).toBe(true);
    const reported = (await get('/api/major-cases?status=reported', ho)).json().items;
    expect(reported.every((i: { reportedAt: string | null }) => i.reportedAt !== null)).toBe(true);
    expect((await get('/api/major-cases?status=nope', ho)).statusCode).toBe(400);
  });

  it('keeps branches to their subtree and agents out', async () => {
    expect((await get('/api/major-cases', agent)).statusCode).toBe(403);
    const sh = (await get('/api/major-cases', await sys.login('supervisor.sh'))).json();
    expect(sh.canAcknowledge).toBe(false);
    expect(sh.items.every((i: { branch: { code: string } }) => i.branch.code.startsWith('SH'))).toBe(true);
    const bj = (await get('/api/major-cases', await sys.login('supervisor.bj'))).json();
    expect(bj.items.length).toBeGreaterThanOrEqual(2);
    expect(bj.canAcknowledge).toBe(false);
  });

  it('head office acknowledges a sent report once, audited; a branch may not', async () => {
    const items = (await get('/api/major-cases?status=reported', ho)).json().items;
    const id = items[0].caseId;
    const bj = await sys.login('supervisor.bj');
    const refused = await post(`/api/claim-reports/${id}/major-report/acknowledge`, bj);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('MAJOR_REPORT_HEAD_OFFICE_ONLY');
    const owed = (await get('/api/major-cases?status=unreported', ho)).json().items[0].caseId;
    const early = await post(`/api/claim-reports/${owed}/major-report/acknowledge`, ho);
    expect(early.json().error.code).toBe('MAJOR_REPORT_NOT_SENT');

    const ok = await post(`/api/claim-reports/${id}/major-report/acknowledge`, ho);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().claimReport.major.acknowledgedAt).not.toBeNull();
    expect(ok.json().events.map((e: { type: string }) => e.type)).toContain('majorReportAcknowledged');
    const again = await post(`/api/claim-reports/${id}/major-report/acknowledge`, ho);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('MAJOR_REPORT_ALREADY_ACKNOWLEDGED');
    const audit = await sys.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('object_id', '=', id)
      .where('action', '=', 'claimReport.majorAcknowledged')
      .execute();
    expect(audit).toHaveLength(1);
    const listed = (await get('/api/major-cases?status=reported', ho)).json().items;
    const row = listed.find((i: { caseId: string }) => i.caseId === id);
    expect(row.acknowledgedBy).toBeTruthy();
    expect(row.acknowledgedAt).not.toBeNull();
  });
});
