import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberOf } from '../src/seed/demo-policies.ts';
import { complaintBody } from './complaints-support.ts';
import { type TestSystem, testSystem } from './helpers.ts';

/*
 * Issue 22 part 6 on a known small data set: two claim applications whose stage moves are written at known times,
 * one refusal with its contract ground, one complaint. The figures are checked by hand.
 */

let sys: TestSystem;
let handler: string;
let supervisor: string;
let supervisorSh: string;
const T0 = Date.parse('2026-11-22T02:00:00Z');
const h = (hours: number) => new Date(T0 + hours * 3_600_000);
const PERIOD = 'from=2026-11-22&to=2026-11-30';
let a = '';
let b = '';

beforeAll(async () => {
  sys = await testSystem();
  handler = await sys.login('claimshandler.bj');
  supervisor = await sys.login('supervisor.bj');
  supervisorSh = await sys.login('supervisor.sh');
  const policy = await sys.app.inject({
    url: '/api/claim-applications/policy?policyNo=PBJ2026000001',
    headers: { cookie: handler },
  });
  const apply = async () => {
    const res = await sys.app.inject({
      method: 'POST',
      url: '/api/claim-applications',
      headers: { cookie: handler, 'idempotency-key': randomBytes(8).toString('hex') },
      payload: {
        policyId: policy.json().id,
        claimType: 'motorDamage',
        relation: 'insured',
        applicantName: '李明',
        applicantIdNumber: idNumberOf('110105', '19850315', 12),
        applicantPhone: '13800138000',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  a = await apply();
  b = await apply();
  const actor = (
    await sys.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'claimshandler.bj')
      .executeTakeFirstOrThrow()
  ).id;
  const move = (caseId: string, at: Date, from: string, to: string) =>
    sql`INSERT INTO case_events (case_id, at, actor_id, type, data)
      VALUES (${caseId}, ${at}, ${actor}, 'recordDocuments', ${JSON.stringify({ from, to })}::jsonb)`.execute(
      sys.db,
    );
  // A: received 10 h, documentsIncomplete 24 h, then complete. B: received 20 h, then complete.
  await move(a, h(10), 'received', 'documentsIncomplete');
  await move(a, h(34), 'documentsIncomplete', 'complete');
  await move(b, h(20), 'received', 'complete');
  // A was later refused on a contract clause.
  await sql`UPDATE claim_applications SET refused_at = ${h(40)}, decision_detail = ${JSON.stringify({
    kind: 'refuse',
    reasons: [{ text: '驾驶证过期', basis: { source: 'contract', clause: '第二十二条' } }],
  })}::jsonb WHERE case_id = ${a}`.execute(sys.db);
  const complaint = await sys.app.inject({
    method: 'POST',
    url: '/api/complaints',
    headers: { cookie: await sys.login('agent.bj'), 'idempotency-key': 'analytics-complaint' },
    payload: complaintBody(),
  });
  expect(complaint.statusCode, complaint.body).toBe(201);
  sys.clock.set(h(48));
  // Two days on, the sessions have timed out: log in again.
  handler = await sys.login('claimshandler.bj');
  supervisor = await sys.login('supervisor.bj');
  supervisorSh = await sys.login('supervisor.sh');
});
afterAll(() => sys.close());

const get = (url: string, cookie = supervisor) => sys.app.inject({ url, headers: { cookie } });

describe('service analytics', () => {
  it('gives each stage its cycle time and where files wait', async () => {
    const res = await get(`/api/analytics/service?${PERIOD}`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    const received = d.cycle.find((c: { state: string }) => c.state === 'received');
    expect(received).toEqual({ state: 'received', count: 2, avgHours: 15, p50Hours: 15, p90Hours: 19 });
    expect(d.cycle.find((c: { state: string }) => c.state === 'documentsIncomplete')).toMatchObject({
      count: 1,
      avgHours: 24,
    });
    // At 48 h: A has waited 14 h in complete (≤ 1 day), B 28 h (1–3 days).
    expect(
      d.waiting
        .filter((w: { state: string }) => w.state === 'complete')
        .sort((x: { bucket: string }, y: { bucket: string }) => x.bucket.localeCompare(y.bucket)),
    ).toEqual([
      { state: 'complete', bucket: 'd1', count: 1 },
      { state: 'complete', bucket: 'd3', count: 1 },
    ]);
    expect(d.refusals).toEqual([
      {
        product: '机动车商业保险',
        key: 'contract:第二十二条',
        basis: { source: 'contract', text: '第二十二条' },
        count: 1,
      },
    ]);
    expect(d.complaints).toEqual([{ product: '机动车商业保险', category: 'serviceAttitude', count: 1 }]);
    expect(d.products).toContain('机动车商业保险');
  });

  it('drills down to the rows behind a bar, longest first', async () => {
    const res = await get(`/api/analytics/service/rows?${PERIOD}&chart=cycle&state=received`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json();
    expect(rows.total).toBe(2);
    expect(rows.rows.map((r: { id: string; measure: number }) => [r.id, r.measure])).toEqual([
      [b, 20],
      [a, 10],
    ]);
    const waiting = (
      await get(`/api/analytics/service/rows?${PERIOD}&chart=waiting&state=complete&bucket=d3`)
    ).json();
    expect(waiting.rows.map((r: { id: string }) => r.id)).toEqual([b]);
    const refused = (
      await get(
        `/api/analytics/service/rows?${PERIOD}&chart=refusals&basis=${encodeURIComponent('contract:第二十二条')}`,
      )
    ).json();
    expect(refused.rows.map((r: { id: string }) => r.id)).toEqual([a]);
  });

  it('filters by product and period, and keeps to the caller’s scope', async () => {
    const other = (
      await get(`/api/analytics/service?${PERIOD}&product=${encodeURIComponent('终身寿险')}`)
    ).json();
    expect(other.cycle).toEqual([]);
    expect((await get('/api/analytics/service?from=2026-12-01&to=2026-12-31')).json().cycle).toEqual([]);
    const sh = (await get(`/api/analytics/service?${PERIOD}`, supervisorSh)).json();
    expect([sh.cycle, sh.waiting, sh.refusals, sh.complaints]).toEqual([[], [], [], []]);
    const shBranch = await sys.db
      .selectFrom('branches')
      .select('id')
      .where('code', '=', 'SH')
      .executeTakeFirstOrThrow();
    expect((await get(`/api/analytics/service?${PERIOD}&branchId=${shBranch.id}`)).statusCode).toBe(404);
    expect((await get('/api/analytics/service?from=2026-12-01&to=2026-11-01')).json().error.code).toBe(
      'ANALYTICS_PERIOD_INVALID',
    );
    expect((await get(`/api/analytics/service?${PERIOD}`, handler)).statusCode).toBe(403);
  });

  it('exports the rows behind a bar with labels, not codes', async () => {
    const res = await get(
      `/api/exports/service-analytics?format=csv&lang=zh&${PERIOD}&chart=cycle&state=received`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('已受理');
    expect(res.body).not.toContain(',received,');
    expect(res.body.split('\r\n').filter((l) => l.includes('机动车商业保险'))).toHaveLength(2);
  });
});
