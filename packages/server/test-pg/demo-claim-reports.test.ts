import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/audit.ts';
import { DEFAULT_DEMO_CLAIM_REPORTS } from '../src/seed/demo-claim-reports.ts';
import { seedIfEmpty } from '../src/seed/seed.ts';
import { adminQuery, type TestSystem, testSystem } from './helpers.ts';

let sys: TestSystem;
beforeAll(async () => {
  sys = await testSystem({ demoPolicies: 1000, demoClaimReports: DEFAULT_DEMO_CLAIM_REPORTS });
});
afterAll(() => sys.close());

const reports = () =>
  sys.db
    .selectFrom('claim_reports as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('branches as b', 'b.id', 'c.branch_id')
    .innerJoin('policies as p', 'p.id', 'r.policy_id')
    .selectAll('r')
    .select(['c.number', 'c.status', 'c.kind', 'b.code', 'p.policy_no'])
    .execute();

describe('demo claim reports (issue #4)', () => {
  it('seeds 30–60 reports across the branches, over the 30 days before the seeding clock, in several states', async () => {
    const rows = await reports();
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(rows.length).toBeLessThanOrEqual(60);
    expect(new Set(rows.map((r) => r.code))).toEqual(new Set(['BJ', 'BJ01', 'SH', 'SH01']));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['new', 'inProgress', 'resolved', 'closed']));
    const now = sys.clock.now().getTime();
    for (const r of rows) {
      expect(r.kind).toBe('claimReport');
      expect(r.number).toMatch(/^BA(BJ|BJ01|SH|SH01)\d{12}$/);
      expect(r.reported_at.getTime()).toBeLessThanOrEqual(now);
      expect(r.reported_at.getTime()).toBeGreaterThan(now - 31 * 86_400_000);
      expect(r.occurred_at.getTime()).toBeLessThanOrEqual(r.reported_at.getTime());
    }
  });

  it('leaves the named demo policies (README, E2E) without reports, so the same-loss rule never meets them', async () => {
    const named = [1, 2, 3, 4].map((n) => `PBJ2026${String(n).padStart(6, '0')}`);
    expect((await reports()).filter((r) => named.includes(r.policy_no))).toEqual([]);
  });

  it('seals the reporter like a registration through the API: no plaintext, blind index, mask', async () => {
    const rows = await reports();
    const dump = String(
      (
        await adminQuery(
          "SELECT (SELECT string_agg(t::text, '|') FROM claim_reports t) || (SELECT string_agg(c::text, '|') FROM cases c) AS all",
          sys.dbName,
        )
      ).rows[0].all,
    );
    for (const r of rows) {
      const phone = sys.deps.crypto.decrypt(r.reporter_phone_enc);
      const address = sys.deps.crypto.decrypt(r.reporter_address_enc!);
      expect(phone).toMatch(/^1\d{10}$/);
      expect(dump).not.toContain(phone);
      expect(dump).not.toContain(address);
      expect(r.reporter_phone_masked).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
      expect(r.reporter_phone_bidx).toBe(sys.deps.crypto.blindIndex('phone', phone));
      expect(r.reporter_name_masked).toContain('*');
    }
  });

  it('holds a major case still to report (24-hour deadline open) and one already reported (deadline met)', async () => {
    const majors = (await reports()).filter((r) => r.major);
    expect(majors).toHaveLength(2);
    const deadlines = await sys.db
      .selectFrom('deadlines')
      .selectAll()
      .where(
        'case_id',
        'in',
        majors.map((m) => m.case_id),
      )
      .where('kind', '=', 'majorCaseReport')
      .execute();
    const open = majors.find((m) => m.major_reported_at === null)!;
    const done = majors.find((m) => m.major_reported_at !== null)!;
    expect(open.deaths).toBe(2);
    const openDeadline = deadlines.find((d) => d.case_id === open.case_id)!;
    expect(openDeadline.state).toBe('open');
    expect(openDeadline.due_at.getTime() - open.major_flagged_at!.getTime()).toBe(24 * 3_600_000);
    expect(openDeadline.due_at.getTime()).toBeGreaterThan(sys.clock.now().getTime());
    expect(deadlines.find((d) => d.case_id === done.case_id)?.state).toBe('met');
    expect(done.major_report).toMatchObject({ reportedTo: '总公司理赔管理部' });
  });

  it('holds a fire kept as a scene with its survey task, and a report refused outside the policy period with its notice', async () => {
    const rows = await reports();
    const fire = rows.find((r) => r.cause === 'fire')!;
    expect(fire.scene_preservation).toBe(true);
    const tasks = await sys.db
      .selectFrom('survey_tasks')
      .selectAll()
      .where('case_id', '=', fire.case_id)
      .execute();
    expect(tasks.map((t) => [t.kind, t.status])).toEqual([['sceneSurvey', 'open']]);
    const refused = rows.filter((r) => !r.check_ok);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.check_failures).toEqual([expect.objectContaining({ code: 'OUTSIDE_POLICY_PERIOD' })]);
    expect(refused[0]).toMatchObject({ copies_archived: true, originals_returned: true, status: 'closed' });
    expect(refused[0]!.notice_issued_at).not.toBeNull();
  });

  it('went through the desk: a look-up and an audit row per report, timelines, and the chain still verifies', async () => {
    const rows = await reports();
    const audits = await sys.db
      .selectFrom('audit_log')
      .select('object_id')
      .where('action', '=', 'claimReport.register')
      .execute();
    expect(new Set(audits.map((a) => a.object_id))).toEqual(new Set(rows.map((r) => r.case_id)));
    const lookups = await sys.db
      .selectFrom('report_lookups')
      .select('case_id')
      .where('outcome', '=', 'registered')
      .execute();
    expect(lookups).toHaveLength(rows.length);
    const closed = rows.find((r) => r.status === 'closed' && r.check_ok)!;
    const events = await sys.db
      .selectFrom('case_events')
      .select('type')
      .where('case_id', '=', closed.case_id)
      .orderBy('at')
      .execute();
    expect(events.map((e) => e.type)).toEqual(['created', 'claimReported', 'start', 'resolve', 'close']);
    expect((await verifyAuditChain(sys.db)).ok).toBe(true);
  });

  it('is shown to the branch in the look-up, and seeding again adds nothing', async () => {
    const bj = (await reports()).find((r) => r.code === 'BJ')!;
    const agent = await sys.login('agent.bj');
    const res = await sys.app.inject({
      method: 'POST',
      url: '/api/claim-reports/lookups',
      headers: { cookie: agent },
      payload: { by: 'policyNo', value: bj.policy_no },
    });
    expect(res.json().existingReports.map((r: { number: string }) => r.number)).toContain(bj.number);
    const before = (await reports()).length;
    await seedIfEmpty(sys.deps, { claimReports: DEFAULT_DEMO_CLAIM_REPORTS });
    expect((await reports()).length).toBe(before);
  });
});
