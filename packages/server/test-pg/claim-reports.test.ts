import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOnce } from '../src/jobs/deadline-sweeper.ts';
import { idNumberOf } from '../src/seed/demo-policies.ts';
import { adminQuery, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
let agent: string;
let agentSh: string;
beforeAll(async () => {
  sys = await testSystem();
  agent = await sys.login('agent.bj');
  agentSh = await sys.login('agent.sh');
});
afterAll(() => sys.close());

const post = (url: string, cookie: string, payload: unknown, headers: Record<string, string> = {}) =>
  sys.app.inject({ method: 'POST', url, headers: { cookie, ...headers }, payload: payload as object });

const lookup = async (by: string, value: string, cookie = agent) => {
  const res = await post('/api/claim-reports/lookups', cookie, { by, value });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const report = (lookupId: string, policyId: string, over: Record<string, unknown> = {}) => ({
  lookupId,
  policyId,
  channel: 'phone',
  occurredAt: '2026-11-22T07:30:00+08:00',
  place: '北京市朝阳区建国路与东三环交叉口',
  cause: 'collision',
  course: '等红灯时被后车追尾，车尾受损。',
  injuryDegree: 'none',
  measures: '已报交警',
  currentState: '车辆可以行驶',
  reporterName: '李明',
  reporterPhone: '138 0013 8000',
  reporterAddress: '北京市朝阳区建国路88号院3号楼1201',
  reporterRelation: 'self',
  ...over,
});

const register = (body: unknown, cookie = agent, key = randomBytes(8).toString('hex')) =>
  post('/api/claim-reports', cookie, body, { 'idempotency-key': key });

const pdfText = async (bytes: Buffer) => {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  return content.items.map((i) => ('str' in i ? i.str : '')).join('');
};

describe('look up before registering (seed 003 §(二) 报案记录查询)', () => {
  it('finds a policy by number, plate (any spacing) and ID number, with masked personal data', async () => {
    const byNo = await lookup('policyNo', 'pbj2026000001');
    expect(byNo.policies).toHaveLength(1);
    const p = byNo.policies[0];
    expect(p).toMatchObject({
      policyNo: 'PBJ2026000001',
      insuredName: '李*',
      plate: expect.stringContaining('*'),
    });
    expect(p.insuredIdNumber).toMatch(/^110105\*{8}\d{3}[\dX]$/);
    expect(JSON.stringify(byNo)).not.toContain('13800138000');
    expect((await lookup('plate', '京a 123-45')).policies.map((x: { id: string }) => x.id)).toEqual([p.id]);
    expect((await lookup('idNumber', idNumberOf('110105', '19850315', 12))).policies[0].id).toBe(p.id);
  });

  it('gives the line to say when nothing is found and records the outcome', async () => {
    const none = await lookup('policyNo', 'PXX2026999999');
    expect(none.policies).toEqual([]);
    expect(none.script.zh).toContain('核实');
    const out = await post(`/api/claim-reports/lookups/${none.lookupId}/outcome`, agent, {
      outcome: 'noPolicyTold',
    });
    expect(out.statusCode).toBe(200);
    const row = await sys.db
      .selectFrom('report_lookups')
      .selectAll()
      .where('id', '=', none.lookupId)
      .executeTakeFirstOrThrow();
    expect(row.outcome).toBe('noPolicyTold');
    expect(row.query_masked).toBe('PXX2026999999');
  });

  it('refuses an invalid ID number with its own code, and another branch sees nothing', async () => {
    const bad = await post('/api/claim-reports/lookups', agent, {
      by: 'idNumber',
      value: '110105198503150013',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('ID_NUMBER_CHECK_DIGIT');
    expect((await lookup('policyNo', 'PBJ2026000001', agentSh)).policies).toEqual([]);
  });
});

describe('registering a claim report', () => {
  let policyId: string;
  let first: { id: string; number: string };
  it('registers a phone report: number, passed check, reporter masked, look-up closed as registered', async () => {
    const l = await lookup('policyNo', 'PBJ2026000001');
    policyId = l.policies[0].id;
    const res = await register(report(l.lookupId, policyId));
    expect(res.statusCode, res.body).toBe(201);
    first = res.json();
    expect(first.number).toMatch(/^BABJ20261122\d{4}$/);
    const body = res.json();
    expect(body.claimReport.check).toEqual({ ok: true, failures: [] });
    expect(body.claimReport.reporter.phone).toBe('138****8000');
    expect(body.claimReport.major.flagged).toBe(false);
    expect(body.events.map((e: { type: string }) => e.type)).toContain('claimReported');
    const row = await sys.db
      .selectFrom('report_lookups')
      .selectAll()
      .where('id', '=', l.lookupId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ outcome: 'registered', case_id: first.id });
  });

  it('the insured reporting (本人) may leave name and phone out: the policy’s are used; anyone else must give theirs', async () => {
    const l = await lookup('policyNo', 'PBJ2026000001');
    const pid = l.policies[0].id;
    const {
      reporterName: _n,
      reporterPhone: _p,
      ...noReporter
    } = report(l.lookupId, pid, {
      occurredAt: '2026-10-01T09:00:00+08:00',
    });
    const other = await register({ ...noReporter, reporterRelation: 'relative' });
    expect(other.statusCode).toBe(400);
    expect(
      other
        .json()
        .error.details.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['reporterName', 'reporterPhone']);
    const res = await register(noReporter);
    expect(res.statusCode, res.body).toBe(201);
    const policy = await sys.db
      .selectFrom('policies')
      .select(['insured_name_masked', 'insured_phone_masked'])
      .where('id', '=', pid)
      .executeTakeFirstOrThrow();
    expect(res.json().claimReport.reporter).toMatchObject({
      name: policy.insured_name_masked,
      phone: policy.insured_phone_masked,
      relation: 'self',
    });
  });

  it('shows the existing report for the same loss instead of registering it twice', async () => {
    const l = await lookup('plate', '京A12345');
    expect(l.existingReports.map((r: { number: string }) => r.number)).toContain(first.number);
    const again = await register(report(l.lookupId, policyId, { occurredAt: '2026-11-22T08:10:00+08:00' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CLAIM_DUPLICATE_LOSS');
    expect(again.json().error.details.existing[0].number).toBe(first.number);
    // The agent confirms with the reporter that it is another accident: then it is registered.
    const other = await register(
      report(l.lookupId, policyId, {
        occurredAt: '2026-11-21T20:00:00+08:00',
        confirmDistinctFrom: [first.number],
      }),
    );
    expect(other.statusCode, other.body).toBe(201);
  });

  it('two agents registering the same loss at once create exactly one report', async () => {
    const l1 = await lookup('policyNo', 'PBJ2026000004');
    const agent2 = await sys.login('teamlead.bj');
    const l2 = await lookup('policyNo', 'PBJ2026000004', agent2);
    const body = { cause: 'accidentalDeath', injuryDegree: 'none', occurredAt: '2026-11-20T09:00:00+08:00' };
    const results = await Promise.all([
      register(report(l1.lookupId, l1.policies[0].id, body)),
      register(report(l2.lookupId, l2.policies[0].id, body), agent2),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('replays the first answer for a retried Idempotency-Key', async () => {
    const l = await lookup('policyNo', 'PBJ2026000003');
    const body = report(l.lookupId, l.policies[0].id, {
      cause: 'illness',
      occurredAt: '2026-11-01T10:00:00+08:00',
    });
    const a = await register(body, agent, 'retry-key-claim-1');
    const b = await register(body, agent, 'retry-key-claim-1');
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.json().id).toBe(a.json().id);
  });
});

describe('same name (seed 003 §(二) 报案记录查询 4)', () => {
  it('requires the ID number when several insured persons share the name', async () => {
    const l = await lookup('insuredName', '王 芳');
    expect(l.insuredPersons).toBeGreaterThanOrEqual(2);
    expect(l.confirmIdNumberRequired).toBe(true);
    const target = l.policies.find((p: { policyNo: string }) => p.policyNo === 'PBJ2026000002');
    const body = report(l.lookupId, target.id, {
      cause: 'accidentalInjury',
      injuryDegree: 'minor',
      reporterName: '王芳',
    });
    expect((await register(body)).json().error.code).toBe('CLAIM_IDENTITY_UNCONFIRMED');
    const wrong = { ...body, confirmIdNumber: idNumberOf('110108', '19780620', 46) };
    expect((await register(wrong)).json().error.code).toBe('CLAIM_IDENTITY_UNCONFIRMED');
    const right = { ...body, confirmIdNumber: idNumberOf('110101', '19900101', 24) };
    expect((await register(right)).statusCode).toBe(201);
  });
});

describe('preliminary check and the written notice', () => {
  it('an accident outside the policy period fails the check and its notice PDF gives the reason', async () => {
    const l = await lookup('policyNo', 'PBJ2026000001');
    const res = await register(
      report(l.lookupId, l.policies[0].id, { occurredAt: '2025-12-31T23:30:00+08:00' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c.claimReport.check.ok).toBe(false);
    expect(c.claimReport.check.failures.map((f: { code: string }) => f.code)).toEqual([
      'OUTSIDE_POLICY_PERIOD',
    ]);
    const pdf = await sys.app.inject({
      url: `/api/claim-reports/${c.id}/notice.pdf`,
      headers: { cookie: agent },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('不予受理通知书');
    expect(text).toContain('保险事故发生日期不在保险期间内');
    expect(text).toContain(c.number);
    // The letter is addressed to the reporter by full name (a reveal, audited: claim-intake-fixes.test.ts).
    expect(text).toContain('尊敬的李明');
    const rec = await post(`/api/claim-reports/${c.id}/notice`, agent, {
      copiesArchived: true,
      originalsReturned: true,
    });
    expect(rec.json().claimReport.notice).toMatchObject({ copiesArchived: true, originalsReturned: true });
  });

  it('a report that passed has no notice', async () => {
    const l = await lookup('policyNo', 'PBJ2026000001');
    const c = (
      await register(report(l.lookupId, l.policies[0].id, { occurredAt: '2026-06-01T10:00:00+08:00' }))
    ).json();
    const pdf = await sys.app.inject({
      url: `/api/claim-reports/${c.id}/notice.pdf`,
      headers: { cookie: agent },
    });
    expect(pdf.statusCode).toBe(409);
    expect(pdf.json().error.code).toBe('CLAIM_NOTICE_NOT_NEEDED');
  });
});

describe('major case (seed 003 重大案件) and scene preservation', () => {
  it('two deaths flag a major case with a 24-hour report deadline, a scene survey, and escalation when late', async () => {
    const l = await lookup('policyNo', 'PBJ2026000001');
    const res = await register(
      report(l.lookupId, l.policies[0].id, {
        occurredAt: '2026-11-22T06:00:00+08:00',
        course: '车辆侧翻，车上两人当场死亡。',
        cause: 'rollover',
        injuryDegree: 'death',
        deaths: 2,
        confirmDistinctFrom: l.existingReports.map((r: { number: string }) => r.number),
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c.claimReport.major.flagged).toBe(true);
    expect(c.claimReport.major.reasons.map((r: { code: string }) => r.code)).toEqual(['deaths']);
    const d = c.deadlines.find((x: { kind: string }) => x.kind === 'majorCaseReport');
    expect(new Date(d.dueAt).getTime() - sys.clock.now().getTime()).toBe(24 * 3_600_000);
    expect(c.claimReport.scenePreservation.zh).toContain('保护好现场');
    expect(c.claimReport.surveyTasks).toHaveLength(1);
    // Past the 24 hours: breach at the first sweep, then one step up the chain (owner → supervisor) per hour.
    sys.clock.advance(25 * 3_600_000);
    try {
      await sweepOnce({ db: sys.db, clock: sys.clock });
      const breached = await sys.db
        .selectFrom('deadlines')
        .selectAll()
        .where('case_id', '=', c.id)
        .executeTakeFirstOrThrow();
      expect(breached.state).toBe('breached');
      sys.clock.advance(3_600_000);
      await sweepOnce({ db: sys.db, clock: sys.clock });
      const after = await sys.db
        .selectFrom('deadlines')
        .selectAll()
        .where('case_id', '=', c.id)
        .executeTakeFirstOrThrow();
      expect(after.state).toBe('escalated');
      const notified = await sys.db
        .selectFrom('notifications')
        .innerJoin('users', 'users.id', 'notifications.user_id')
        .select('users.username')
        .where('notifications.case_id', '=', c.id)
        .execute();
      expect(notified.map((n) => n.username)).toContain('supervisor.bj');
      const late = await post(`/api/claim-reports/${c.id}/major-report`, await sys.login('agent.bj'), {
        summary: '京A12345 侧翻，两人死亡，已通知承保公司查勘。',
        measuresTaken: '已派员赶赴现场',
        estimatedLossYuan: 800000,
        reportedTo: '总公司理赔部',
      });
      expect(late.statusCode, late.body).toBe(200);
      const met = await sys.db
        .selectFrom('deadlines')
        .selectAll()
        .where('case_id', '=', c.id)
        .executeTakeFirstOrThrow();
      expect(met.state).toBe('met');
    } finally {
      sys.clock.advance(-26 * 3_600_000);
      // The clock jump ended the sessions (idle timeout); sign in again for the next tests.
      agent = await sys.login('agent.bj');
      agentSh = await sys.login('agent.sh');
    }
  });

  it('a report becomes major when the estimate goes over 500,000 CNY, not at exactly 500,000', async () => {
    const l = await lookup('policyNo', 'PBJ2026000003');
    const c = (
      await register(
        report(l.lookupId, l.policies[0].id, {
          cause: 'hospitalization',
          occurredAt: '2026-10-02T10:00:00+08:00',
        }),
      )
    ).json();
    const facts = {
      deaths: 0,
      outcomeUncertain: false,
      disputeTakenTo: [],
      mediaInvolved: false,
      litigation: 'none',
    };
    const exact = await post(`/api/claim-reports/${c.id}/major-facts`, agent, {
      ...facts,
      estimatedPayoutYuan: 500000,
    });
    expect(exact.json().claimReport.major.flagged).toBe(false);
    const over = await post(`/api/claim-reports/${c.id}/major-facts`, agent, {
      ...facts,
      estimatedPayoutYuan: 500000.01,
    });
    expect(over.json().claimReport.major.flagged).toBe(true);
    expect(over.json().deadlines.map((d: { kind: string }) => d.kind)).toContain('majorCaseReport');
  });
});

describe('personal data of claim reports (C11)', () => {
  it('stores no plaintext phone, address or ID number in the raw tables', async () => {
    const dump = await adminQuery(
      "SELECT (SELECT string_agg(t::text, '|') FROM claim_reports t) || (SELECT string_agg(p::text, '|') FROM policies p) AS all",
      sys.dbName,
    );
    const text = String(dump.rows[0].all);
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('建国路88号院');
    expect(text).not.toContain(idNumberOf('110105', '19850315', 12));
    expect(text).toContain('138****8000');
  });

  it('reveals the reporter phone only with a reason, audited first; nothing when the audit fails', async () => {
    const [c] = await sys.db.selectFrom('claim_reports').select('case_id').limit(1).execute();
    const caseId = c!.case_id;
    const ok = await post(`/api/claim-reports/${caseId}/reveal`, agent, {
      field: 'reporterPhone',
      reason: '回拨报案人核实地址',
    });
    expect(ok.json().value).toMatch(/^1\d{10}$/);
    const audit = await sys.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'personal.reveal')
      .where('object_id', '=', caseId)
      .execute();
    expect(audit).toHaveLength(1);
    await sql`CREATE FUNCTION t_refuse2() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit down'; END $$`.execute(
      sys.db,
    );
    await sql`CREATE TRIGGER t_refuse2 BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION t_refuse2()`.execute(
      sys.db,
    );
    const res = await post(`/api/claim-reports/${caseId}/reveal`, agent, {
      field: 'insuredIdNumber',
      reason: '核实身份',
    });
    await sql`DROP TRIGGER t_refuse2 ON audit_log`.execute(sys.db);
    expect(res.json().error.code).toBe('AUDIT_UNAVAILABLE');
    expect(res.body).not.toMatch(/\d{17}[\dX]/);
  });

  it('another branch cannot read the report', async () => {
    const [c] = await sys.db.selectFrom('claim_reports').select('case_id').limit(1).execute();
    const res = await sys.app.inject({
      url: `/api/claim-reports/${c!.case_id}`,
      headers: { cookie: agentSh },
    });
    expect(res.statusCode).toBe(404);
  });
});
