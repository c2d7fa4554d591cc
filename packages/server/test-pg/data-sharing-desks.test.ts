import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintBody } from './complaints-support.ts';
import { adminQuery, type TestSystem, testSystem } from './helpers.ts';

/*
 * Issue 18 part 2: a live data-sharing grant is honoured by the complaints desk and the claims desk (reports and
 * applications) as by the case list: the grantee reads the other branch's record while the grant lives, only for its
 * kind, never writes, and every read is audited; after revocation or its end the record answers 404 again.
 */
let sys: TestSystem;
let shComplaint: string;
let shApplication: string;
let shReport: string;
const DAY = 86_400_000;

const q = (text: string) => adminQuery(text, sys.dbName);
const userId = async (name: string) =>
  (await sys.db.selectFrom('users').select('id').where('username', '=', name).executeTakeFirstOrThrow()).id;
const branchId = async (code: string) =>
  (await sys.db.selectFrom('branches').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
const get = (cookie: string, url: string) => sys.app.inject({ url, headers: { cookie } });
const post = (cookie: string, url: string, payload: Record<string, unknown>) =>
  sys.app.inject({ method: 'POST', url, headers: { cookie }, payload });
const grantReads = () =>
  sys.db
    .selectFrom('audit_log')
    .select(['object_id', 'details'])
    .where('action', '=', 'access.grantRead')
    .orderBy('id')
    .execute();
/** An approved grant, as the approval (tested in data-sharing.test.ts) leaves it. */
const grant = async (requester: string, dataKind: string, days = 7) => {
  const id = randomUUID();
  const now = sys.clock.now();
  await sys.db
    .insertInto('data_share_requests')
    .values({
      id,
      requester_id: await userId(requester),
      data_kind: dataKind,
      branch_id: await branchId('SH'),
      purpose: '跨地区联合核查',
      starts_at: now,
      ends_at: new Date(now.getTime() + days * DAY),
      state: 'approved',
      decided_by: await userId('servicemanager.sh'),
      decided_at: now,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
};
const revoke = (cookie: string, id: string) =>
  post(cookie, `/api/data-sharing/requests/${id}/moves`, { event: 'revoke', note: '核查完毕' });

beforeAll(async () => {
  sys = await testSystem({ demoCases: 0, demoClaimReports: 2 });
  const agentSh = await sys.login('agent.sh');
  const c = await sys.app.inject({
    method: 'POST',
    url: '/api/complaints',
    headers: { cookie: agentSh, 'idempotency-key': 'grant-desk-complaint' },
    payload: complaintBody(),
  });
  expect(c.statusCode, c.body).toBe(201);
  shComplaint = c.json().id;
  // A claim application taken in Beijing, then moved to Shanghai under a new id (the record, not its realism).
  const handler = await sys.login('claimshandler.bj');
  const policy = await get(handler, '/api/claim-applications/policy?policyNo=PBJ2026000001');
  const app = await sys.app.inject({
    method: 'POST',
    url: '/api/claim-applications',
    headers: { cookie: handler, 'idempotency-key': 'grant-desk-application' },
    payload: {
      policyId: policy.json().id,
      claimType: 'motorDamage',
      relation: 'insured',
      applicantName: '李明',
      applicantIdNumber: '110105198503150123',
      applicantPhone: '13800138000',
    },
  });
  expect(app.statusCode, app.body).toBe(201);
  shApplication = randomUUID();
  await q(`INSERT INTO cases SELECT (jsonb_populate_record(NULL::cases, to_jsonb(c) || jsonb_build_object(
      'id', '${shApplication}', 'branch_id', (SELECT id FROM branches WHERE code = 'SH'), 'number', c.number || 'SH'))).*
    FROM cases c WHERE c.id = '${app.json().id}'`);
  await q(`INSERT INTO claim_applications SELECT (jsonb_populate_record(NULL::claim_applications,
      to_jsonb(a) || jsonb_build_object('case_id', '${shApplication}'))).*
    FROM claim_applications a WHERE a.case_id = '${app.json().id}'`);
  shReport = (
    await sys.db
      .selectFrom('cases as c')
      .innerJoin('branches as b', 'b.id', 'c.branch_id')
      .select('c.id')
      .where('c.kind', '=', 'claimReport')
      .where('b.path', 'like', '/HO/SH/%')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(async () => sys.close());

describe('the complaints desk under a grant', () => {
  it('shows the other branch’s complaint on the board and in detail only while the grant lives, read-only, audited', async () => {
    const reader = await sys.login('claimshandler.bj');
    const board = async () =>
      ((await get(reader, '/api/complaints')).json().items as { id: string }[]).map((i) => i.id);
    expect(await board()).not.toContain(shComplaint);
    expect((await get(reader, `/api/complaints/${shComplaint}`)).statusCode).toBe(404);
    // A grant for another kind opens nothing here.
    const casesGrant = await grant('claimshandler.bj', 'cases');
    expect((await get(reader, `/api/complaints/${shComplaint}`)).statusCode).toBe(404);
    await revoke(reader, casesGrant);

    const grantId = await grant('claimshandler.bj', 'complaints');
    const before = (await grantReads()).length;
    expect(await board()).toContain(shComplaint);
    const d = await get(reader, `/api/complaints/${shComplaint}`);
    expect(d.statusCode).toBe(200);
    expect(d.json()).toMatchObject({
      moves: [],
      availableComplaintEvents: [],
      canFeedback: false,
      canTransfer: false,
      letterAvailable: false,
    });
    const reads = await grantReads();
    expect(reads.length).toBe(before + 2);
    expect(reads.at(-2)?.details).toMatchObject({
      route: 'complaintList',
      reads: [{ caseId: shComplaint, grantId }],
    });
    expect(reads.at(-1)).toMatchObject({
      object_id: shComplaint,
      details: { route: 'complaintDetail', reads: [{ caseId: shComplaint, grantId }] },
    });
    // No write: a move, feedback and the letter stay on the own scope.
    const moveRes = await post(reader, `/api/complaints/${shComplaint}/events`, {
      event: 'acknowledge',
      version: d.json().version,
    });
    expect([404, 403, 400]).toContain(moveRes.statusCode);
    expect(moveRes.statusCode).not.toBe(200);
    expect((await get(reader, `/api/complaints/${shComplaint}/letter.pdf`)).statusCode).not.toBe(200);

    expect((await revoke(reader, grantId)).json()).toMatchObject({ state: 'revoked' });
    expect(await board()).not.toContain(shComplaint);
    expect((await get(reader, `/api/complaints/${shComplaint}`)).statusCode).toBe(404);
  });
});

describe('the claims desk under a grant', () => {
  it('shows a claim application on the board and in detail while the grant lives, read-only, audited, until it ends', async () => {
    const reader = await sys.login('supervisor.bj');
    const board = async (cookie = reader) =>
      (
        (await get(cookie, '/api/claim-applications')).json().columns as { items: { id: string }[] }[]
      ).flatMap((c) => c.items.map((i) => i.id));
    expect(await board()).not.toContain(shApplication);
    expect((await get(reader, `/api/claim-applications/${shApplication}`)).statusCode).toBe(404);
    const grantId = await grant('supervisor.bj', 'claimApplications', 2);
    const before = (await grantReads()).length;
    expect(await board()).toContain(shApplication);
    const d = await get(reader, `/api/claim-applications/${shApplication}`);
    expect(d.statusCode, d.body).toBe(200);
    expect(d.json()).toMatchObject({ moves: [], canTransfer: false });
    const reads = await grantReads();
    expect(reads.length).toBe(before + 2);
    expect(reads.map((r) => (r.details as { route: string }).route).slice(-2)).toEqual([
      'claimApplicationList',
      'claimApplicationDetail',
    ]);
    expect(JSON.stringify(reads.at(-1)?.details)).toContain(grantId);
    const write = await post(reader, `/api/claim-applications/${shApplication}/events`, {
      event: 'markComplete',
      version: d.json().version,
    });
    expect(write.statusCode).not.toBe(200);
    // Expiry is read at the read: two days later, with no job run, the record is out of reach again.
    sys.clock.advance(2 * DAY + 1000);
    const later = await sys.login('supervisor.bj');
    expect(await board(later)).not.toContain(shApplication);
    expect((await get(later, `/api/claim-applications/${shApplication}`)).statusCode).toBe(404);
  });

  it('opens a claim report under a claim-report grant only, read-only, audited, and refuses it after revocation', async () => {
    const reader = await sys.login('supervisor.bj');
    expect((await get(reader, `/api/claim-reports/${shReport}`)).statusCode).toBe(404);
    const grantId = await grant('supervisor.bj', 'claimReports');
    const before = (await grantReads()).length;
    const d = await get(reader, `/api/claim-reports/${shReport}`);
    expect(d.statusCode, d.body).toBe(200);
    expect(d.json()).toMatchObject({ moves: [], claimReport: { moves: [] } });
    expect((await grantReads()).length).toBe(before + 1);
    expect((await grantReads()).at(-1)).toMatchObject({
      object_id: shReport,
      details: { route: 'claimReportDetail', reads: [{ caseId: shReport, grantId }] },
    });
    // The case list honours the same grant for the same kind (one helper for every desk).
    const list = await get(reader, '/api/cases?kind=claimReport&pageSize=100');
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(shReport);
    // Its writes stay on the own scope.
    const reveal = await post(reader, `/api/claim-reports/${shReport}/reveal`, {
      field: 'reporterName',
      reason: '核对',
    });
    expect(reveal.statusCode).not.toBe(200);
    await revoke(reader, grantId);
    expect((await get(reader, `/api/claim-reports/${shReport}`)).statusCode).toBe(404);
  });
});

describe('a claims-department request, asked and approved', () => {
  it('is approved by the claims department’s manager (not a service manager) and then opens the claim report', async () => {
    const reader = await sys.login('supervisor.bj');
    const now = sys.clock.now().getTime();
    const asked = await post(reader, '/api/data-sharing/requests', {
      dataKind: 'claimReports',
      branchId: await branchId('SH'),
      purpose: '核对跨地区报案的重复出险',
      startsAt: new Date(now).toISOString(),
      endsAt: new Date(now + 7 * DAY).toISOString(),
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ state: 'requested', ownerDepartment: 'claims' });
    const id = asked.json().id as string;
    // Shanghai's service manager is over the branch but of the wrong department.
    const service = await post(
      await sys.login('servicemanager.sh'),
      `/api/data-sharing/requests/${id}/moves`,
      {
        event: 'approve',
      },
    );
    expect([service.statusCode, service.json().error.code]).toEqual([403, 'DATA_SHARE_NOT_OWNING_MANAGER']);
    expect((await get(reader, `/api/claim-reports/${shReport}`)).statusCode).toBe(404);
    // The demo's head-office supervisor leads 理赔部 and is over every branch.
    const claims = await post(await sys.login('supervisor.ho'), `/api/data-sharing/requests/${id}/moves`, {
      event: 'approve',
    });
    expect(claims.statusCode, claims.body).toBe(200);
    expect((await get(reader, `/api/claim-reports/${shReport}`)).statusCode).toBe(200);
    await revoke(reader, id);
    expect((await get(reader, `/api/claim-reports/${shReport}`)).statusCode).toBe(404);
  });
});
