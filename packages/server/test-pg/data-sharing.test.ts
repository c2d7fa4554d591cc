import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consultation, createCase, type TestSystem, testSystem } from './helpers.ts';

/*
 * Issue 18 part 2, seed 002 §七(四)2: a claims handler in Beijing asks to read Shanghai's service cases; the
 * Shanghai service manager (the owning department's manager over that branch) approves; the grant widens the case
 * list and the case detail for that kind, that subtree and that period only, read-only, and every read is audited.
 */
let sys: TestSystem;
let requester: string;
let manager: string;
let shConsultation: string;
let shComplaint: string;
const DAY = 86_400_000;

beforeAll(async () => {
  sys = await testSystem({ demoCases: 0 });
  requester = await sys.login('claimshandler.bj');
  manager = await sys.login('servicemanager.sh');
  const agentSh = await sys.login('agent.sh');
  shConsultation = (await createCase(sys, agentSh)).json().id;
  const complaint = await createCase(
    sys,
    agentSh,
    consultation({ kind: 'complaint', subject: '投诉理赔慢' }),
  );
  expect(complaint.statusCode).toBe(201);
  shComplaint = complaint.json().id;
});
afterAll(async () => sys.close());

const branchId = async (code: string) =>
  (await sys.db.selectFrom('branches').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
const code = (res: { json(): unknown }) => (res.json() as { error: { code: string } }).error.code;
const period = (fromDays: number, toDays: number) => {
  const now = sys.clock.now().getTime();
  return {
    startsAt: new Date(now + fromDays * DAY).toISOString(),
    endsAt: new Date(now + toDays * DAY).toISOString(),
  };
};
const ask = async (cookie: string, over: Record<string, unknown> = {}) =>
  sys.app.inject({
    method: 'POST',
    url: '/api/data-sharing/requests',
    headers: { cookie },
    payload: {
      dataKind: 'cases',
      branchId: await branchId('SH'),
      purpose: '核对跨地区理赔客户的咨询记录',
      ...period(0, 7),
      ...over,
    },
  });
const moveOf = (cookie: string, id: string, payload: Record<string, unknown>) =>
  sys.app.inject({
    method: 'POST',
    url: `/api/data-sharing/requests/${id}/moves`,
    headers: { cookie },
    payload,
  });
const listIds = async (cookie: string) =>
  (
    (await sys.app.inject({ url: '/api/cases?pageSize=100', headers: { cookie } })).json().items as {
      id: string;
    }[]
  ).map((i) => i.id);
const detail = (cookie: string, id: string) =>
  sys.app.inject({ url: `/api/cases/${id}`, headers: { cookie } });
const grantReads = () =>
  sys.db
    .selectFrom('audit_log')
    .select(['object_id', 'details'])
    .where('action', '=', 'access.grantRead')
    .execute();

describe('asking', () => {
  it('refuses own-department data, a branch already in scope, a bad period and a role that reads no cases', async () => {
    expect(code(await ask(requester, { dataKind: 'claimApplications' }))).toBe('DATA_SHARE_OWN_DEPARTMENT');
    expect(code(await ask(requester, { branchId: await branchId('BJ01') }))).toBe(
      'DATA_SHARE_BRANCH_IN_SCOPE',
    );
    expect(code(await ask(requester, period(0, 120)))).toBe('DATA_SHARE_PERIOD_TOO_LONG');
    expect(code(await ask(requester, period(-3, -1)))).toBe('DATA_SHARE_PERIOD_INVALID');
    expect((await ask(await sys.login('sysadmin.ho'))).statusCode).toBe(403);
  });
});

describe('a grant', () => {
  let grantId: string;
  it('is approved by the owning department’s manager over the branch only, never by the requester', async () => {
    expect(await listIds(requester)).not.toContain(shConsultation);
    expect((await detail(requester, shConsultation)).statusCode).toBe(404);
    const res = await ask(requester);
    expect(res.statusCode).toBe(201);
    grantId = res.json().id;
    expect(res.json()).toMatchObject({ state: 'requested', ownerDepartment: 'service', live: false });
    const self = await moveOf(requester, grantId, { event: 'approve' });
    expect([self.statusCode, code(self)]).toEqual([403, 'DATA_SHARE_NOT_OWNING_MANAGER']);
    // A service supervisor of Beijing is of the right department but not over Shanghai's data.
    const wrongBranch = await moveOf(await sys.login('supervisor.bj'), grantId, { event: 'approve' });
    expect(code(wrongBranch)).toBe('DATA_SHARE_NOT_OWNING_MANAGER');
    const approved = await moveOf(manager, grantId, { event: 'approve', note: '同意，限一周' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'approved', live: true, decidedBy: expect.any(String) });
  });

  it('widens the case list and detail for its kind only, read-only, and audits every read', async () => {
    const before = (await grantReads()).length;
    const ids = await listIds(requester);
    expect(ids).toContain(shConsultation);
    expect(ids).not.toContain(shComplaint);
    const d = await detail(requester, shConsultation);
    expect(d.statusCode).toBe(200);
    expect(d.json()).toMatchObject({ moves: [], transferMoves: [], canTransfer: false });
    expect((await detail(requester, shComplaint)).statusCode).toBe(404);
    const reads = await grantReads();
    expect(reads.length).toBe(before + 2);
    expect(reads.at(-1)).toMatchObject({
      object_id: shConsultation,
      details: { route: 'caseDetail', reads: [{ caseId: shConsultation, grantId }] },
    });
    expect(JSON.stringify(reads.at(-2)?.details)).toContain(shConsultation);
    const note = await sys.app.inject({
      method: 'POST',
      url: `/api/cases/${shConsultation}/notes`,
      headers: { cookie: requester },
      payload: { note: '看看' },
    });
    expect(note.statusCode).toBe(404);
    // Reads inside the reader's own scope are not grant reads.
    await listIds(await sys.login('agent.sh'));
    expect((await grantReads()).length).toBe(before + 2);
  });

  it('is listed among the active grants for auditors and the manager', async () => {
    for (const who of ['auditor.ho', 'servicemanager.sh']) {
      const res = await sys.app.inject({
        url: '/api/data-sharing/requests?live=true',
        headers: { cookie: await sys.login(who) },
      });
      expect(res.json().items.map((i: { id: string }) => i.id)).toContain(grantId);
    }
    const outsider = await sys.app.inject({
      url: `/api/data-sharing/requests/${grantId}`,
      headers: { cookie: await sys.login('agent.bj') },
    });
    expect(outsider.statusCode).toBe(404);
  });

  it('stops at revocation', async () => {
    expect(code(await moveOf(manager, grantId, { event: 'revoke' }))).toBe('NOTE_REQUIRED');
    const revoked = await moveOf(manager, grantId, { event: 'revoke', note: '任务完成' });
    expect(revoked.json()).toMatchObject({ state: 'revoked', live: false });
    expect(await listIds(requester)).not.toContain(shConsultation);
    expect((await detail(requester, shConsultation)).statusCode).toBe(404);
  });

  it('starts at its start and stops at its end with no job running', async () => {
    const later = await ask(requester, period(1, 3));
    await moveOf(manager, later.json().id, { event: 'approve' });
    expect((await detail(requester, shConsultation)).statusCode).toBe(404);
    // Days later the old session has timed out: sign in again each time.
    sys.clock.advance(1 * DAY + 1000);
    expect((await detail(await sys.login('claimshandler.bj'), shConsultation)).statusCode).toBe(200);
    sys.clock.advance(2 * DAY);
    const again = await sys.login('claimshandler.bj');
    expect((await detail(again, shConsultation)).statusCode).toBe(404);
    const view = await sys.app.inject({
      url: `/api/data-sharing/requests/${later.json().id}`,
      headers: { cookie: again },
    });
    expect(view.json()).toMatchObject({ state: 'approved', live: false, expired: true });
  });
});
